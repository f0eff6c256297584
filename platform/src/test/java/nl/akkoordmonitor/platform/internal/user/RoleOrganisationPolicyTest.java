package nl.akkoordmonitor.platform.internal.user;

import nl.akkoordmonitor.platform.problem.Violation;
import nl.akkoordmonitor.platform.security.OrganisationDirectory;
import nl.akkoordmonitor.platform.security.Role;
import nl.akkoordmonitor.platform.message.Messages;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoleOrganisationPolicyTest {

    private static final Map<Long, OrganisationDirectory.OrganisationRef> ORGANISATIONS = Map.of(
            1L, new OrganisationDirectory.OrganisationRef(1, "MINISTRY", "VWS", null),
            2L, new OrganisationDirectory.OrganisationRef(2, "GGD_REGION", "GGD Amsterdam", null),
            3L, new OrganisationDirectory.OrganisationRef(3, "MUNICIPALITY", "Amsterdam", 2L));

    private final RoleOrganisationPolicy policy = new RoleOrganisationPolicy(new OrganisationDirectory() {
        @Override
        public Optional<OrganisationRef> find(long id) {
            return Optional.ofNullable(ORGANISATIONS.get(id));
        }

        @Override
        public List<Long> municipalitiesOf(long ggdRegionId) {
            return List.of();
        }
    });

    private static final Messages MESSAGES = Messages.of("platform");

    @Test
    void eachRoleActsForItsKindOfOrganisation() {
        assertTrue(policy.check(Role.ADMIN, null).isEmpty());
        assertTrue(policy.check(Role.VWS, 1L).isEmpty());
        assertTrue(policy.check(Role.GGD, 2L).isEmpty());
        assertTrue(policy.check(Role.MUNICIPALITY, 3L).isEmpty());
    }

    @Test
    void refusesAWrongMissingOrUnknownOrganisation() {
        assertRefused(policy.check(Role.ADMIN, 3L), "hoort bij geen organisatie");
        assertRefused(policy.check(Role.GGD, null), "van het type GGD_REGION nodig");
        assertRefused(policy.check(Role.GGD, 3L), "is van het type MUNICIPALITY");
        assertRefused(policy.check(Role.MUNICIPALITY, 99L), "geen organisatie met id 99");
    }

    private static void assertRefused(List<Violation> violations, String message) {
        assertEquals(1, violations.size(), violations.toString());
        assertEquals("/organisationId", violations.get(0).field());
        assertTrue(MESSAGES.dutch(violations.get(0).message()).contains(message), violations.toString());
    }
}
