package nl.akkoordmonitor.platform.internal.audit;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.platform.audit.AuditEntry;
import nl.akkoordmonitor.platform.audit.AuditLog;
import nl.akkoordmonitor.platform.audit.AuditRecord;
import nl.akkoordmonitor.platform.audit.AuditTrail;
import nl.akkoordmonitor.platform.security.Actor;
import nl.akkoordmonitor.platform.sql.Rows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;

@Singleton
class JdbcAuditLog implements AuditLog, AuditTrail {

    private static final String INSERT = """
            INSERT INTO platform.audit_event (user_id, username, actor_organisation_id, organisation_id, agreement_id,
                                              entity, entity_id, action, before_value, after_value, reason)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS JSONB), CAST(? AS JSONB), ?)
            """;

    private final JdbcOperations jdbc;
    private final Rows rows;
    private final JsonMapper json;

    JdbcAuditLog(JdbcOperations jdbc, Rows rows, JsonMapper json) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.json = json;
    }

    @Override
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void record(@Nullable Actor actor, AuditEntry entry) {
        jdbc.prepareStatement(INSERT, statement -> {
            setLong(statement, 1, actor == null ? null : actor.userId());
            statement.setString(2, actor == null ? null : actor.username());
            setLong(statement, 3, actor == null ? null : actor.organisationId());
            setLong(statement, 4, entry.organisationId());
            setLong(statement, 5, entry.agreementId());
            statement.setString(6, entry.entity());
            statement.setString(7, entry.entityId() == null ? null : String.valueOf(entry.entityId()));
            statement.setString(8, entry.action());
            statement.setString(9, toJson(entry.before()));
            statement.setString(10, toJson(entry.after()));
            statement.setString(11, entry.reason());
            return statement.executeUpdate();
        });
    }

    @Override
    @Transactional
    public List<AuditRecord> ofAgreement(long agreementId) {
        return rows.list(AuditRow.class, SELECT + " WHERE agreement_id = ? ORDER BY occurred_at, id", agreementId).stream()
                .map(row -> row.record(json)).toList();
    }

    static final String SELECT = """
            SELECT id, occurred_at, user_id, username, organisation_id, agreement_id, entity, entity_id, action,
                   before_value::text AS before_value, after_value::text AS after_value, reason
            FROM platform.audit_event""";

    /** A row of {@link #SELECT}: the values before and after as the JSON text they are stored as. */
    @Introspected
    record AuditRow(long id, Instant occurredAt, @Nullable Long userId, @Nullable String username, @Nullable Long organisationId,
                    @Nullable Long agreementId, String entity, @Nullable String entityId, String action, @Nullable String beforeValue,
                    @Nullable String afterValue, @Nullable String reason) {

        AuditRecord record(JsonMapper json) {
            return new AuditRecord(id, occurredAt, userId, username, organisationId, agreementId, entity, entityId, action,
                    fromJson(json, beforeValue), fromJson(json, afterValue), reason);
        }
    }

    /** A stored value as the object it was (maps, lists, strings, numbers), so that the answer nests it as JSON. */
    @Nullable
    private static Object fromJson(JsonMapper json, @Nullable String text) {
        if (text == null) {
            return null;
        }
        try {
            return json.readValue(text, Argument.OBJECT_ARGUMENT);
        } catch (IOException e) {
            throw new UncheckedIOException("An audit value is not JSON: " + text, e);
        }
    }

    private String toJson(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write an audit value as JSON", e);
        }
    }

    private static void setLong(java.sql.PreparedStatement statement, int index, Long value) throws java.sql.SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }
}
