package nl.akkoordmonitor.milestones;

/** Where a yearly evaluation is in its workflow: DRAFT → SUBMITTED → ACCEPTED, or RETURNED and resubmitted. */
public enum EvaluationStatus {
    DRAFT, SUBMITTED, RETURNED, ACCEPTED
}
