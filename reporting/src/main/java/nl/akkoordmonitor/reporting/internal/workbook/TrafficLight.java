package nl.akkoordmonitor.reporting.internal.workbook;

/** The colour a status cell is filled with; NONE leaves it white. */
public enum TrafficLight {
    GREEN, AMBER, RED, NONE
}
