package nl.akkoordmonitor.milestones;

/**
 * The figures of evaluation completeness for a year; each can be drilled down to its agreements.
 * Expected is every ACTIVE agreement of the year; missing is never submitted (no evaluation or
 * still a draft); on time and late compare the first submission with the year's deadline.
 */
public enum CompletenessFigure {
    EXPECTED, SUBMITTED, ON_TIME, LATE, AWAITING_REVIEW, RETURNED, ACCEPTED, MISSING
}
