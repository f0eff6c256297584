package nl.akkoordmonitor.financing.internal.part;

/** Why VWS changes part budgets by letter. */
public enum BudgetLetterKind {
    /** A new amount granted (beschikking). */
    GRANT,
    /** Raised for wages and prices. */
    INDEXATION,
    /** Lowered, e.g. the 10% cut of 2026. */
    CUT,
    /** Either way, to put a mistake right. */
    CORRECTION
}
