package nl.akkoordmonitor.milestones.internal.milestone;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.agreements.Scope;
import nl.akkoordmonitor.milestones.MilestoneOwnerCount;
import nl.akkoordmonitor.milestones.MilestoneRegionCount;
import nl.akkoordmonitor.milestones.MilestoneRow;
import nl.akkoordmonitor.milestones.MilestoneState;
import nl.akkoordmonitor.milestones.MilestoneStateCount;
import nl.akkoordmonitor.milestones.MilestoneYearCount;
import nl.akkoordmonitor.milestones.internal.milestone.MilestoneRecords.ReportView;
import nl.akkoordmonitor.platform.paging.SqlOrder;
import nl.akkoordmonitor.platform.sql.Rows;
import nl.akkoordmonitor.platform.sql.Where;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The read side of milestones: every list, detail and count is one SQL statement over this
 * module's schema, with the state derived in SQL by {@link MilestoneStatePolicy#sqlState(String)}.
 */
@Singleton
@Transactional(readOnly = true)
class MilestoneQueries {

    /** What the milestone list sorts on. */
    static final SqlOrder ORDER = SqlOrder.by("dueDate", "m.due_date").and("title", "m.title").and("coreThemeCode", "m.core_theme_code")
            .and("latestStatus", "m.latest_status").and("latestPercentComplete", "m.latest_percent_complete")
            .and("latestReportDate", "m.latest_report_date").and("id", "m.id").otherwise("m.due_date, m.id");

    static final String SELECT_VIEW = """
            SELECT m.id, m.commitment_id, m.agreement_id, m.owner_organisation_id, m.ggd_region_id, m.core_theme_id,
                   m.core_theme_code, m.core_theme_name, m.title, m.due_date, m.responsible_organisation_id,
                   %s AS state, m.latest_status, m.latest_percent_complete AS percent_complete, m.latest_report_date,
                   r.narrative AS latest_narrative, m.version, m.carried_from_id
            FROM milestones.milestone m
            LEFT JOIN milestones.progress_report r ON r.id = m.latest_report_id
            """.formatted(MilestoneStatePolicy.sqlState("?"));

    /** The filters of the milestone list; null means "any". Due dates are inclusive. */
    record Filter(@Nullable Long agreementId, @Nullable Long regionId, @Nullable Long municipalityId,
                  @Nullable String themeCode, @Nullable MilestoneState state,
                  @Nullable LocalDate dueBefore, @Nullable LocalDate dueAfter) {
    }

    record Page(List<MilestoneRow> items, long total) {
    }

    private final Rows rows;

    MilestoneQueries(Rows rows) {
        this.rows = rows;
    }

    /** A page of the milestones the filter and scope let through; {@code orderBy} comes from {@link #ORDER}. */
    Page list(Filter filter, Scope visible, LocalDate today, String orderBy, int page, int size) {
        Where where = scoped(visible)
                .andIf(filter.agreementId(), "m.agreement_id = ?")
                .andIf(filter.regionId(), "m.ggd_region_id = ?")
                .andIf(filter.municipalityId(), "m.owner_organisation_id = ?")
                .andIf(filter.themeCode(), "m.core_theme_code = ?")
                .andIf(filter.dueBefore(), "m.due_date <= ?")
                .andIf(filter.dueAfter(), "m.due_date >= ?");
        if (filter.state() != null) {
            where.and(MilestoneStatePolicy.sqlState("?") + " = ?", today, filter.state().name());
        }
        long total = rows.value(Long.class, "SELECT count(*) FROM milestones.milestone m" + where, where.parameters()).orElseThrow();
        List<MilestoneRow> items = rows.list(MilestoneRow.class, SELECT_VIEW + where + orderBy + " LIMIT ? OFFSET ?",
                where.parametersAround(new Object[] {today}, size, (long) page * size));
        return new Page(items, total);
    }

    Optional<MilestoneRow> find(long id, LocalDate today) {
        return rows.one(MilestoneRow.class, SELECT_VIEW + " WHERE m.id = ?", today, id);
    }

    List<ReportView> reports(long milestoneId) {
        return reportsWhere("milestone_id = ?", milestoneId, null);
    }

    /** One report of the milestone: the one with this id, or when {@code id} is null the one sent with this idempotency key. */
    Optional<ReportView> report(long milestoneId, @Nullable Long id, @Nullable String idempotencyKey) {
        List<ReportView> found = id != null ? reportsWhere("milestone_id = ? AND id = ?", milestoneId, id)
                : reportsWhere("milestone_id = ? AND idempotency_key = ?", milestoneId, idempotencyKey);
        return found.stream().findFirst();
    }

    private List<ReportView> reportsWhere(String condition, long milestoneId, @Nullable Object second) {
        Where where = new Where().and(condition, second == null ? new Object[] {milestoneId} : new Object[] {milestoneId, second});
        return rows.list(ReportView.class, """
                SELECT id, milestone_id, report_date, status, percent_complete, narrative, reported_by_name AS reported_by, recorded_at,
                       idempotency_key
                FROM milestones.progress_report""" + where + " ORDER BY report_date DESC, id DESC", where.parameters());
    }

    /** How many milestones per theme are in each state; milestones due in {@code year} when given. */
    List<MilestoneStateCount> countByThemeAndState(Scope scope, @Nullable Integer year, LocalDate today) {
        Where where = scoped(scope);
        if (year != null) {
            // A date range, unlike EXTRACT, is cheap per row and gives the planner a true estimate.
            where.and("m.due_date >= make_date(?, 1, 1) AND m.due_date < make_date(? + 1, 1, 1)", year, year);
        }
        String sql = "SELECT m.core_theme_code, min(m.core_theme_name) AS core_theme_name, " + MilestoneStatePolicy.sqlState("?")
                + " AS state, count(*) AS count FROM milestones.milestone m" + where + " GROUP BY 1, 3 ORDER BY 1, 3";
        return rows.list(MilestoneStateCount.class, sql, where.parametersBefore(today));
    }

    /** The counts of {@link #countByThemeAndState}, split by GGD region and agreement owner. */
    List<MilestoneOwnerCount> countByOwnerThemeAndState(Scope scope, @Nullable Integer year, LocalDate today) {
        Where where = scoped(scope);
        if (year != null) {
            where.and("m.due_date >= make_date(?, 1, 1) AND m.due_date < make_date(? + 1, 1, 1)", year, year);
        }
        String sql = "SELECT m.ggd_region_id, m.owner_organisation_id, m.core_theme_code, " + MilestoneStatePolicy.sqlState("?")
                + " AS state, count(*) AS count FROM milestones.milestone m" + where + " GROUP BY 1, 2, 3, 4";
        return rows.list(MilestoneOwnerCount.class, sql, where.parametersBefore(today));
    }

    /** The counts of {@link #countByThemeAndState}, split by GGD region only. */
    List<MilestoneRegionCount> countByRegionThemeAndState(Scope scope, @Nullable Integer year, LocalDate today) {
        Where where = scoped(scope);
        if (year != null) {
            where.and("m.due_date >= make_date(?, 1, 1) AND m.due_date < make_date(? + 1, 1, 1)", year, year);
        }
        String sql = "SELECT m.ggd_region_id, m.core_theme_code, min(m.core_theme_name) AS core_theme_name, "
                + MilestoneStatePolicy.sqlState("?")
                + " AS state, count(*) AS count FROM milestones.milestone m" + where + " GROUP BY 1, 2, 4";
        return rows.list(MilestoneRegionCount.class, sql, where.parametersBefore(today));
    }

    /** Counts per due year and state over a range of years, in one pass over the milestones. */
    List<MilestoneYearCount> countByYearAndState(Scope scope, int fromYear, int toYear, LocalDate today) {
        Where where = scoped(scope)
                .and("m.due_date >= make_date(?, 1, 1) AND m.due_date < make_date(? + 1, 1, 1)", fromYear, toYear);
        String sql = "SELECT CAST(EXTRACT(YEAR FROM m.due_date) AS INTEGER) AS year, " + MilestoneStatePolicy.sqlState("?")
                + " AS state, count(*) AS count FROM milestones.milestone m" + where + " GROUP BY 1, 2 ORDER BY 1, 2";
        return rows.list(MilestoneYearCount.class, sql, where.parametersBefore(today));
    }

    /**
     * Streams the milestones of a scope, due in {@code year} when given, ordered by agreement, theme
     * and due date, through a cursor ({@link Rows#forEach}): PostgreSQL reads them in agreement order
     * from {@code milestone_agreement_idx} and sorts each agreement's few on theme and due date, so
     * the first rows come at once.
     */
    void stream(Scope scope, @Nullable Integer year, LocalDate today, Consumer<MilestoneRow> sink) {
        // EXTRACT on purpose: with the true estimate a date range gives, PostgreSQL picks a hash
        // join and a sort that take half as long again as this nested loop.
        Where where = scoped(scope).andIf(year, "EXTRACT(YEAR FROM m.due_date) = ?");
        String sql = SELECT_VIEW + where + " ORDER BY m.agreement_id, m.core_theme_code, m.due_date, m.id";
        rows.forEach(MilestoneRow.class, sink, sql, where.parametersBefore(today));
    }

    private static Where scoped(Scope scope) {
        return new Where().and(scope.sqlCondition("m.ggd_region_id", "m.owner_organisation_id"), scope.sqlParameters().toArray());
    }
}
