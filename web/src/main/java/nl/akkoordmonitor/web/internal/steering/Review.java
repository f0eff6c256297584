package nl.akkoordmonitor.web.internal.steering;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import nl.akkoordmonitor.agreements.AgreementLevel;
import nl.akkoordmonitor.milestones.EvaluationRow;
import nl.akkoordmonitor.milestones.EvaluationStatus;
import nl.akkoordmonitor.milestones.Rating;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the review pages show: an evaluation as the API answers it, beside last year's. */
public final class Review {

    private Review() {
    }

    /** An evaluation as {@code GET /evaluations/{id}} answers it: the parts the review page shows. */
    @Serdeable
    public record Evaluation(long id, long agreementId, int year, AgreementLevel level, long ownerOrganisationId, EvaluationStatus status,
                             @Nullable String generalConclusion, LocalDate deadline, @Nullable LocalDate firstSubmittedOn,
                             @Nullable Boolean submittedOnTime, @Nullable Instant submittedAt, long version, List<Theme> themes,
                             List<Transition> history) {
    }

    @Serdeable
    public record Theme(String coreThemeCode, String coreThemeName, @Nullable Rating rating, @Nullable String findings,
                        @Nullable String lessons, @Nullable String steeringActions) {
    }

    @Serdeable
    public record Transition(@Nullable EvaluationStatus from, EvaluationStatus to, String username, Instant at, @Nullable String reason) {
    }

    /** One theme of this year's evaluation beside the same theme last year. */
    public record ThemePair(String name, Theme now, @Nullable Theme before) {
    }

    /** One line of the queue. */
    public record Waiting(EvaluationRow row, int year, LocalDate deadline) {
    }
}
