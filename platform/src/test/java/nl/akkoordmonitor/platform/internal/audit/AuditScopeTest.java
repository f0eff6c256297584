package nl.akkoordmonitor.platform.internal.audit;

import nl.akkoordmonitor.platform.problem.ForbiddenException;
import nl.akkoordmonitor.platform.security.Actor;
import nl.akkoordmonitor.platform.security.OrganisationDirectory;
import nl.akkoordmonitor.platform.security.Role;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditScopeTest {

    private static final long REGION = 10;
    private static final long MUNICIPALITY_IN_REGION = 11;
    private static final long OTHER_MUNICIPALITY = 21;

    private final OrganisationDirectory directory = new OrganisationDirectory() {
        @Override
        public Optional<OrganisationRef> find(long id) {
            return Optional.empty();
        }

        @Override
        public List<Long> municipalitiesOf(long ggdRegionId) {
            return ggdRegionId == REGION ? List.of(MUNICIPALITY_IN_REGION, 12L) : List.of();
        }
    };

    @Test
    void vwsAndAdministratorsSeeEverything() {
        assertTrue(AuditScope.of(new Actor(1, "vws", Role.VWS, 1L), directory).national());
        assertTrue(AuditScope.of(new Actor(2, "admin", Role.ADMIN, null), directory).national());
        assertDoesNotThrow(() -> AuditScope.of(new Actor(1, "vws", Role.VWS, 1L), directory).checkMayFilterOn(OTHER_MUNICIPALITY));
    }

    @Test
    void aMunicipalitySeesOnlyItself() {
        AuditScope scope = AuditScope.of(new Actor(3, "m", Role.MUNICIPALITY, MUNICIPALITY_IN_REGION), directory);

        assertFalse(scope.national());
        assertEquals(MUNICIPALITY_IN_REGION, scope.ownOrganisation());
        assertTrue(scope.advisedOrganisations().isEmpty());
        assertDoesNotThrow(() -> scope.checkMayFilterOn(MUNICIPALITY_IN_REGION));
        assertThrows(ForbiddenException.class, () -> scope.checkMayFilterOn(12L));
    }

    @Test
    void aGgdFollowsTheMunicipalitiesOfItsRegionOnly() {
        AuditScope scope = AuditScope.of(new Actor(4, "g", Role.GGD, REGION), directory);

        assertEquals(REGION, scope.ownOrganisation());
        assertEquals(List.of(MUNICIPALITY_IN_REGION, 12L), scope.advisedOrganisations());
        assertDoesNotThrow(() -> scope.checkMayFilterOn(MUNICIPALITY_IN_REGION));
        ForbiddenException refused = assertThrows(ForbiddenException.class, () -> scope.checkMayFilterOn(OTHER_MUNICIPALITY));
        assertTrue(refused.getMessage().contains(String.valueOf(OTHER_MUNICIPALITY)));
    }
}
