package nl.akkoordmonitor.milestones.internal.milestone;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.akkoordmonitor.agreements.Scope;
import nl.akkoordmonitor.milestones.MilestoneRow;
import nl.akkoordmonitor.milestones.MilestoneState;
import nl.akkoordmonitor.milestones.ProgressStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

final class MilestoneRecords {

    private MilestoneRecords() {
    }

    /** A new milestone; without a responsible organisation the commitment's responsible party carries it. */
    @Serdeable
    record MilestoneRequest(@NotBlank @Size(max = 300) String title,
                            @NotNull LocalDate dueDate,
                            @Nullable Long responsibleOrganisationId,
                            @Nullable Long version) {
    }

    /** A progress report; the idempotency key makes a retried request a no-op. */
    @Serdeable
    record ReportRequest(@NotNull LocalDate reportDate,
                         @NotNull ProgressStatus status,
                         @NotNull @Min(0) @Max(100) Integer percentComplete,
                         @Nullable @Size(max = 4000) String narrative,
                         @Nullable @Size(max = 200) String idempotencyKey) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ReportView(long id, long milestoneId, LocalDate reportDate, ProgressStatus status, int percentComplete,
                      @Nullable String narrative, String reportedBy, Instant recordedAt, @Nullable String idempotencyKey) {
    }

    /** A milestone with its whole report history, newest first. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record MilestoneDetail(MilestoneRow milestone, List<ReportView> reports) {
    }

    /** The answer to a new report: the report and the milestone's state after it. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ReportAnswer(ReportView report, MilestoneRow milestone) {
    }

    @Serdeable
    record ThemeCounts(String coreThemeCode, String coreThemeName, Map<MilestoneState, Long> counts, long total) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Overview(Scope scope, @Nullable Integer year, LocalDate asOf, List<ThemeCounts> themes,
                    Map<MilestoneState, Long> counts, long total) {
    }
}
