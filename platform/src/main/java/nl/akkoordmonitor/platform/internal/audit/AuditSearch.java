package nl.akkoordmonitor.platform.internal.audit;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.platform.audit.AuditRecord;
import nl.akkoordmonitor.platform.paging.ListRequest;
import nl.akkoordmonitor.platform.paging.PageResponse;
import nl.akkoordmonitor.platform.paging.SqlOrder;
import nl.akkoordmonitor.platform.time.ClockFactory;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/** Finds audit rows by filter within what the caller may see: one count and one page query. */
@Singleton
class AuditSearch {

    /** What the audit log sorts on; newest first unless asked otherwise. */
    static final SqlOrder ORDER = SqlOrder.by("occurredAt", "occurred_at").and("entity", "entity").and("action", "action")
            .and("username", "username").and("id", "id").otherwise("occurred_at DESC, id DESC");

    private final JdbcOperations jdbc;
    private final JsonMapper json;

    AuditSearch(JdbcOperations jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Transactional(readOnly = true)
    PageResponse<AuditRecord> search(AuditFilter filter, AuditScope scope, ListRequest list) {
        int size = list.pageSize();
        int page = list.pageNumber();
        String orderBy = list.orderBy(ORDER);
        Where where = where(filter, scope);
        long total = jdbc.prepareStatement("SELECT count(*) FROM platform.audit_event" + where.sql, statement -> {
            where.bind(statement);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        List<AuditRecord> items = jdbc.prepareStatement(JdbcAuditLog.SELECT + where.sql
                + orderBy + " LIMIT ? OFFSET ?", statement -> {
            int next = where.bind(statement);
            statement.setInt(next, size);
            statement.setLong(next + 1, (long) page * size);
            try (ResultSet rs = statement.executeQuery()) {
                List<AuditRecord> records = new ArrayList<>();
                while (rs.next()) {
                    records.add(JdbcAuditLog.map(rs, json));
                }
                return records;
            }
        });
        return PageResponse.of(items, page, size, total);
    }

    private static Where where(AuditFilter filter, AuditScope scope) {
        Where where = new Where();
        if (!scope.national()) {
            where.add("(organisation_id = ? OR (organisation_id = ANY (?) AND entity <> ?))",
                    scope.ownOrganisation(), scope.advisedOrganisations().toArray(Long[]::new), AuditScope.USER_ENTITY);
        }
        if (filter.entity() != null) {
            where.add("entity = ?", filter.entity());
        }
        if (filter.entityId() != null) {
            where.add("entity_id = ?", filter.entityId());
        }
        if (filter.organisation() != null) {
            where.add("organisation_id = ?", filter.organisation());
        }
        if (filter.user() != null) {
            where.add("user_id = ?", filter.user());
        }
        if (filter.action() != null) {
            where.add("action = ?", filter.action());
        }
        // Days are Dutch days: an entry at 00:30 in Amsterdam belongs to that date, not to the day before in UTC.
        if (filter.from() != null) {
            where.add("occurred_at >= ?", Timestamp.from(filter.from().atStartOfDay(ClockFactory.ZONE).toInstant()));
        }
        if (filter.to() != null) {
            where.add("occurred_at < ?", Timestamp.from(filter.to().plusDays(1).atStartOfDay(ClockFactory.ZONE).toInstant()));
        }
        return where;
    }

    /** A WHERE clause with its parameters, in order. */
    private static final class Where {
        private final List<String> conditions = new ArrayList<>();
        private final List<Object> parameters = new ArrayList<>();
        private String sql = "";

        void add(String condition, Object... values) {
            conditions.add(condition);
            parameters.addAll(List.of(values));
            sql = " WHERE " + String.join(" AND ", conditions);
        }

        /** Binds the parameters and returns the index of the next free one. */
        int bind(PreparedStatement statement) throws SQLException {
            int index = 1;
            for (Object value : parameters) {
                if (value instanceof Long[] ids) {
                    statement.setArray(index++, statement.getConnection().createArrayOf("bigint", ids));
                } else {
                    statement.setObject(index++, value);
                }
            }
            return index;
        }
    }
}
