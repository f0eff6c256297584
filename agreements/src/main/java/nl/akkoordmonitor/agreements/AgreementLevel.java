package nl.akkoordmonitor.agreements;

/** Where an agreement sits in the national frame. */
public enum AgreementLevel {
    /** Owned by the ministry; defines the core themes. */
    NATIONAL,
    /** Owned by a GGD region; its parent is a national agreement. */
    REGIONAL,
    /** Owned by a municipality; its parent is its region's agreement or a national one. */
    LOCAL
}
