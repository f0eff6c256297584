package nl.akkoordmonitor.milestones;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import nl.akkoordmonitor.agreements.AgreementAccess;

/**
 * The part of the country an overview or report covers: the whole country, one GGD region (its
 * own agreements and its municipalities'), or one municipality. Callers check that the user may
 * see the scope before asking for it ({@link #within(AgreementAccess.Scope)} helps).
 *
 * @param level          national, region or municipality
 * @param organisationId the GGD region or the municipality; null for national
 */
@Serdeable
public record ReportScope(Level level, @Nullable Long organisationId) {

    /** How wide a scope is. */
    public enum Level { NATIONAL, REGION, MUNICIPALITY }

    public ReportScope {
        if ((level == Level.NATIONAL) != (organisationId == null)) {
            throw new IllegalArgumentException("a national scope has no organisation; a region or municipality scope has one");
        }
    }

    public static ReportScope national() {
        return new ReportScope(Level.NATIONAL, null);
    }

    public static ReportScope region(long ggdRegionId) {
        return new ReportScope(Level.REGION, ggdRegionId);
    }

    public static ReportScope municipality(long municipalityId) {
        return new ReportScope(Level.MUNICIPALITY, municipalityId);
    }

    /** The scope a user sees by default: everything for VWS, its region for a GGD, itself for a municipality. */
    public static ReportScope of(AgreementAccess.Scope scope) {
        if (scope.national()) {
            return national();
        }
        return scope.ggdRegionId() != null ? region(scope.ggdRegionId()) : municipality(scope.organisationId());
    }

    /**
     * Whether this scope lies inside what a user may see.
     *
     * @param municipalityRegionId for a municipality scope, the GGD region of the municipality
     */
    public boolean within(AgreementAccess.Scope scope, @Nullable Long municipalityRegionId) {
        if (scope.national()) {
            return true;
        }
        if (scope.ggdRegionId() != null) {
            return level == Level.REGION ? scope.ggdRegionId().equals(organisationId)
                    : level == Level.MUNICIPALITY && scope.ggdRegionId().equals(municipalityRegionId);
        }
        return level == Level.MUNICIPALITY && organisationId.equals(scope.organisationId());
    }

    /**
     * The SQL condition for a row in this scope, given the columns that hold its GGD region and its
     * owner; it takes one parameter ({@link #organisationId()}) unless national.
     */
    public String sqlCondition(String regionColumn, String ownerColumn) {
        return switch (level) {
            case NATIONAL -> "TRUE";
            case REGION -> regionColumn + " = ?";
            case MUNICIPALITY -> ownerColumn + " = ?";
        };
    }
}
