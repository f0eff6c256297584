package nl.akkoordmonitor.agreements.internal.agreement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.agreements.AgreementLevel;
import nl.akkoordmonitor.agreements.AgreementStatus;
import nl.akkoordmonitor.agreements.Scope;
import nl.akkoordmonitor.platform.paging.ListRequest;
import nl.akkoordmonitor.platform.paging.PageResponse;
import nl.akkoordmonitor.platform.paging.SqlOrder;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
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
    private static final String VISIBLE = " AND (? OR a.status <> 'DRAFT' OR a.owner_id = ? OR p.owner_id = ?"
            + " OR (a.level = 'LOCAL' AND o.ggd_region_id = ?))";

    private final JdbcOperations jdbc;

    AgreementQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<AgreementView> find(long id) {
        List<AgreementView> rows = list(SELECT + " WHERE a.id = ?", List.of(id));
        return rows.stream().findFirst();
    }

    /** What the list of agreements sorts on. */
    static final SqlOrder ORDER = SqlOrder.by("title", "a.title").and("level", "a.level").and("status", "a.status")
            .and("firstYear", "a.first_year").and("lastYear", "a.last_year").and("ownerName", "o.name").and("id", "a.id")
            .otherwise("a.level, a.first_year DESC, a.id");

    /** Agreements matching the filter that the scope may read, a page at a time. */
    @Transactional(readOnly = true)
    public PageResponse<AgreementView> search(Scope scope, @Nullable Long callerOrganisationId,
                                              Filter filter, ListRequest list) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        where.append(VISIBLE);
        params.add(scope.level() == Scope.Level.NATIONAL);
        params.add(callerOrganisationId == null ? -1L : callerOrganisationId);
        params.add(callerOrganisationId == null ? -1L : callerOrganisationId);
        params.add(scope.level() == Scope.Level.REGION ? scope.organisationId() : -1L);
        if (filter.level() != null) {
            where.append(" AND a.level = ?");
            params.add(filter.level().name());
        }
        if (filter.ownerId() != null) {
            where.append(" AND a.owner_id = ?");
            params.add(filter.ownerId());
        }
        if (filter.regionId() != null) {
            where.append(" AND " + REGION + " = ?");
            params.add(filter.regionId());
        }
        if (filter.status() != null) {
            where.append(" AND a.status = ?");
            params.add(filter.status().name());
        }
        if (filter.year() != null) {
            where.append(" AND a.first_year <= ? AND ? <= a.last_year");
            params.add(filter.year());
            params.add(filter.year());
        }
        if (filter.nationalId() != null) {
            where.append(" AND COALESCE(a.national_id, a.id) = ?");
            params.add(filter.nationalId());
        }
        long total = jdbc.prepareStatement("SELECT count(*) FROM agreements.agreement a "
                + "JOIN agreements.organisation o ON o.id = a.owner_id "
                + "LEFT JOIN agreements.agreement p ON p.id = a.parent_id" + where, statement -> {
            bind(statement, params);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(list.pageSize());
        pageParams.add(list.offset());
        List<AgreementView> items = list(SELECT + where + list.orderBy(ORDER) + " LIMIT ? OFFSET ?", pageParams);
        return PageResponse.of(items, list.pageNumber(), list.pageSize(), total);
    }

    /** The agreements with these ids, in one query. */
    @Transactional(readOnly = true)
    public List<AgreementView> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return list(SELECT + " WHERE a.id = ANY (?) ORDER BY a.id", List.of((Object) ids.toArray(Long[]::new)));
    }

    /** The agreements a scope reads, covering the year unless it is null. */
    @Transactional(readOnly = true)
    public List<AgreementView> inScope(Scope scope, @Nullable Integer year) {
        List<Object> params = new ArrayList<>();
        String where = " WHERE " + readCondition(scope, params);
        if (year != null) {
            where += " AND a.first_year <= ? AND ? <= a.last_year";
            params.add(year);
            params.add(year);
        }
        return list(SELECT + where + " ORDER BY a.level, a.id", params);
    }

    /** The GGD region of agreement {@code a} with owner {@code o}: the owner of a regional one, the owner's region of a local one. */
    static final String REGION = "CASE a.level WHEN 'REGIONAL' THEN a.owner_id WHEN 'LOCAL' THEN o.ggd_region_id END";

    /**
     * The SQL condition (on agreement {@code a} and its owner {@code o}) for the agreements a scope
     * reads: those in the scope ({@link Scope#sqlCondition}), of which a GGD region reads only the
     * signed ones, its own drafts and its municipalities' drafts (it advises them).
     */
    public static String readCondition(Scope scope, List<Object> params) {
        params.addAll(scope.sqlParameters());
        String inScope = scope.sqlCondition(REGION, "a.owner_id");
        if (scope.level() != Scope.Level.REGION) {
            return inScope;
        }
        params.add(scope.organisationId());
        return "(" + inScope + " AND (a.status <> 'DRAFT' OR a.owner_id = ? OR a.level = 'LOCAL'))";
    }

    /** Every agreement that is ACTIVE, covers the year and lies in the scope. */
    @Transactional(readOnly = true)
    public List<AgreementView> activeIn(int year, Scope scope) {
        List<Object> params = new ArrayList<>(List.of(year, year));
        params.addAll(scope.sqlParameters());
        return list(SELECT + " WHERE a.status = 'ACTIVE' AND a.first_year <= ? AND ? <= a.last_year AND "
                + scope.sqlCondition(REGION, "a.owner_id") + " ORDER BY a.id", params);
    }

    /** The newest ACTIVE national agreement that covers the year, if any. */
    @Transactional(readOnly = true)
    public Optional<Long> newestNational(int year) {
        return list(SELECT + " WHERE a.level = 'NATIONAL' AND a.status = 'ACTIVE' AND a.first_year <= ? AND ? <= a.last_year"
                + " ORDER BY a.id DESC LIMIT 1", List.of(year, year)).stream().map(AgreementView::id).findFirst();
    }

    /** The direct children of an agreement, drafts included. */
    @Transactional(readOnly = true)
    public List<AgreementView> childrenOf(long parentId) {
        return list(SELECT + " WHERE a.parent_id = ? ORDER BY a.id", List.of(parentId));
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
                List.of(ownerId, level.name(), nationalId, exceptId, lastYear, firstYear));
    }

    private List<AgreementView> list(String sql, List<Object> params) {
        return jdbc.prepareStatement(sql, statement -> {
            bind(statement, params);
            try (ResultSet rs = statement.executeQuery()) {
                List<AgreementView> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(map(rs));
                }
                return rows;
            }
        });
    }

    public static void bind(PreparedStatement statement, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object param = params.get(i);
            if (param instanceof Long[] array) {
                statement.setArray(i + 1, statement.getConnection().createArrayOf("bigint", array));
            } else {
                statement.setObject(i + 1, param);
            }
        }
    }

    static AgreementView map(ResultSet rs) throws SQLException {
        Date signed = rs.getDate("signed_on");
        Date closed = rs.getDate("closed_on");
        return new AgreementView(rs.getLong("id"), AgreementLevel.valueOf(rs.getString("level")), rs.getString("title"),
                rs.getLong("owner_id"), rs.getString("owner_code"), rs.getString("owner_name"),
                (Long) rs.getObject("ggd_region_id"), rs.getString("ggd_region_code"),
                (Long) rs.getObject("parent_id"), (Long) rs.getObject("parent_owner_id"), rs.getLong("national_id"),
                rs.getInt("first_year"), rs.getInt("last_year"), AgreementStatus.valueOf(rs.getString("status")),
                signed == null ? null : signed.toLocalDate(), closed == null ? null : closed.toLocalDate(),
                rs.getLong("version"), (Long) rs.getObject("predecessor_id"), (Long) rs.getObject("carried_from_id"),
                (Long) rs.getObject("iza_region_id"));
    }

    /** The list filters; null means any. */
    public record Filter(@Nullable AgreementLevel level, @Nullable Long ownerId, @Nullable Long regionId,
                         @Nullable AgreementStatus status, @Nullable Integer year, @Nullable Long nationalId) {
    }
}
