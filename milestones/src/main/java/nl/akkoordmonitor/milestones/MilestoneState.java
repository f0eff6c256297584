package nl.akkoordmonitor.milestones;

/**
 * The current state of a milestone, derived from its newest progress report and its due date:
 * NOT_STARTED without reports, OVERDUE once the due date has passed unless it is ACHIEVED or
 * CANCELLED, otherwise the status of the newest report.
 */
public enum MilestoneState {
    NOT_STARTED, ON_TRACK, AT_RISK, DELAYED, OVERDUE, ACHIEVED, CANCELLED
}
