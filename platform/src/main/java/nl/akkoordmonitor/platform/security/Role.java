package nl.akkoordmonitor.platform.security;

/** What a user may do; each user has exactly one role. */
public enum Role {
    /** Manages user accounts. Belongs to no organisation. */
    ADMIN,
    /** The ministry's steering team: reads everything, owns national agreements. */
    VWS,
    /** The coordinator of one GGD region: owns that region's agreements, reviews its municipalities. */
    GGD,
    /** One municipality: owns its local agreement and reports for it. */
    MUNICIPALITY;

    /** The organisation type a user of this role must belong to, or null when none. */
    public String organisationType() {
        return switch (this) {
            case ADMIN -> null;
            case VWS -> "MINISTRY";
            case GGD -> "GGD_REGION";
            case MUNICIPALITY -> "MUNICIPALITY";
        };
    }
}
