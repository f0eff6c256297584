package nl.akkoordmonitor.platform.internal.audit;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/**
 * What the caller asked for on GET /audit; every part is optional.
 *
 * @param from first day (Dutch time) of the period, inclusive
 * @param to   last day (Dutch time) of the period, inclusive
 */
record AuditFilter(@Nullable String entity,
                   @Nullable String entityId,
                   @Nullable Long organisation,
                   @Nullable Long user,
                   @Nullable String action,
                   @Nullable LocalDate from,
                   @Nullable LocalDate to) {
}
