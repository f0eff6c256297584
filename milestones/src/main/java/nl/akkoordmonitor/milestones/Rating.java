package nl.akkoordmonitor.milestones;

/** The traffic-light rating of one adopted theme in a yearly evaluation. */
public enum Rating {
    GREEN, AMBER, RED
}
