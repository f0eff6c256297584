package nl.akkoordmonitor.milestones;

/** Where the values of an indicator come from. */
public enum IndicatorSource {
    GGD_GEZONDHEIDSMONITOR, HBSC, CBS, OWN
}
