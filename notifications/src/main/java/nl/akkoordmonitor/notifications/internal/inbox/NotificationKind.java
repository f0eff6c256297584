package nl.akkoordmonitor.notifications.internal.inbox;

/** What a notification is about. */
public enum NotificationKind {
    EVALUATION_SUBMITTED,
    EVALUATION_RETURNED,
    EVALUATION_ACCEPTED,
    DEVIATION_RECORDED,
    NATIONAL_FRAME_CHANGED,
    MILESTONE_DUE,
    MILESTONE_OVERDUE,
    DEADLINE_REMINDER
}
