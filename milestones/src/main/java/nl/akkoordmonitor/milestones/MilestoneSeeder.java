package nl.akkoordmonitor.milestones;

import io.micronaut.core.annotation.Nullable;
import nl.akkoordmonitor.agreements.AgreementLevel;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Loads many milestones, progress reports, evaluations and indicator figures at once into the
 * milestones module's own tables, for the demo and the benchmark: rows are sent in batches in the
 * caller's transaction, past the services, so nothing is audited or checked here.
 */
public interface MilestoneSeeder {

    /** Starts a load; {@link Load#close()} sends what is still pending and sets each milestone's newest report. */
    Load load();

    /** One load: each method adds one row; those with children return its id. */
    interface Load extends AutoCloseable {

        default long milestone(long commitmentId, long agreementId, long ownerOrganisationId, @Nullable Long ggdRegionId,
                               long coreThemeId, String coreThemeCode, String coreThemeName, String title, LocalDate dueDate,
                               long responsibleOrganisationId) {
            return milestone(commitmentId, agreementId, ownerOrganisationId, ggdRegionId, coreThemeId, coreThemeCode, coreThemeName,
                    title, dueDate, responsibleOrganisationId, null);
        }

        /** @param carriedFromId the open milestone of the predecessor's agreement it was copied from, on a carry-over */
        long milestone(long commitmentId, long agreementId, long ownerOrganisationId, @Nullable Long ggdRegionId,
                       long coreThemeId, String coreThemeCode, String coreThemeName, String title, LocalDate dueDate,
                       long responsibleOrganisationId, @Nullable Long carriedFromId);

        /** A report by nobody in particular ({@code reported_by} 0, "synthetisch"). */
        void progressReport(long milestoneId, LocalDate reportDate, ProgressStatus status, int percentComplete,
                            String narrative, String idempotencyKey);

        long evaluation(long agreementId, int year, AgreementLevel level, long ownerOrganisationId, long reviewerOrganisationId,
                        @Nullable Long ggdRegionId, EvaluationStatus status, String generalConclusion,
                        @Nullable Instant submittedAt, @Nullable LocalDate submittedOn, @Nullable Instant returnedAt,
                        @Nullable Instant acceptedAt);

        void evaluationTheme(long evaluationId, long coreThemeId, String coreThemeCode, String coreThemeName, Rating rating,
                             String findings, String lessons, String steeringActions);

        /** Adds the indicator to the catalogue unless its code is there; returns its id either way. */
        long indicator(String code, String name, String unit, IndicatorDirection direction, IndicatorSource source,
                       IndicatorFamily family);

        void indicatorTarget(long agreementId, long indicatorId, long ownerOrganisationId, @Nullable Long ggdRegionId,
                             BigDecimal baselineValue, int baselineYear, BigDecimal targetValue, int targetYear);

        /** Adds the measurement unless the indicator already has one for this organisation and year. */
        void measurement(long indicatorId, long organisationId, int year, BigDecimal value);

        @Override
        void close();
    }
}
