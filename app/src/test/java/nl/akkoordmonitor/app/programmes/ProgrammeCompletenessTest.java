package nl.akkoordmonitor.app.programmes;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.akkoordmonitor.app.support.AgreementFixtures;
import nl.akkoordmonitor.app.support.AgreementFixtures.LocalAgreement;
import nl.akkoordmonitor.app.support.AgreementFixtures.NationalAgreement;
import nl.akkoordmonitor.app.support.ApiResponse;
import nl.akkoordmonitor.app.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static nl.akkoordmonitor.app.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Evaluation completeness per programme: a municipality under GALA and AZWA at once is expected to
 * evaluate both agreements; each programme counts only its own, and both can be shown side by side.
 * GM0059 is used by no other test, so the counts are this test's alone.
 */
@MicronautTest(transactional = false)
class ProgrammeCompletenessTest extends IntegrationTest {

    private static final String MUNICIPALITY = "GM0059";

    private AgreementFixtures fixtures;
    private NationalAgreement gala;
    private NationalAgreement azwa;
    private LocalAgreement underGala;
    private LocalAgreement underAzwa;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("akkoordmonitor.clock.fixed-instant", "2025-10-01T10:00:00Z");
    }

    @BeforeAll
    void world() {
        fixtures = new AgreementFixtures(api);
        gala = fixtures.nationalAgreement().years(2023, 2026).signed();
        azwa = fixtures.nationalAgreement().years(2025, 2028).succeeding(gala).signed();
        underGala = fixtures.localAgreement(MUNICIPALITY).under(gala).years(2024, 2026).signed();
        underAzwa = fixtures.localAgreement(MUNICIPALITY).under(azwa).years(2025, 2028).signed();
    }

    @Test
    void eachProgrammeCountsOnlyTheAgreementsUnderItAndBothShowSideBySide() {
        String vws = fixtures.vwsToken();
        String where = "year=2025&municipality=" + MUNICIPALITY;
        assertEquals(2L, number(api.get(vws, "/evaluations/completeness?" + where).get("expected")));

        ApiResponse onlyGala = api.get(vws, "/evaluations/completeness?" + where + "&programme=" + gala.id());
        assertEquals(200, onlyGala.status(), onlyGala.toString());
        assertEquals(1L, number(onlyGala.get("expected")));
        assertEquals(1L, number(onlyGala.get("missing")));

        ApiResponse behind = api.get(vws, "/evaluations/completeness/EXPECTED?" + where + "&programme=" + azwa.id());
        assertEquals(List.of(underAzwa.id()), behind.items().stream().map(row -> number(row.get("agreementId"))).toList(), behind.toString());

        // The municipality itself sees its two programmes side by side, the same figures.
        for (String token : List.of(vws, fixtures.tokenFor(MUNICIPALITY))) {
            ApiResponse side = api.get(token, "/evaluations/completeness-per-programme?" + where);
            assertEquals(200, side.status(), side.toString());
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> programmes = (List<Map<String, Object>>) side.get("programmes");
            assertEquals(List.of(gala.id(), azwa.id()).stream().sorted().toList(),
                    programmes.stream().map(p -> number(p.get("programmeId"))).sorted().toList(), side.toString());
            for (Map<String, Object> programme : programmes) {
                assertTrue(!String.valueOf(programme.get("programmeTitle")).isBlank(), side.toString());
                @SuppressWarnings("unchecked")
                Map<String, Object> figures = (Map<String, Object>) programme.get("completeness");
                assertEquals(1L, number(figures.get("expected")), side.toString());
            }
        }
        assertTrue(underGala.id() != underAzwa.id());
    }

    @Test
    void aProgrammeIsASignedNationalAgreement() {
        String vws = fixtures.vwsToken();
        ApiResponse local = api.get(vws, "/evaluations/completeness?year=2025&programme=" + underGala.id());
        assertProblem(local, 404);
        assertTrue(local.toString().contains("landelijk akkoord"), local.toString());
        assertProblem(api.get(vws, "/evaluations/completeness/MISSING?year=2025&programme=999999999"), 404);
        NationalAgreement draft = fixtures.nationalAgreement().years(2025, 2028).draft();
        assertProblem(api.get(vws, "/evaluations/completeness?year=2025&programme=" + draft.id()), 404);
        assertProblem(api.get(vws, "/evaluations/completeness?year=2025&programme=GALA"), 400);
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
