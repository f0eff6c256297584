package nl.akkoordmonitor.platform.internal.user;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.platform.message.Message;
import nl.akkoordmonitor.platform.problem.Violation;
import nl.akkoordmonitor.platform.security.OrganisationDirectory;
import nl.akkoordmonitor.platform.security.Role;

import java.util.ArrayList;
import java.util.List;

/**
 * A user acts for the organisation its role needs: an administrator for none, VWS for the
 * ministry, a GGD user for a GGD region, a municipality user for a municipality.
 */
@Singleton
class RoleOrganisationPolicy {

    static final String RULE = "ROLE_ORGANISATION";
    private static final String FIELD = "/organisationId";

    private final OrganisationDirectory organisations;

    RoleOrganisationPolicy(OrganisationDirectory organisations) {
        this.organisations = organisations;
    }

    List<Violation> check(Role role, @Nullable Long organisationId) {
        List<Violation> violations = new ArrayList<>();
        String expectedType = role.organisationType();
        if (expectedType == null) {
            if (organisationId != null) {
                violations.add(new Violation(RULE, FIELD, Message.of("ROLE_ORGANISATION.none", role)));
            }
            return violations;
        }
        if (organisationId == null) {
            violations.add(new Violation(RULE, FIELD, Message.of("ROLE_ORGANISATION.missing", role, expectedType)));
            return violations;
        }
        organisations.find(organisationId).ifPresentOrElse(org -> {
            if (!expectedType.equals(org.type())) {
                violations.add(new Violation(RULE, FIELD, Message.of("ROLE_ORGANISATION.wrong-type", org.id(), org.name(),
                        org.type(), role, expectedType)));
            }
        }, () -> violations.add(new Violation(RULE, FIELD, Message.of("ROLE_ORGANISATION.unknown", organisationId))));
        return violations;
    }
}
