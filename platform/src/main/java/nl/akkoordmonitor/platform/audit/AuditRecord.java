package nl.akkoordmonitor.platform.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/**
 * One stored audit event, as the history and audit endpoints show it. The values before and
 * after are what was recorded, as JSON objects in the answer (a {@code Map} in Java).
 */
@Serdeable
public record AuditRecord(long id,
                          Instant occurredAt,
                          @Nullable Long userId,
                          @Nullable String username,
                          @Nullable Long organisationId,
                          @Nullable Long agreementId,
                          String entity,
                          @Nullable String entityId,
                          String action,
                          @Schema(type = "object", description = "The thing as it was before the change; absent for a creation")
                          @Nullable Object before,
                          @Schema(type = "object", description = "The thing as it was after the change; absent for a removal")
                          @Nullable Object after,
                          @Nullable String reason) {
}
