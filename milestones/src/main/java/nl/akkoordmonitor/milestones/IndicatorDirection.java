package nl.akkoordmonitor.milestones;

/** Whether a rising value of an indicator is good news or bad news. */
public enum IndicatorDirection {
    HIGHER_IS_BETTER, LOWER_IS_BETTER
}
