package nl.akkoordmonitor.agreements;

/**
 * A commitment's period changed. Published inside the transaction that changes it, so that
 * modules keeping a copy of the period update it with the change, or refuse the change by
 * throwing a problem (for example because money is allocated to a year that falls out).
 */
public record CommitmentPeriodChanged(long commitmentId, long agreementId, int firstYear, int lastYear) {
}
