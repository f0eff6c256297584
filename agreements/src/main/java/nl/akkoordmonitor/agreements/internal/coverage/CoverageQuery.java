package nl.akkoordmonitor.agreements.internal.coverage;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.agreements.Coverage;
import nl.akkoordmonitor.agreements.CoverageState;
import nl.akkoordmonitor.agreements.Scope;
import nl.akkoordmonitor.platform.sql.Rows;
import nl.akkoordmonitor.platform.sql.Where;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The coverage matrix in two queries, whatever the number of municipalities: the binding themes,
 * then every region and municipality in scope crossed with them, each cell decided in SQL.
 */
@Singleton
public class CoverageQuery {

    private static final String THEMES = """
            SELECT id, code, name FROM agreements.core_theme WHERE agreement_id = ? AND binding ORDER BY code
            """;

    // One ACTIVE agreement per owner and level in overlapping years (an exclusion constraint), so
    // at most one row per owner covers the year; DISTINCT ON only makes that explicit.
    private static final String CELLS = """
            WITH themes AS (
                SELECT id, code FROM agreements.core_theme WHERE agreement_id = ? AND binding
            ), active AS (
                SELECT DISTINCT ON (a.owner_id) a.owner_id, a.id
                FROM agreements.agreement a
                WHERE a.national_id = ? AND a.status = 'ACTIVE' AND a.first_year <= ? AND ? <= a.last_year
                ORDER BY a.owner_id, a.id
            ), organisations AS (
                SELECT o.id, o.type, o.code, o.name, o.ggd_region_id, r.code AS region_code, r.name AS region_name
                FROM agreements.organisation o LEFT JOIN agreements.organisation r ON r.id = o.ggd_region_id
                WHERE o.type IN ('GGD_REGION', 'MUNICIPALITY') AND o.reference AND o.ended_on IS NULL
                  AND %s
            )
            SELECT o.id, o.type, o.code, o.name, o.ggd_region_id, o.region_code, o.region_name, act.id AS agreement_id,
                   t.code AS theme_code,
                   CASE WHEN act.id IS NULL THEN 'NO_ACTIVE_AGREEMENT'
                        WHEN ad.id IS NULL THEN 'NOT_ADOPTED'
                        WHEN ad.deviation THEN 'DEVIATION'
                        WHEN EXISTS (SELECT 1 FROM agreements.commitment c WHERE c.adoption_id = ad.id) THEN 'ADOPTED_WITH_COMMITMENTS'
                        ELSE 'ADOPTED_WITHOUT_COMMITMENTS' END AS state
            FROM organisations o
            CROSS JOIN themes t
            LEFT JOIN active act ON act.owner_id = o.id
            LEFT JOIN agreements.theme_adoption ad ON ad.agreement_id = act.id AND ad.core_theme_id = t.id
            ORDER BY o.type, o.code, t.code
            """;

    /** The region of a row of the matrix: a GGD region is its own, a municipality lies in one. */
    private static final String ROW_REGION = "CASE o.type WHEN 'GGD_REGION' THEN o.id ELSE o.ggd_region_id END";

    private final Rows rows;

    CoverageQuery(Rows rows) {
        this.rows = rows;
    }

    /** One cell of the matrix, with the organisation of its row. */
    @Introspected
    record Cell(long id, String type, String code, String name, @Nullable Long ggdRegionId, @Nullable String regionCode,
                @Nullable String regionName, @Nullable Long agreementId, String themeCode, CoverageState state) {
    }

    @Transactional(readOnly = true)
    public Coverage coverage(long nationalId, int year, Scope scope) {
        List<Coverage.Theme> themes = rows.list(Coverage.Theme.class, THEMES, nationalId);
        // A municipality sees its own row only; a GGD region itself and its municipalities.
        Where organisations = new Where().and(scope.sqlCondition(ROW_REGION, "o.id"), scope.sqlParameters().toArray());
        Map<Long, RowBuilder> builders = new LinkedHashMap<>();
        for (Cell cell : rows.list(Cell.class, CELLS.formatted(organisations.conditions()),
                organisations.parametersBefore(nationalId, nationalId, year, year))) {
            builders.computeIfAbsent(cell.id(), id -> new RowBuilder(id, cell.type().equals("GGD_REGION"), cell.code(), cell.name(),
                    cell.ggdRegionId(), cell.regionCode(), cell.regionName(), cell.agreementId()))
                    .cells.put(cell.themeCode(), cell.state());
        }
        return assemble(nationalId, year, themes, List.copyOf(builders.values()));
    }

    private static Coverage assemble(long nationalId, int year, List<Coverage.Theme> themes, List<RowBuilder> builders) {
        List<Coverage.Row> regions = new ArrayList<>();
        List<Coverage.Row> municipalities = new ArrayList<>();
        Map<String, Map<CoverageState, Integer>> regionCounts = new LinkedHashMap<>();
        Map<String, Map<CoverageState, Integer>> municipalityCounts = new LinkedHashMap<>();
        for (Coverage.Theme theme : themes) {
            regionCounts.put(theme.code(), zeroes());
            municipalityCounts.put(theme.code(), zeroes());
        }
        Map<Long, RegionTotalBuilder> regionTotals = new LinkedHashMap<>();
        for (RowBuilder b : builders) {
            Coverage.Row row = b.build();
            Map<String, Map<CoverageState, Integer>> counts = b.region ? regionCounts : municipalityCounts;
            row.cells().forEach((code, state) -> counts.get(code).merge(state, 1, Integer::sum));
            if (b.region) {
                regions.add(row);
                regionTotals.computeIfAbsent(b.id, id -> new RegionTotalBuilder(id, b.code, b.name)).regionAgreementId = b.agreementId;
            } else {
                municipalities.add(row);
                RegionTotalBuilder total = regionTotals.computeIfAbsent(b.ggdRegionId,
                        id -> new RegionTotalBuilder(id, b.regionCode, b.regionName));
                total.municipalities++;
                total.withActiveAgreement += b.agreementId == null ? 0 : 1;
                total.covered += row.covered() ? 1 : 0;
                row.cells().values().forEach(state -> total.cells.merge(state, 1, Integer::sum));
            }
        }
        List<Coverage.ThemeTotal> themeTotals = themes.stream().map(t -> new Coverage.ThemeTotal(t.id(), t.code(), t.name(),
                regionCounts.get(t.code()), municipalityCounts.get(t.code()))).toList();
        List<Coverage.RegionTotal> totals = regionTotals.values().stream()
                .sorted(java.util.Comparator.comparing(t -> t.code))
                .map(t -> new Coverage.RegionTotal(t.id, t.code, t.name, t.municipalities, t.withActiveAgreement, t.covered,
                        t.cells, t.regionAgreementId)).toList();
        return new Coverage(nationalId, year, themes, regions, municipalities, themeTotals, totals);
    }

    private static Map<CoverageState, Integer> zeroes() {
        Map<CoverageState, Integer> counts = new EnumMap<>(CoverageState.class);
        for (CoverageState state : CoverageState.values()) {
            counts.put(state, 0);
        }
        return counts;
    }

    private static final class RowBuilder {
        final long id;
        final boolean region;
        final String code;
        final String name;
        final Long ggdRegionId;
        final String regionCode;
        final String regionName;
        final Long agreementId;
        final Map<String, CoverageState> cells = new LinkedHashMap<>();

        RowBuilder(long id, boolean region, String code, String name, Long ggdRegionId, String regionCode, String regionName, Long agreementId) {
            this.id = id;
            this.region = region;
            this.code = code;
            this.name = name;
            this.ggdRegionId = ggdRegionId;
            this.regionCode = regionCode;
            this.regionName = regionName;
            this.agreementId = agreementId;
        }

        Coverage.Row build() {
            boolean covered = agreementId != null && cells.values().stream().allMatch(CoverageState::covers);
            return new Coverage.Row(id, code, name, ggdRegionId, regionCode, agreementId, cells, covered);
        }
    }

    private static final class RegionTotalBuilder {
        final long id;
        final String code;
        final String name;
        int municipalities;
        int withActiveAgreement;
        int covered;
        Long regionAgreementId;
        final Map<CoverageState, Integer> cells = zeroes();

        RegionTotalBuilder(long id, String code, String name) {
            this.id = id;
            this.code = code;
            this.name = name;
        }
    }
}
