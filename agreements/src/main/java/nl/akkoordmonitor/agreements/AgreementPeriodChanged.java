package nl.akkoordmonitor.agreements;

/**
 * An agreement's period changed. Published inside the transaction that changes it, so that
 * modules keeping a copy of the period update it with the change.
 */
public record AgreementPeriodChanged(long agreementId, int firstYear, int lastYear) {
}
