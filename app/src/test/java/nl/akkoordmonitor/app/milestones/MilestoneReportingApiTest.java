package nl.akkoordmonitor.app.milestones;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.akkoordmonitor.agreements.Scope;
import nl.akkoordmonitor.app.milestones.AgreementWorld.Agreement;
import nl.akkoordmonitor.app.milestones.AgreementWorld.Place;
import nl.akkoordmonitor.app.support.ApiResponse;
import nl.akkoordmonitor.app.support.IntegrationTest;
import nl.akkoordmonitor.milestones.EvaluationReporting;
import nl.akkoordmonitor.milestones.EvaluationRow;
import nl.akkoordmonitor.milestones.IndicatorReporting;
import nl.akkoordmonitor.milestones.IndicatorRow;
import nl.akkoordmonitor.milestones.Judgement;
import nl.akkoordmonitor.milestones.MilestoneReporting;
import nl.akkoordmonitor.milestones.MilestoneRow;
import nl.akkoordmonitor.milestones.MilestoneState;
import nl.akkoordmonitor.milestones.MilestoneStateCount;
import nl.akkoordmonitor.milestones.ProgressEntry;
import nl.akkoordmonitor.milestones.ProgressResult;
import nl.akkoordmonitor.milestones.ProgressStatus;
import nl.akkoordmonitor.milestones.Rating;
import nl.akkoordmonitor.platform.security.Actor;
import nl.akkoordmonitor.platform.security.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static nl.akkoordmonitor.app.milestones.IndicatorCatalogueApiTest.indicator;
import static nl.akkoordmonitor.app.milestones.IndicatorCatalogueApiTest.measurement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The public API the reporting module reads and writes through, on 1 May 2026. */
@MicronautTest(transactional = false)
class MilestoneReportingApiTest extends IntegrationTest {

    @Inject
    MilestoneReporting milestones;
    @Inject
    EvaluationReporting evaluationReporting;
    @Inject
    IndicatorReporting indicators;

    private AgreementWorld world;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("akkoordmonitor.clock.fixed-instant", "2026-05-01T10:00:00Z");
    }

    @BeforeAll
    void world() {
        world = new AgreementWorld(api);
    }

    @Test
    void aBulkRecordingIsAllOrNothingAndIdempotent() {
        Place place = world.freshMunicipality();
        Agreement agreement = world.activeLocal(place, 2024, 2026);
        String user = world.municipality(place);
        long first = milestone(user, agreement.commitment(), "Eerste", "2026-06-30");
        long second = milestone(user, agreement.commitment(), "Tweede", "2026-09-30");
        Actor actor = new Actor(-1, "upload-" + place.municipalityCode(), Role.MUNICIPALITY, place.municipalityId());
        LocalDate april = LocalDate.of(2026, 4, 30);

        ProgressResult refused = milestones.recordProgress(actor, List.of(
                new ProgressEntry(first, april, ProgressStatus.ON_TRACK, 40, "Goed op weg", "file-1:row-2"),
                new ProgressEntry(second, april, ProgressStatus.ACHIEVED, 70, "Bijna", "file-1:row-3")));
        assertFalse(refused.stored());
        assertEquals(1, refused.problems().size());
        assertEquals(1, refused.problems().get(0).index());
        assertEquals("ACHIEVED_NOT_COMPLETE", refused.problems().get(0).rule());
        assertEquals(0, reportCount(user, first));

        List<ProgressEntry> good = List.of(
                new ProgressEntry(first, april, ProgressStatus.ON_TRACK, 40, "Goed op weg", "file-2:row-2"),
                new ProgressEntry(second, april, ProgressStatus.AT_RISK, 20, "Wethouder vertrokken", "file-2:row-3"));
        ProgressResult stored = milestones.recordProgress(actor, good);
        assertTrue(stored.stored(), stored.toString());
        assertEquals(2, stored.created());
        ProgressResult again = milestones.recordProgress(actor, good);
        assertEquals(0, again.created());
        assertEquals(2, again.alreadyRecorded());
        assertEquals(1, reportCount(user, first));
        assertEquals("AT_RISK", ((Map<?, ?>) api.get(user, "/milestones/" + second).get("milestone")).get("state"));

        Place other = world.freshMunicipalityOutside(place.regionCode());
        Actor stranger = new Actor(-2, "upload-" + other.municipalityCode(), Role.MUNICIPALITY, other.municipalityId());
        ProgressResult foreign = milestones.recordProgress(stranger, List.of(
                new ProgressEntry(first, april, ProgressStatus.CANCELLED, 0, null, "x"),
                new ProgressEntry(987654321L, april, ProgressStatus.CANCELLED, 0, null, "y")));
        assertEquals(List.of("NOT_YOUR_MILESTONE", "NOT_YOUR_MILESTONE"), foreign.problems().stream().map(p -> p.rule()).toList());
        assertEquals(1, reportCount(user, first));
    }

    @Test
    void milestoneRowsAndCountsForAScopeAndYearAgreeWithTheApi() {
        Place place = world.freshMunicipality();
        Agreement agreement = world.activeLocal(place, 2024, 2026);
        String user = world.municipality(place);
        long overdue = milestone(user, agreement.commitment(), "Te laat", "2026-02-28");
        long reported = milestone(user, agreement.commitment(), "Gemeld", "2026-08-31");
        milestone(user, agreement.commitment(), "Vorig jaar", "2025-11-30");
        api.post(user, "/milestones/" + reported + "/reports", MilestoneSteps.report("2026-04-01", "AT_RISK", 35, "Wachtlijst"));

        List<MilestoneRow> rows = new ArrayList<>();
        milestones.forEachMilestone(Scope.municipality(place.municipalityId()), 2026, rows::add);
        assertEquals(List.of(overdue, reported), rows.stream().map(MilestoneRow::id).toList());
        assertEquals(MilestoneState.OVERDUE, rows.get(0).state());
        assertEquals("Wachtlijst", rows.get(1).latestNarrative());
        assertEquals(35, rows.get(1).percentComplete());
        assertEquals(agreement.theme(), rows.get(1).coreThemeCode());

        List<MilestoneStateCount> counts = milestones.countsByThemeAndState(Scope.municipality(place.municipalityId()), null);
        ApiResponse overview = api.get(user, "/milestones/overview");
        long total = counts.stream().mapToLong(MilestoneStateCount::count).sum();
        assertEquals(((Number) overview.get("total")).longValue(), total);
        assertEquals(3, total);
    }

    @Test
    void evaluationAndIndicatorRowsCarryRatingsAndJudgements() {
        Place place = world.freshMunicipality();
        Agreement agreement = world.activeLocal(place, 2024, 2026);
        String user = world.municipality(place);
        Evaluations evaluations = new Evaluations(api);
        long evaluation = evaluations.opened(user, agreement.id(), 2025);
        evaluations.fillIn(user, evaluation, "AMBER");
        evaluations.submit(user, evaluation);

        List<EvaluationRow> rows = evaluationReporting.rows(Scope.municipality(place.municipalityId()), 2025, null);
        assertEquals(1, rows.size());
        assertEquals(agreement.id(), rows.get(0).agreementId());
        assertEquals(false, rows.get(0).onTime(), "submitted on 1 May 2026, after 1 April");
        assertEquals(agreement.commitments().size(), rows.get(0).ratings().size());
        assertTrue(rows.get(0).ratings().stream().allMatch(r -> r.rating() == Rating.AMBER));
        assertEquals(1, evaluationReporting.completeness(Scope.municipality(place.municipalityId()), 2025).late());

        String vws = world.vws();
        long indicator = api.post(vws, "/indicators", indicator("WELLBEING", "HIGHER_IS_BETTER", "OUTCOME")).id();
        api.post(user, "/agreements/" + agreement.id() + "/indicator-targets", Map.of("indicatorId", indicator,
                "baselineValue", "70", "baselineYear", 2022, "targetValue", "80", "targetYear", 2032));
        api.post(user, "/indicators/" + indicator + "/measurements", measurement(place.municipalityId(), 2024, "72"));
        api.post(user, "/indicators/" + indicator + "/measurements", measurement(place.municipalityId(), 2026, "71"));

        List<IndicatorRow> in2025 = indicators.indicatorRows(Scope.municipality(place.municipalityId()), 2025);
        assertEquals(1, in2025.size());
        assertEquals(2024, in2025.get(0).measuredYear());
        assertEquals(Judgement.ON_COURSE, in2025.get(0).judgement());
        assertEquals(Judgement.OFF_COURSE, indicators.indicatorRows(Scope.municipality(place.municipalityId()), 2026).get(0).judgement());
        assertEquals(Judgement.NO_DATA, indicators.indicatorRows(Scope.municipality(place.municipalityId()), 2023).get(0).judgement());
        assertTrue(indicators.indicatorRows(Scope.region(place.regionId()), 2025).stream().anyMatch(r -> r.agreementId() == agreement.id()));
    }

    private long milestone(String token, long commitmentId, String title, String dueDate) {
        return new MilestoneSteps(api).planned(token, commitmentId, title, dueDate);
    }

    private int reportCount(String token, long milestone) {
        return ((List<?>) api.get(token, "/milestones/" + milestone).get("reports")).size();
    }
}
