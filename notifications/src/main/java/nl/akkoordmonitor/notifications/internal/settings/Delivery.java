package nl.akkoordmonitor.notifications.internal.settings;

/** How a user gets mail: one per notification, one digest a week, or none. */
public enum Delivery {
    IMMEDIATE, DIGEST, OFF
}
