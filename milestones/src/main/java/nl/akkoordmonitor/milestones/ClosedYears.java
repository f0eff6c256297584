package nl.akkoordmonitor.milestones;

/**
 * Which years are closed. A year of an agreement is closed once its yearly evaluation is accepted:
 * progress reports dated in it, the owner's measurements of it and spending in it no longer
 * change, until the reviewer reopens the year with a reason. Other modules that cannot depend on
 * milestones learn of it through {@link nl.akkoordmonitor.agreements.AgreementYearClosed}.
 */
public interface ClosedYears {

    /** Whether the year of the agreement is closed. */
    boolean isClosed(long agreementId, int year);

    /** Whether an organisation's year is closed: one of its agreements' evaluations of that year is accepted. */
    boolean isClosedFor(long organisationId, int year);
}
