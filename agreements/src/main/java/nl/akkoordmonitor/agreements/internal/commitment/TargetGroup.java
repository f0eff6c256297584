package nl.akkoordmonitor.agreements.internal.commitment;

/** The people a commitment is for. */
public enum TargetGroup {
    YOUTH, YOUNG_ADULTS, STUDENTS, WORKERS, ELDERLY, INFORMAL_CARERS, VULNERABLE, EVERYONE
}
