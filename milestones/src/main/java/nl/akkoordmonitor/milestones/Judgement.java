package nl.akkoordmonitor.milestones;

/** Whether a measured value is on the straight path from baseline to target. */
public enum Judgement {
    ON_COURSE, OFF_COURSE, NO_DATA
}
