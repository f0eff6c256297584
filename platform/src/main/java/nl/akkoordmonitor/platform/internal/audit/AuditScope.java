package nl.akkoordmonitor.platform.internal.audit;

import io.micronaut.core.annotation.Nullable;
import nl.akkoordmonitor.platform.message.Message;
import nl.akkoordmonitor.platform.problem.ForbiddenException;
import nl.akkoordmonitor.platform.security.Actor;
import nl.akkoordmonitor.platform.security.OrganisationDirectory;
import nl.akkoordmonitor.platform.security.Role;

import java.util.List;

/**
 * Which rows of the audit log a user may read. A row belongs to the organisation whose data
 * changed ({@code organisation_id}), not to the organisation of the person who changed it.
 * <ul>
 *   <li>VWS and ADMIN read every row.</li>
 *   <li>A MUNICIPALITY user reads the rows of its own municipality.</li>
 *   <li>A GGD user reads the rows of its own region and the rows of the municipalities in that
 *       region, because the GGD advises on and reviews their agreements and so follows their
 *       history. Rows about user accounts (entity {@code user}: changes and logins) stay the
 *       municipality's own business; the GGD does not see those.</li>
 *   <li>Rows without an organisation (the administrator's work, logins with an unknown
 *       username) are national.</li>
 * </ul>
 *
 * @param national             every row
 * @param ownOrganisation      the organisation whose rows are all readable
 * @param advisedOrganisations organisations whose rows are readable except those about user accounts
 */
record AuditScope(boolean national, @Nullable Long ownOrganisation, List<Long> advisedOrganisations) {

    /** The entity name of user accounts in the audit log. */
    static final String USER_ENTITY = "user";

    static AuditScope of(Actor actor, OrganisationDirectory organisations) {
        if (actor.isNational() || actor.organisationId() == null) {
            return new AuditScope(true, null, List.of());
        }
        List<Long> advised = actor.role() == Role.GGD ? organisations.municipalitiesOf(actor.organisationId()) : List.of();
        return new AuditScope(false, actor.organisationId(), advised);
    }

    /** Refuses a filter on an organisation the user may not follow, rather than answer an empty page. */
    void checkMayFilterOn(@Nullable Long organisation) {
        if (organisation == null || national || organisation.equals(ownOrganisation) || advisedOrganisations.contains(organisation)) {
            return;
        }
        throw new ForbiddenException(Message.of(advisedOrganisations.isEmpty() ? "AUDIT_OTHER_ORGANISATION"
                : "AUDIT_OTHER_ORGANISATION.region", organisation));
    }
}
