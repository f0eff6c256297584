package nl.akkoordmonitor.agreements;

import io.micronaut.core.annotation.Introspected;

/**
 * A year of an agreement was closed (its yearly evaluation was accepted) or opened again (the
 * reviewer reopened it with a reason). Published by the milestones module inside the transaction
 * that makes the change, so that modules holding data for that year (spending) keep a copy of
 * the closed years and refuse changes to them. Defined here because every module depends on the
 * agreements module and none on milestones.
 */
@Introspected
public record AgreementYearClosed(long agreementId, long ownerId, int year, boolean closed) {
}
