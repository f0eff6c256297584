package nl.akkoordmonitor.financing;

import nl.akkoordmonitor.platform.security.Actor;

/** The SiSa accounting of an organisation, for the financing API and the SiSa workbook alike. */
public interface SisaStatements {

    /**
     * The statement of the organisation for year T; 404 when the actor may not read its money.
     * Only earmarked money from the national government whose period includes T is accounted for.
     */
    SisaStatement statement(Actor actor, long organisationId, int year);
}
