package nl.akkoordmonitor.milestones.internal.evaluation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;
import nl.akkoordmonitor.agreements.AgreementLevel;
import nl.akkoordmonitor.milestones.EvaluationStatus;

import java.time.Instant;
import java.time.LocalDate;

@Serdeable
@MappedEntity(value = "evaluation", schema = "milestones")
record EvaluationEntity(@Id @GeneratedValue @Nullable Long id,
                        long agreementId,
                        int year,
                        AgreementLevel level,
                        long ownerOrganisationId,
                        long reviewerOrganisationId,
                        @Nullable Long ggdRegionId,
                        EvaluationStatus status,
                        @Nullable String generalConclusion,
                        @Nullable Instant firstSubmittedAt,
                        @Nullable LocalDate firstSubmittedOn,
                        @Nullable Instant submittedAt,
                        @Nullable Instant returnedAt,
                        @Nullable Instant acceptedAt,
                        @Version @Nullable Long version) {

    EvaluationEntity withConclusion(@Nullable String conclusion, long expectedVersion) {
        return new EvaluationEntity(id, agreementId, year, level, ownerOrganisationId, reviewerOrganisationId, ggdRegionId, status,
                conclusion, firstSubmittedAt, firstSubmittedOn, submittedAt, returnedAt, acceptedAt, expectedVersion);
    }

    EvaluationEntity submitted(Instant at, LocalDate on, long expectedVersion) {
        return new EvaluationEntity(id, agreementId, year, level, ownerOrganisationId, reviewerOrganisationId, ggdRegionId,
                EvaluationStatus.SUBMITTED, generalConclusion, firstSubmittedAt == null ? at : firstSubmittedAt,
                firstSubmittedOn == null ? on : firstSubmittedOn, at, returnedAt, acceptedAt, expectedVersion);
    }

    EvaluationEntity returned(Instant at, long expectedVersion) {
        return new EvaluationEntity(id, agreementId, year, level, ownerOrganisationId, reviewerOrganisationId, ggdRegionId,
                EvaluationStatus.RETURNED, generalConclusion, firstSubmittedAt, firstSubmittedOn, submittedAt, at, acceptedAt, expectedVersion);
    }

    /** Back to draft when the reviewer reopens the closed year; when it was accepted stays readable in the history. */
    EvaluationEntity reopened(long expectedVersion) {
        return new EvaluationEntity(id, agreementId, year, level, ownerOrganisationId, reviewerOrganisationId, ggdRegionId,
                EvaluationStatus.DRAFT, generalConclusion, firstSubmittedAt, firstSubmittedOn, submittedAt, returnedAt, acceptedAt, expectedVersion);
    }

    EvaluationEntity accepted(Instant at, long expectedVersion) {
        return new EvaluationEntity(id, agreementId, year, level, ownerOrganisationId, reviewerOrganisationId, ggdRegionId,
                EvaluationStatus.ACCEPTED, generalConclusion, firstSubmittedAt, firstSubmittedOn, submittedAt, returnedAt, at, expectedVersion);
    }
}
