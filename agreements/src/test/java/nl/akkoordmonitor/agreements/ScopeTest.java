package nl.akkoordmonitor.agreements;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one scope of every module: its SQL condition and which scope lies inside which. */
class ScopeTest {

    private static final long REGION = 7;
    private static final long OTHER_REGION = 8;
    private static final long MUNICIPALITY = 70;

    @Test
    void theCountryFiltersNothingAndBindsNothing() {
        Scope country = Scope.national();

        assertEquals("TRUE", country.sqlCondition("m.ggd_region_id", "m.owner_organisation_id"));
        assertEquals(List.of(), country.sqlParameters());
    }

    @Test
    void aRegionFiltersOnTheRegionColumnAndAMunicipalityOnTheOwnerColumn() {
        assertEquals("m.ggd_region_id = ?", Scope.region(REGION).sqlCondition("m.ggd_region_id", "m.owner_organisation_id"));
        assertEquals(List.of(REGION), Scope.region(REGION).sqlParameters());
        assertEquals("m.owner_organisation_id = ?", Scope.municipality(MUNICIPALITY).sqlCondition("m.ggd_region_id", "m.owner_organisation_id"));
        assertEquals(List.of(MUNICIPALITY), Scope.municipality(MUNICIPALITY).sqlParameters());
        assertEquals("s.recipient_id = p.id", Scope.municipality(MUNICIPALITY).sqlCondition("s.recipient_ggd_region_id", "s.recipient_id", "p.id"));
    }

    @Test
    void vwsSeesEveryScopeAGgdItsRegionAndItsMunicipalitiesAMunicipalityOnlyItself() {
        Scope region = Scope.region(REGION);
        Scope municipality = Scope.municipality(MUNICIPALITY);

        assertTrue(Scope.national().within(Scope.national(), null));
        assertTrue(municipality.within(Scope.national(), REGION));
        assertTrue(region.within(region, null));
        assertTrue(municipality.within(region, REGION));
        assertFalse(municipality.within(Scope.region(OTHER_REGION), REGION));
        assertFalse(Scope.national().within(region, null));
        assertTrue(municipality.within(municipality, REGION));
        assertFalse(Scope.municipality(71).within(municipality, REGION));
        assertFalse(region.within(municipality, null));
    }

    @Test
    void anAgreementBelongsToTheScopeOfItsOwner() {
        assertEquals(Scope.national(), Scope.of(agreement(AgreementLevel.NATIONAL, 1, null)));
        assertEquals(Scope.region(REGION), Scope.of(agreement(AgreementLevel.REGIONAL, REGION, REGION)));
        assertEquals(Scope.municipality(MUNICIPALITY), Scope.of(agreement(AgreementLevel.LOCAL, MUNICIPALITY, REGION)));
    }

    @Test
    void onlyTheCountryHasNoOrganisation() {
        assertThrows(IllegalArgumentException.class, () -> new Scope(Scope.Level.NATIONAL, 1L));
        assertThrows(IllegalArgumentException.class, () -> new Scope(Scope.Level.REGION, null));
    }

    private static AgreementSummary agreement(AgreementLevel level, long ownerId, Long regionId) {
        return new AgreementSummary(1, level, "Akkoord", ownerId, "Eigenaar", regionId, null, null, 1, 2024, 2026,
                AgreementStatus.ACTIVE, LocalDate.of(2024, 1, 1));
    }
}
