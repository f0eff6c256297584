package nl.akkoordmonitor.platform.internal.audit;

import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.platform.audit.AuditRecord;
import nl.akkoordmonitor.platform.paging.ListRequest;
import nl.akkoordmonitor.platform.paging.PageResponse;
import nl.akkoordmonitor.platform.paging.SqlOrder;
import nl.akkoordmonitor.platform.sql.Rows;
import nl.akkoordmonitor.platform.sql.Where;
import nl.akkoordmonitor.platform.time.ClockFactory;

import java.util.List;

/** Finds audit rows by filter within what the caller may see: one count and one page query. */
@Singleton
class AuditSearch {

    /** What the audit log sorts on; newest first unless asked otherwise. */
    static final SqlOrder ORDER = SqlOrder.by("occurredAt", "occurred_at").and("entity", "entity").and("action", "action")
            .and("username", "username").and("id", "id").otherwise("occurred_at DESC, id DESC");

    private final Rows rows;
    private final JsonMapper json;

    AuditSearch(Rows rows, JsonMapper json) {
        this.rows = rows;
        this.json = json;
    }

    @Transactional(readOnly = true)
    PageResponse<AuditRecord> search(AuditFilter filter, AuditScope scope, ListRequest list) {
        int size = list.pageSize();
        int page = list.pageNumber();
        Where where = where(filter, scope);
        long total = rows.value(Long.class, "SELECT count(*) FROM platform.audit_event" + where, where.parameters()).orElseThrow();
        List<AuditRecord> items = rows.list(JdbcAuditLog.AuditRow.class, JdbcAuditLog.SELECT + where + list.orderBy(ORDER) + " LIMIT ? OFFSET ?",
                where.parametersAnd(size, (long) page * size)).stream().map(row -> row.record(json)).toList();
        return PageResponse.of(items, page, size, total);
    }

    private static Where where(AuditFilter filter, AuditScope scope) {
        Where where = new Where();
        if (!scope.national()) {
            where.and("(organisation_id = ? OR (organisation_id = ANY (?) AND entity <> ?))",
                    scope.ownOrganisation(), scope.advisedOrganisations(), AuditScope.USER_ENTITY);
        }
        where.andIf(filter.entity(), "entity = ?")
                .andIf(filter.entityId(), "entity_id = ?")
                .andIf(filter.organisation(), "organisation_id = ?")
                .andIf(filter.user(), "user_id = ?")
                .andIf(filter.action(), "action = ?");
        // Days are Dutch days: an entry at 00:30 in Amsterdam belongs to that date, not to the day before in UTC.
        if (filter.from() != null) {
            where.and("occurred_at >= ?", filter.from().atStartOfDay(ClockFactory.ZONE).toInstant());
        }
        if (filter.to() != null) {
            where.and("occurred_at < ?", filter.to().plusDays(1).atStartOfDay(ClockFactory.ZONE).toInstant());
        }
        return where;
    }
}
