package nl.akkoordmonitor.web.internal.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The API's answers as the pages read them: only the fields a page shows (the rest is ignored).
 * States and statuses stay the API's names; the pages turn them into the vocabulary's words.
 */
public final class Views {

    private Views() {
    }

    @Serdeable
    public record Paged<T>(List<T> items, long totalItems) {
    }

    /** How to read a paged list answer of items of a type. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <T> Argument<Paged<T>> paged(Class<T> type) {
        return (Argument) Argument.of(Paged.class, type);
    }

    @Serdeable
    public record Agreement(long id, String level, String title, long ownerId, String ownerName, @Nullable Long parentId,
                            long nationalId, int firstYear, int lastYear, String status, @Nullable LocalDate signedOn, long version) {
        public boolean draft() {
            return "DRAFT".equals(status);
        }
    }

    @Serdeable
    public record CoreTheme(long id, String code, String name, @Nullable String description, boolean binding) {
    }

    @Serdeable
    public record Adoption(long id, long coreThemeId, String code, String name, boolean binding, boolean deviation,
                           @Nullable String ambition, @Nullable String justification, int commitments, long version) {
    }

    @Serdeable
    public record Commitment(long id, long adoptionId, long coreThemeId, String coreThemeCode, String coreThemeName, String title,
                             @Nullable String description, List<String> targetGroups, String livingEnvironment,
                             String preventionLevel, long responsibleOrganisationId, String responsibleOrganisationName,
                             int firstYear, int lastYear, long version) {
    }

    @Serdeable
    public record Party(long id, long organisationId, String organisationName, String organisationType, String role, long version) {
    }

    @Serdeable
    public record Organisation(long id, String type, @Nullable String code, String name, @Nullable Long ggdRegionId) {
    }

    @Serdeable
    public record HistoryEntry(long id, Instant occurredAt, @Nullable String username, String entity, String action,
                               @Nullable String reason) {
    }

    @Serdeable
    public record Milestone(long id, long commitmentId, long agreementId, String coreThemeCode, String coreThemeName, String title,
                            LocalDate dueDate, String state, @Nullable String latestStatus, @Nullable Integer percentComplete,
                            @Nullable LocalDate latestReportDate, @Nullable String latestNarrative, long version) {
        public boolean open() {
            return !"ACHIEVED".equals(state) && !"CANCELLED".equals(state);
        }
    }

    @Serdeable
    public record ProgressReport(long id, LocalDate reportDate, String status, int percentComplete, @Nullable String narrative,
                                 String reportedBy, Instant recordedAt) {
    }

    @Serdeable
    public record MilestoneDetail(Milestone milestone, List<ProgressReport> reports) {
    }

    @Serdeable
    public record Evaluation(long id, long agreementId, int year, String status, @Nullable String generalConclusion,
                             LocalDate deadline, @Nullable LocalDate firstSubmittedOn, long version,
                             List<EvaluationTheme> themes, List<EvaluationStep> history) {
        /** Why it was last returned, if it was. */
        @Nullable
        public String returnReason() {
            String reason = null;
            for (EvaluationStep step : history) {
                if ("RETURNED".equals(step.to())) {
                    reason = step.reason();
                }
            }
            return reason;
        }

        public boolean editable() {
            return "DRAFT".equals(status) || "RETURNED".equals(status);
        }
    }

    @Serdeable
    public record EvaluationTheme(long coreThemeId, String coreThemeCode, String coreThemeName, @Nullable String rating,
                                  @Nullable String findings, @Nullable String lessons, @Nullable String steeringActions) {
    }

    @Serdeable
    public record EvaluationStep(@Nullable String from, String to, String username, Instant at, @Nullable String reason) {
    }

    @Serdeable
    public record Deadline(int year, LocalDate deadline) {
    }

    @Serdeable
    public record Stream(long id, String name, String source, String legalBasis, String nature, int firstYear,
                         @Nullable Integer lastYear, boolean earmarked, long recipientId, long version) {
    }

    @Serdeable
    public record Budget(long id, long streamId, int year, BigDecimal amount, BigDecimal allocated, BigDecimal remaining, long version) {
    }

    @Serdeable
    public record Allocation(long id, long streamId, String streamName, int year, long commitmentId, long agreementId,
                             BigDecimal amount, @Nullable String note, BigDecimal spent, boolean overspent, BigDecimal overspentBy,
                             long version) {
        public BigDecimal left() {
            return amount.subtract(spent);
        }
    }

    @Serdeable
    public record Expenditure(long id, long allocationId, int year, BigDecimal amount, long version) {
    }

    @Serdeable
    public record StreamMoney(long streamId, String name, String legalBasis, String nature, int year, BigDecimal budgeted,
                              BigDecimal allocated, BigDecimal spent) {
        public BigDecimal unallocated() {
            return budgeted.subtract(allocated);
        }
    }

    @Serdeable
    public record UploadReceipt(long uploadId, int rowsRead, int reportsCreated, int alreadyRecorded) {
    }

    @Serdeable
    public record Indicator(long id, String code, String name, String unit, String direction, String source, String family) {
    }

    /** A measured value of the agreement's owner, set against the path from baseline to target. */
    @Serdeable
    public record JudgedMeasurement(int year, @Nullable BigDecimal value, BigDecimal expectedValue, String judgement) {
    }

    @Serdeable
    public record IndicatorTarget(long id, long agreementId, Indicator indicator, BigDecimal baselineValue, int baselineYear,
                                  BigDecimal targetValue, int targetYear, List<JudgedMeasurement> measurements,
                                  @Nullable JudgedMeasurement latest, String latestJudgement) {
    }
}
