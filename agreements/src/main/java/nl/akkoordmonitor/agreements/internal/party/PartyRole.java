package nl.akkoordmonitor.agreements.internal.party;

/** The part an organisation plays in an agreement: signs it, leads it (trekker), carries it out, advises or pays. */
public enum PartyRole {
    SIGNATORY, COORDINATOR, EXECUTOR, ADVISER, FUNDER
}
