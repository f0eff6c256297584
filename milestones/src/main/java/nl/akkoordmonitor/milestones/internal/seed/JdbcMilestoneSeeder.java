package nl.akkoordmonitor.milestones.internal.seed;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.agreements.AgreementLevel;
import nl.akkoordmonitor.milestones.EvaluationStatus;
import nl.akkoordmonitor.milestones.IndicatorDirection;
import nl.akkoordmonitor.milestones.IndicatorFamily;
import nl.akkoordmonitor.milestones.IndicatorSource;
import nl.akkoordmonitor.milestones.MilestoneSeeder;
import nl.akkoordmonitor.milestones.ProgressStatus;
import nl.akkoordmonitor.milestones.Rating;
import nl.akkoordmonitor.platform.bulk.BatchInsert;
import nl.akkoordmonitor.platform.bulk.SequenceIds;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

/** The milestones module's bulk loader: batched inserts into its own tables, in the caller's transaction. */
@Singleton
class JdbcMilestoneSeeder implements MilestoneSeeder {

    private final DataSource dataSource;

    JdbcMilestoneSeeder(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Load load() {
        try {
            // The transaction's connection: closing it is left to the transaction.
            return new JdbcLoad(dataSource.getConnection());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class JdbcLoad implements Load {

        private final Connection connection;
        private final SequenceIds ids;
        private final BatchInsert milestones;
        private final BatchInsert reports;
        private final BatchInsert evaluations;
        private final BatchInsert evaluationThemes;
        private final BatchInsert targets;
        private final BatchInsert measurements;

        JdbcLoad(Connection connection) {
            this.connection = connection;
            this.ids = new SequenceIds(connection);
            milestones = new BatchInsert(connection, "INSERT INTO milestones.milestone (id, commitment_id, agreement_id, "
                    + "owner_organisation_id, ggd_region_id, core_theme_id, core_theme_code, core_theme_name, title, due_date, "
                    + "responsible_organisation_id, carried_from_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            reports = new BatchInsert(connection, "INSERT INTO milestones.progress_report (milestone_id, report_date, status, "
                    + "percent_complete, narrative, idempotency_key, reported_by, reported_by_name) "
                    + "VALUES (?, ?, ?, ?, ?, ?, 0, 'synthetisch')", milestones);
            evaluations = new BatchInsert(connection, "INSERT INTO milestones.evaluation (id, agreement_id, year, level, "
                    + "owner_organisation_id, reviewer_organisation_id, ggd_region_id, status, general_conclusion, "
                    + "first_submitted_at, first_submitted_on, submitted_at, returned_at, accepted_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            evaluationThemes = new BatchInsert(connection, "INSERT INTO milestones.evaluation_theme (evaluation_id, core_theme_id, "
                    + "core_theme_code, core_theme_name, rating, findings, lessons, steering_actions) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", evaluations);
            targets = new BatchInsert(connection, "INSERT INTO milestones.indicator_target (agreement_id, indicator_id, "
                    + "owner_organisation_id, ggd_region_id, baseline_value, baseline_year, target_value, target_year) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
            measurements = new BatchInsert(connection, "INSERT INTO milestones.measurement (indicator_id, organisation_id, year, "
                    + "value) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING");
        }

        @Override
        public long milestone(long commitmentId, long agreementId, long ownerOrganisationId, @Nullable Long ggdRegionId,
                              long coreThemeId, String coreThemeCode, String coreThemeName, String title, LocalDate dueDate,
                              long responsibleOrganisationId, @Nullable Long carriedFromId) {
            long id = ids.next("milestones.milestone_id_seq");
            milestones.add(id, commitmentId, agreementId, ownerOrganisationId, ggdRegionId, coreThemeId, coreThemeCode,
                    coreThemeName, title, dueDate, responsibleOrganisationId, carriedFromId);
            return id;
        }

        @Override
        public void progressReport(long milestoneId, LocalDate reportDate, ProgressStatus status, int percentComplete,
                                   String narrative, String idempotencyKey) {
            reports.add(milestoneId, reportDate, status.name(), percentComplete, narrative, idempotencyKey);
        }

        @Override
        public long evaluation(long agreementId, int year, AgreementLevel level, long ownerOrganisationId,
                               long reviewerOrganisationId, @Nullable Long ggdRegionId, EvaluationStatus status,
                               String generalConclusion, @Nullable Instant submittedAt, @Nullable LocalDate submittedOn,
                               @Nullable Instant returnedAt, @Nullable Instant acceptedAt) {
            long id = ids.next("milestones.evaluation_id_seq");
            evaluations.add(id, agreementId, year, level.name(), ownerOrganisationId, reviewerOrganisationId, ggdRegionId,
                    status.name(), generalConclusion, timestamp(submittedAt), submittedOn, timestamp(submittedAt),
                    timestamp(returnedAt), timestamp(acceptedAt));
            return id;
        }

        @Override
        public void evaluationTheme(long evaluationId, long coreThemeId, String coreThemeCode, String coreThemeName,
                                    Rating rating, String findings, String lessons, String steeringActions) {
            evaluationThemes.add(evaluationId, coreThemeId, coreThemeCode, coreThemeName, rating.name(), findings, lessons,
                    steeringActions);
        }

        @Override
        public long indicator(String code, String name, String unit, IndicatorDirection direction, IndicatorSource source,
                              IndicatorFamily family) {
            try {
                try (PreparedStatement s = connection.prepareStatement("INSERT INTO milestones.indicator (code, name, unit, "
                        + "direction, source, family) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO NOTHING")) {
                    s.setString(1, code);
                    s.setString(2, name);
                    s.setString(3, unit);
                    s.setString(4, direction.name());
                    s.setString(5, source.name());
                    s.setString(6, family.name());
                    s.executeUpdate();
                }
                try (PreparedStatement s = connection.prepareStatement("SELECT id FROM milestones.indicator WHERE code = ?")) {
                    s.setString(1, code);
                    try (ResultSet r = s.executeQuery()) {
                        r.next();
                        return r.getLong(1);
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Could not add indicator " + code + ": " + e.getMessage(), e);
            }
        }

        @Override
        public void indicatorTarget(long agreementId, long indicatorId, long ownerOrganisationId, @Nullable Long ggdRegionId,
                                    BigDecimal baselineValue, int baselineYear, BigDecimal targetValue, int targetYear) {
            targets.add(agreementId, indicatorId, ownerOrganisationId, ggdRegionId, baselineValue, baselineYear, targetValue,
                    targetYear);
        }

        @Override
        public void measurement(long indicatorId, long organisationId, int year, BigDecimal value) {
            measurements.add(indicatorId, organisationId, year, value);
        }

        @Override
        public void close() {
            reports.close();
            milestones.close();
            evaluationThemes.close();
            evaluations.close();
            targets.close();
            measurements.close();
            // The module keeps the newest report on the milestone; set it as the service would.
            try (PreparedStatement s = connection.prepareStatement("""
                    UPDATE milestones.milestone m SET latest_report_id = r.id, latest_status = r.status,
                           latest_percent_complete = r.percent_complete, latest_report_date = r.report_date
                    FROM (SELECT DISTINCT ON (milestone_id) id, milestone_id, status, percent_complete, report_date
                          FROM milestones.progress_report ORDER BY milestone_id, report_date DESC, id DESC) r
                    WHERE r.milestone_id = m.id AND m.latest_report_id IS NULL""")) {
                s.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("Could not set the newest reports: " + e.getMessage(), e);
            }
        }

        private static Timestamp timestamp(@Nullable Instant instant) {
            return instant == null ? null : Timestamp.from(instant);
        }
    }
}
