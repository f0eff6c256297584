package nl.akkoordmonitor.milestones.internal.milestone;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.milestones.ProgressStatus;
import nl.akkoordmonitor.platform.audit.AuditEntry;
import nl.akkoordmonitor.platform.audit.AuditLog;
import nl.akkoordmonitor.platform.security.Actor;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    record MilestoneRef(long id, long agreementId, long ownerOrganisationId) {
    }

    /** A report that was stored now. */
    record Stored(long id, NewReport report) {
    }

    private final JdbcOperations jdbc;
    private final AuditLog auditLog;

    ProgressRecorder(JdbcOperations jdbc, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
    }

    /** The milestones with these ids that exist, locked until the transaction ends so that reports on one milestone queue up. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    Map<Long, MilestoneRef> lock(List<Long> milestoneIds) {
        return jdbc.prepareStatement("""
                SELECT id, agreement_id, owner_organisation_id FROM milestones.milestone
                WHERE id = ANY(?) ORDER BY id FOR UPDATE""", statement -> {
            statement.setArray(1, statement.getConnection().createArrayOf("bigint", milestoneIds.toArray()));
            Map<Long, MilestoneRef> refs = new HashMap<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    refs.put(rs.getLong(1), new MilestoneRef(rs.getLong(1), rs.getLong(2), rs.getLong(3)));
                }
            }
            return refs;
        });
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
            List<Stored> result = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    result.add(new Stored(rs.getLong("id"), new NewReport(rs.getLong("milestone_id"),
                            rs.getDate("report_date").toLocalDate(), ProgressStatus.valueOf(rs.getString("status")),
                            rs.getInt("percent_complete"), rs.getString("narrative"), rs.getString("idempotency_key"))));
                }
            }
            return result;
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
        jdbc.prepareStatement("""
                UPDATE milestones.milestone m
                SET latest_report_id = r.id, latest_status = r.status,
                    latest_percent_complete = r.percent_complete, latest_report_date = r.report_date
                FROM (SELECT DISTINCT ON (milestone_id) id, milestone_id, status, percent_complete, report_date
                      FROM milestones.progress_report WHERE milestone_id = ANY(?)
                      ORDER BY milestone_id, report_date DESC, id DESC) r
                WHERE m.id = r.milestone_id
                """, statement -> {
            statement.setArray(1, array(statement, "bigint", milestoneIds.toArray()));
            return statement.executeUpdate();
        });
    }

    private static Array array(PreparedStatement statement, String type, Object[] values) throws java.sql.SQLException {
        return statement.getConnection().createArrayOf(type, values);
    }
}
