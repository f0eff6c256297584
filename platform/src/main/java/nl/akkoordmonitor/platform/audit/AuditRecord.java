package nl.akkoordmonitor.platform.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * One stored audit event, as the history and audit endpoints show it. The values before and
 * after are the JSON text that was recorded.
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
                          @Nullable String before,
                          @Nullable String after,
                          @Nullable String reason) {
}
