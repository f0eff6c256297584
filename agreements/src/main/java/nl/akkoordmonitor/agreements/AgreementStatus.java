package nl.akkoordmonitor.agreements;

/** Lifecycle of an agreement: DRAFT, then ACTIVE once signed, then CLOSED. */
public enum AgreementStatus {
    DRAFT, ACTIVE, CLOSED
}
