package nl.akkoordmonitor.agreements;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/**
 * Where the gaps are: every GGD region and every municipality (as far as the caller's scope
 * reaches) against every binding theme of a national agreement, in one year.
 *
 * @param nationalId     the national agreement
 * @param year           the year looked at
 * @param themes         the binding themes, in the order of the cells
 * @param regions        one row per GGD region
 * @param municipalities one row per municipality
 * @param themeTotals    per binding theme, how many regions and municipalities are in each state
 * @param regionTotals   per GGD region, how its municipalities are doing
 */
@Serdeable
public record Coverage(long nationalId,
                       int year,
                       List<Theme> themes,
                       List<Row> regions,
                       List<Row> municipalities,
                       List<ThemeTotal> themeTotals,
                       List<RegionTotal> regionTotals) {

    /** A binding theme of the national agreement. */
    @Serdeable
    public record Theme(long id, String code, String name) {
    }

    /**
     * One region or municipality.
     *
     * @param agreementId   its ACTIVE agreement under the national one that covers the year, or null
     * @param cells         the state per binding theme, keyed by theme code, in theme order
     * @param covered       true when every binding theme is adopted with commitments or explained
     */
    @Serdeable
    public record Row(long organisationId,
                      String code,
                      String name,
                      @Nullable Long ggdRegionId,
                      @Nullable String ggdRegionCode,
                      @Nullable Long agreementId,
                      Map<String, CoverageState> cells,
                      boolean covered) {
    }

    /** How many regions and municipalities are in each state for one binding theme. */
    @Serdeable
    public record ThemeTotal(long coreThemeId, String code, String name,
                             Map<CoverageState, Integer> regions,
                             Map<CoverageState, Integer> municipalities) {
    }

    /**
     * The municipalities of one GGD region.
     *
     * @param municipalities          how many municipalities the region has (in the caller's scope)
     * @param withActiveAgreement     how many of them have an ACTIVE agreement for the year
     * @param covered                 how many cover every binding theme
     * @param cells                   the municipality cells of the region per state
     * @param regionAgreementId       the region's own ACTIVE agreement, or null
     */
    @Serdeable
    public record RegionTotal(long regionId, String code, String name,
                              int municipalities, int withActiveAgreement, int covered,
                              Map<CoverageState, Integer> cells,
                              @Nullable Long regionAgreementId) {
    }
}
