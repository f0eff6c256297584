package nl.akkoordmonitor.milestones;

/** What a progress report says about a milestone. */
public enum ProgressStatus {
    ON_TRACK, AT_RISK, DELAYED, ACHIEVED, CANCELLED;

    /** Achieved and cancelled milestones are finished: they can no longer become overdue. */
    public boolean isFinal() {
        return this == ACHIEVED || this == CANCELLED;
    }
}
