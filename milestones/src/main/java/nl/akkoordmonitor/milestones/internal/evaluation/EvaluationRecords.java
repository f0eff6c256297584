package nl.akkoordmonitor.milestones.internal.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.akkoordmonitor.agreements.AgreementLevel;
import nl.akkoordmonitor.milestones.EvaluationStatus;
import nl.akkoordmonitor.milestones.Rating;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

final class EvaluationRecords {

    private EvaluationRecords() {
    }

    @Serdeable
    record OpenRequest(@NotNull @Min(2000) @Max(2100) Integer year) {
    }

    /** One theme's part; the theme is named by its code. */
    @Serdeable
    record ThemeInput(@NotBlank String coreThemeCode,
                      @Schema(type = "string") @Nullable Rating rating,
                      @Nullable @Size(max = 8000) String findings,
                      @Nullable @Size(max = 8000) String lessons,
                      @Nullable @Size(max = 8000) String steeringActions) {
    }

    /** The content of an evaluation; themes not listed keep what they had. */
    @Serdeable
    record EditRequest(@NotNull Long version,
                       @Nullable @Size(max = 8000) String generalConclusion,
                       @Nullable List<@Valid ThemeInput> themes) {
    }

    /** Submit, return or accept what you read: the version guards against acting on a changed evaluation. */
    @Serdeable
    record TransitionRequest(@NotNull Long version, @Nullable @Size(max = 4000) String reason) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ThemeView(long coreThemeId, String coreThemeCode, String coreThemeName, @Schema(type = "string") @Nullable Rating rating,
                     @Nullable String findings, @Nullable String lessons, @Nullable String steeringActions) {
        static ThemeView of(EvaluationThemeEntity e) {
            return new ThemeView(e.coreThemeId(), e.coreThemeCode(), e.coreThemeName(), e.rating(), e.findings(), e.lessons(),
                    e.steeringActions());
        }
    }

    /** One step of the workflow: who, when, why. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record TransitionView(@Schema(type = "string") @Nullable EvaluationStatus from, EvaluationStatus to, String username, long userId,
                          @Nullable Long organisationId, Instant at, @Nullable String reason) {
        static TransitionView of(EvaluationTransitionEntity e) {
            return new TransitionView(e.fromStatus(), e.toStatus(), e.username(), e.userId(), e.actorOrganisationId(),
                    e.occurredAt(), e.reason());
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record EvaluationView(long id, long agreementId, int year, AgreementLevel level, long ownerOrganisationId,
                          long reviewerOrganisationId, EvaluationStatus status, @Nullable String generalConclusion,
                          LocalDate deadline, @Nullable LocalDate firstSubmittedOn, @Nullable Boolean submittedOnTime,
                          @Nullable Instant submittedAt, @Nullable Instant returnedAt, @Nullable Instant acceptedAt,
                          long version, List<ThemeView> themes, List<TransitionView> history) {
    }

    @Serdeable
    record DeadlineRequest(@NotNull LocalDate deadline, @Nullable Long version) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record DeadlineView(int year, LocalDate deadline, boolean configured, @Nullable Long version) {
    }
}
