package nl.akkoordmonitor.agreements;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * The part of the country a list, overview, analysis or report covers: the whole country, one GGD
 * region (its own agreements and those of its municipalities), or one municipality. It is the one
 * scope of every module: {@link AgreementAccess#scopeOf} gives the part a user sees by default, and
 * {@link #within} says whether another part lies inside it. Callers check that the user may see a
 * scope before asking for its figures.
 *
 * <p>Every module filters its rows on a scope with {@link #sqlCondition}, over columns of its own
 * tables that hold a row's GGD region and its owner (each module keeps them on its rows), so no
 * module's SQL has to name this module's tables.
 *
 * @param level          national, region or municipality
 * @param organisationId the GGD region or the municipality; null for national
 */
@Serdeable
public record Scope(Level level, @Nullable Long organisationId) {

    /** How wide a scope is. */
    public enum Level { NATIONAL, REGION, MUNICIPALITY }

    public Scope {
        if ((level == Level.NATIONAL) != (organisationId == null)) {
            throw new IllegalArgumentException("a national scope has no organisation; a region or municipality scope has one");
        }
    }

    public static Scope national() {
        return new Scope(Level.NATIONAL, null);
    }

    public static Scope region(long ggdRegionId) {
        return new Scope(Level.REGION, ggdRegionId);
    }

    public static Scope municipality(long municipalityId) {
        return new Scope(Level.MUNICIPALITY, municipalityId);
    }

    /** The part of the country an agreement belongs to: the country, its GGD region or its municipality. */
    public static Scope of(AgreementSummary agreement) {
        return switch (agreement.level()) {
            case NATIONAL -> national();
            case REGIONAL -> region(agreement.ownerId());
            case LOCAL -> municipality(agreement.ownerId());
        };
    }

    /**
     * Whether this scope lies inside {@code visible} (what a user may see).
     *
     * @param municipalityRegionId for a municipality scope, the GGD region of the municipality
     */
    public boolean within(Scope visible, @Nullable Long municipalityRegionId) {
        return switch (visible.level) {
            case NATIONAL -> true;
            case REGION -> level == Level.REGION ? visible.organisationId.equals(organisationId)
                    : level == Level.MUNICIPALITY && visible.organisationId.equals(municipalityRegionId);
            case MUNICIPALITY -> level == Level.MUNICIPALITY && visible.organisationId.equals(organisationId);
        };
    }

    /**
     * The SQL condition for a row in this scope, with one bind marker for {@link #sqlParameters()}.
     *
     * @param regionColumn the expression holding a row's GGD region (for a region's own rows: the region itself)
     * @param ownerColumn  the expression holding a row's owner (the municipality)
     */
    public String sqlCondition(String regionColumn, String ownerColumn) {
        return sqlCondition(regionColumn, ownerColumn, "?");
    }

    /**
     * The same condition, compared with {@code value}: a bind marker, or an expression that holds
     * {@link #organisationId()} (such as a column of a parameter row).
     */
    public String sqlCondition(String regionColumn, String ownerColumn, String value) {
        return switch (level) {
            case NATIONAL -> "TRUE";
            case REGION -> regionColumn + " = " + value;
            case MUNICIPALITY -> ownerColumn + " = " + value;
        };
    }

    /** The values for the bind marker of {@link #sqlCondition(String, String)}: none for the country. */
    public List<Object> sqlParameters() {
        return organisationId == null ? List.of() : List.of(organisationId);
    }
}
