package nl.akkoordmonitor.agreements;

/** The kinds of organisation that take part in prevention agreements. */
public enum OrganisationType {
    MINISTRY, GGD_REGION, IZA_REGION, MUNICIPALITY, HEALTH_INSURER, KNOWLEDGE_INSTITUTE, SOCIAL_PARTNER, SCHOOL, OTHER;

    /** The types that come only from the CBS reference data and cannot be added by users. */
    public boolean isReference() {
        return this == MINISTRY || this == GGD_REGION || this == IZA_REGION || this == MUNICIPALITY;
    }
}
