package nl.akkoordmonitor.milestones;

/** The kind of thing an indicator measures. */
public enum IndicatorFamily {
    PREVALENCE, RISK_FACTOR, CARE_USE, OUTCOME
}
