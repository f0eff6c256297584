package nl.akkoordmonitor.agreements.internal.agreement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import nl.akkoordmonitor.agreements.AgreementLevel;
import nl.akkoordmonitor.agreements.AgreementStatus;

import java.time.Instant;
import java.time.LocalDate;

@MappedEntity(value = "agreement", schema = "agreements")
record AgreementEntity(@Id @GeneratedValue @Nullable Long id,
                       AgreementLevel level,
                       String title,
                       long ownerId,
                       @Nullable Long parentId,
                       @Nullable Long nationalId,
                       int firstYear,
                       int lastYear,
                       AgreementStatus status,
                       @Nullable LocalDate signedOn,
                       @Nullable LocalDate closedOn,
                       @Version @Nullable Long version,
                       @DateCreated @Nullable Instant createdAt,
                       @Nullable Long predecessorId,
                       @Nullable Long carriedFromId,
                       @Nullable Long izaRegionId) {

    /** A new draft. */
    static AgreementEntity draft(AgreementLevel level, String title, long ownerId, @Nullable Long parentId, @Nullable Long nationalId,
                                 int firstYear, int lastYear, @Nullable Long predecessorId, @Nullable Long carriedFromId,
                                 @Nullable Long izaRegionId) {
        return new AgreementEntity(null, level, title, ownerId, parentId, nationalId, firstYear, lastYear, AgreementStatus.DRAFT,
                null, null, null, null, predecessorId, carriedFromId, izaRegionId);
    }

    AgreementEntity withDetails(String newTitle, int newFirstYear, int newLastYear, long clientVersion) {
        return new AgreementEntity(id, level, newTitle, ownerId, parentId, nationalId, newFirstYear, newLastYear, status,
                signedOn, closedOn, clientVersion, createdAt, predecessorId, carriedFromId, izaRegionId);
    }

    AgreementEntity signed(LocalDate on) {
        return new AgreementEntity(id, level, title, ownerId, parentId, nationalId, firstYear, lastYear,
                AgreementStatus.ACTIVE, on, closedOn, version, createdAt, predecessorId, carriedFromId, izaRegionId);
    }

    AgreementEntity closed(LocalDate on) {
        return new AgreementEntity(id, level, title, ownerId, parentId, nationalId, firstYear, lastYear,
                AgreementStatus.CLOSED, signedOn, on, version, createdAt, predecessorId, carriedFromId, izaRegionId);
    }
}
