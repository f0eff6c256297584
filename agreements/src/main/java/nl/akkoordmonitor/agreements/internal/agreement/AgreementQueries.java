package nl.akkoordmonitor.agreements.internal.agreement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.agreements.AgreementLevel;
import nl.akkoordmonitor.agreements.AgreementStatus;
import nl.akkoordmonitor.agreements.Scope;
import nl.akkoordmonitor.platform.paging.ListRequest;
import nl.akkoordmonitor.platform.paging.PageResponse;
import nl.akkoordmonitor.platform.paging.SqlOrder;
import nl.akkoordmonitor.platform.sql.Rows;
import nl.akkoordmonitor.platform.sql.Where;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Reads agreements joined with their owner and parent, one query per answer. */
@Singleton
public class AgreementQueries {

    static final String SELECT = """
            SELECT a.id, a.level, a.title, a.owner_id, o.code AS owner_code, o.name AS owner_name,
                   CASE a.level WHEN 'REGIONAL' THEN a.owner_id WHEN 'LOCAL' THEN o.ggd_region_id END AS ggd_region_id,
                   CASE a.level WHEN 'REGIONAL' THEN o.code WHEN 'LOCAL' THEN r.code END AS ggd_region_code,
                   a.parent_id, p.owner_id AS parent_owner_id, COALESCE(a.national_id, a.id) AS national_id,
                   a.first_year, a.last_year, a.status, a.signed_on, a.closed_on, a.version,
                   a.predecessor_id, a.carried_from_id, a.iza_region_id
            FROM agreements.agreement a
            JOIN agreements.organisation o ON o.id = a.owner_id
            LEFT JOIN agreements.organisation r ON r.id = o.ggd_region_id
            LEFT JOIN agreements.agreement p ON p.id = a.parent_id
            """;

    /**
     * What the caller may read: everything for VWS and ADMIN, else what is signed plus its own and its
     * children's drafts; a GGD region also reads the drafts of its municipalities, which it advises.
     */
    private static final String VISIBLE = "(? OR a.status <> 'DRAFT' OR a.owner_id = ? OR p.owner_id = ?"
            + " OR (a.level = 'LOCAL' AND o.ggd_region_id = ?))";

    private final Rows rows;

    AgreementQueries(Rows rows) {
        this.rows = rows;
    }

    @Transactional(readOnly = true)
    public Optional<AgreementView> find(long id) {
        return rows.one(AgreementView.class, SELECT + " WHERE a.id = ?", id);
    }

    /** What the list of agreements sorts on. */
    static final SqlOrder ORDER = SqlOrder.by("title", "a.title").and("level", "a.level").and("status", "a.status")
            .and("firstYear", "a.first_year").and("lastYear", "a.last_year").and("ownerName", "o.name").and("id", "a.id")
            .otherwise("a.level, a.first_year DESC, a.id");

    /** Agreements matching the filter that the scope may read, a page at a time. */
    @Transactional(readOnly = true)
    public PageResponse<AgreementView> search(Scope scope, @Nullable Long callerOrganisationId,
                                              Filter filter, ListRequest list) {
        long caller = callerOrganisationId == null ? -1L : callerOrganisationId;
        Where where = new Where()
                .and(VISIBLE, scope.level() == Scope.Level.NATIONAL, caller, caller,
                        scope.level() == Scope.Level.REGION ? scope.organisationId() : -1L)
                .andIf(filter.level(), "a.level = ?")
                .andIf(filter.ownerId(), "a.owner_id = ?")
                .andIf(filter.regionId(), REGION + " = ?")
                .andIf(filter.status(), "a.status = ?");
        if (filter.year() != null) {
            where.and("a.first_year <= ? AND ? <= a.last_year", filter.year(), filter.year());
        }
        where.andIf(filter.nationalId(), "COALESCE(a.national_id, a.id) = ?");
        long total = rows.value(Long.class, "SELECT count(*) FROM agreements.agreement a "
                + "JOIN agreements.organisation o ON o.id = a.owner_id "
                + "LEFT JOIN agreements.agreement p ON p.id = a.parent_id" + where, where.parameters()).orElseThrow();
        List<AgreementView> items = list(SELECT + where + list.orderBy(ORDER) + " LIMIT ? OFFSET ?",
                where.parametersAnd(list.pageSize(), list.offset()));
        return PageResponse.of(items, list.pageNumber(), list.pageSize(), total);
    }

    /** The agreements with these ids, in one query. */
    @Transactional(readOnly = true)
    public List<AgreementView> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return list(SELECT + " WHERE a.id = ANY (?) ORDER BY a.id", ids);
    }

    /** The agreements a scope reads, covering the year unless it is null. */
    @Transactional(readOnly = true)
    public List<AgreementView> inScope(Scope scope, @Nullable Integer year) {
        Where where = readable(scope);
        if (year != null) {
            where.and("a.first_year <= ? AND ? <= a.last_year", year, year);
        }
        return list(SELECT + where + " ORDER BY a.level, a.id", where.parameters());
    }

    /** The GGD region of agreement {@code a} with owner {@code o}: the owner of a regional one, the owner's region of a local one. */
    static final String REGION = "CASE a.level WHEN 'REGIONAL' THEN a.owner_id WHEN 'LOCAL' THEN o.ggd_region_id END";

    /**
     * The filter (on agreement {@code a} and its owner {@code o}) for the agreements a scope reads:
     * those in the scope ({@link Scope#sqlCondition}), of which a GGD region reads only the signed
     * ones, its own drafts and its municipalities' drafts (it advises them).
     */
    public static Where readable(Scope scope) {
        Where where = new Where().and(scope.sqlCondition(REGION, "a.owner_id"), scope.sqlParameters().toArray());
        if (scope.level() == Scope.Level.REGION) {
            where.and("(a.status <> 'DRAFT' OR a.owner_id = ? OR a.level = 'LOCAL')", scope.organisationId());
        }
        return where;
    }

    /** Every agreement that is ACTIVE, covers the year and lies in the scope. */
    @Transactional(readOnly = true)
    public List<AgreementView> activeIn(int year, Scope scope) {
        Where where = new Where().and("a.status = 'ACTIVE' AND a.first_year <= ? AND ? <= a.last_year", year, year)
                .and(scope.sqlCondition(REGION, "a.owner_id"), scope.sqlParameters().toArray());
        return list(SELECT + where + " ORDER BY a.id", where.parameters());
    }

    /** The newest ACTIVE national agreement that covers the year, if any. */
    @Transactional(readOnly = true)
    public Optional<Long> newestNational(int year) {
        return list(SELECT + " WHERE a.level = 'NATIONAL' AND a.status = 'ACTIVE' AND a.first_year <= ? AND ? <= a.last_year"
                + " ORDER BY a.id DESC LIMIT 1", year, year).stream().map(AgreementView::id).findFirst();
    }

    /** The direct children of an agreement, drafts included. */
    @Transactional(readOnly = true)
    public List<AgreementView> childrenOf(long parentId) {
        return list(SELECT + " WHERE a.parent_id = ? ORDER BY a.id", parentId);
    }

    /**
     * Other ACTIVE agreements of the same owner and level under the same national programme whose
     * years overlap the given ones. A national agreement is its own programme, so VWS may have
     * several national agreements ACTIVE at once.
     */
    @Transactional(readOnly = true)
    public List<AgreementView> overlappingActive(long ownerId, AgreementLevel level, long nationalId, int firstYear, int lastYear,
                                                 long exceptId) {
        return list(SELECT + " WHERE a.owner_id = ? AND a.level = ? AND COALESCE(a.national_id, a.id) = ? AND a.status = 'ACTIVE'"
                        + " AND a.id <> ? AND a.first_year <= ? AND ? <= a.last_year ORDER BY a.id",
                ownerId, level, nationalId, exceptId, lastYear, firstYear);
    }

    private List<AgreementView> list(String sql, Object... params) {
        return rows.list(AgreementView.class, sql, params);
    }

    /** The list filters; null means any. */
    public record Filter(@Nullable AgreementLevel level, @Nullable Long ownerId, @Nullable Long regionId,
                         @Nullable AgreementStatus status, @Nullable Integer year, @Nullable Long nationalId) {
    }
}
