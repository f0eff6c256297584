package nl.akkoordmonitor.milestones.internal.milestone;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.milestones.ProgressStatus;
import nl.akkoordmonitor.platform.audit.AuditEntry;
import nl.akkoordmonitor.platform.audit.AuditLog;
import nl.akkoordmonitor.platform.security.Actor;
import nl.akkoordmonitor.platform.sql.Rows;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Appends progress reports, one or many, in a fixed number of statements: lock the milestones,
 * insert every report (a known idempotency key is skipped), and point each milestone at its
 * newest report again. Reports are never updated; a correction is a new report.
 */
@Singleton
class ProgressRecorder {

    /** A checked report, ready to store. */
    @Serdeable
    record NewReport(long milestoneId, LocalDate reportDate, ProgressStatus status, int percentComplete,
                     @Nullable String narrative, @Nullable String idempotencyKey) {
    }

    /** The immutable references of a milestone that its audit entries carry. */
    @Introspected
    record MilestoneRef(long id, long agreementId, long ownerOrganisationId) {
    }

    /** A report that was stored now. */
    record Stored(long id, NewReport report) {
    }

    @Introspected
    record StoredRow(long id, long milestoneId, LocalDate reportDate, ProgressStatus status, int percentComplete,
                     @Nullable String narrative, @Nullable String idempotencyKey) {

        Stored stored() {
            return new Stored(id, new NewReport(milestoneId, reportDate, status, percentComplete, narrative, idempotencyKey));
        }
    }

    private final JdbcOperations jdbc;
    private final Rows rows;
    private final AuditLog auditLog;

    ProgressRecorder(JdbcOperations jdbc, Rows rows, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.auditLog = auditLog;
    }

    /** The milestones with these ids that exist, locked until the transaction ends so that reports on one milestone queue up. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    Map<Long, MilestoneRef> lock(List<Long> milestoneIds) {
        return rows.list(MilestoneRef.class, """
                SELECT id, agreement_id, owner_organisation_id FROM milestones.milestone
                WHERE id = ANY(?) ORDER BY id FOR UPDATE""", milestoneIds).stream()
                .collect(Collectors.toMap(MilestoneRef::id, ref -> ref));
    }

    /** Stores the reports of locked milestones; returns those that were new, in the order given. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    List<Stored> append(Actor actor, List<NewReport> reports, Map<Long, MilestoneRef> milestones) {
        if (reports.isEmpty()) {
            return List.of();
        }
        List<Stored> stored = jdbc.prepareStatement("""
                INSERT INTO milestones.progress_report (milestone_id, report_date, status, percent_complete, narrative,
                                                        idempotency_key, reported_by, reported_by_name)
                SELECT u.milestone_id, CAST(u.report_date AS DATE), u.status, u.percent_complete, u.narrative, u.idempotency_key, ?, ?
                FROM unnest(?, ?, ?, ?, ?, ?) WITH ORDINALITY
                     AS u(milestone_id, report_date, status, percent_complete, narrative, idempotency_key, ordinal)
                ORDER BY u.ordinal
                ON CONFLICT (milestone_id, idempotency_key) DO NOTHING
                RETURNING id, milestone_id, idempotency_key, report_date, status, percent_complete, narrative
                """, statement -> {
            statement.setLong(1, actor.userId());
            statement.setString(2, actor.username());
            statement.setArray(3, array(statement, "bigint", reports.stream().map(NewReport::milestoneId).toArray()));
            statement.setArray(4, array(statement, "text", reports.stream().map(r -> r.reportDate().toString()).toArray()));
            statement.setArray(5, array(statement, "varchar", reports.stream().map(r -> r.status().name()).toArray()));
            statement.setArray(6, array(statement, "integer", reports.stream().map(NewReport::percentComplete).toArray()));
            statement.setArray(7, array(statement, "text", reports.stream().map(NewReport::narrative).toArray()));
            statement.setArray(8, array(statement, "varchar", reports.stream().map(NewReport::idempotencyKey).toArray()));
            try (ResultSet resultSet = statement.executeQuery()) {
                return rows.read(resultSet, StoredRow.class).stream().map(StoredRow::stored).toList();
            }
        });
        for (Stored s : stored) {
            MilestoneRef ref = milestones.get(s.report().milestoneId());
            auditLog.record(actor, AuditEntry.of("progress_report", s.id(), "CREATE").values(null, s.report())
                    .organisation(ref.ownerOrganisationId()).agreement(ref.agreementId()));
        }
        refreshLatest(stored.stream().map(s -> s.report().milestoneId()).distinct().toList());
        return stored;
    }

    private void refreshLatest(List<Long> milestoneIds) {
        if (milestoneIds.isEmpty()) {
            return;
        }
        rows.update("""
                UPDATE milestones.milestone m
                SET latest_report_id = r.id, latest_status = r.status,
                    latest_percent_complete = r.percent_complete, latest_report_date = r.report_date
                FROM (SELECT DISTINCT ON (milestone_id) id, milestone_id, status, percent_complete, report_date
                      FROM milestones.progress_report WHERE milestone_id = ANY(?)
                      ORDER BY milestone_id, report_date DESC, id DESC) r
                WHERE m.id = r.milestone_id
                """, milestoneIds);
    }

    private static Array array(PreparedStatement statement, String type, Object[] values) throws java.sql.SQLException {
        return statement.getConnection().createArrayOf(type, values);
    }
}
