package nl.akkoordmonitor.agreements.internal.commitment;

/** Universal (everyone), selective (groups at risk) or indicated (people with early signs). */
public enum PreventionLevel {
    UNIVERSAL, SELECTIVE, INDICATED
}
