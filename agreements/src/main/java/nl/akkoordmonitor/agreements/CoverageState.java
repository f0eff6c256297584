package nl.akkoordmonitor.agreements;

/** How one region or municipality fills in one binding theme of a national agreement in a year. */
public enum CoverageState {
    /** Adopted, with at least one commitment under it. */
    ADOPTED_WITH_COMMITMENTS,
    /** Adopted with an ambition, but nothing concrete yet. */
    ADOPTED_WITHOUT_COMMITMENTS,
    /** Not adopted, with a justified deviation (comply or explain). */
    DEVIATION,
    /** The active agreement leaves the theme out. */
    NOT_ADOPTED,
    /** No ACTIVE agreement under this national agreement covers the year. */
    NO_ACTIVE_AGREEMENT;

    /** Whether the theme counts as covered: adopted with commitments, or explained. */
    public boolean covers() {
        return this == ADOPTED_WITH_COMMITMENTS || this == DEVIATION;
    }
}
