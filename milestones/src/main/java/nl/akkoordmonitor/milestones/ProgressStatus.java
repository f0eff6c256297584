package nl.akkoordmonitor.milestones;

/**
 * What a progress report says about a milestone. NOT_STARTED lets a municipality say so outright
 * (RIVM asks it every year), instead of leaving the milestone unreported.
 */
public enum ProgressStatus {
    NOT_STARTED, ON_TRACK, AT_RISK, DELAYED, ACHIEVED, CANCELLED;

    /** Achieved and cancelled milestones are finished: they can no longer become overdue. */
    public boolean isFinal() {
        return this == ACHIEVED || this == CANCELLED;
    }
}
