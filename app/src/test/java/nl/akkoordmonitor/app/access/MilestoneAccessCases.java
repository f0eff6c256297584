package nl.akkoordmonitor.app.access;

import jakarta.inject.Singleton;
import nl.akkoordmonitor.app.support.AgreementFixtures;
import nl.akkoordmonitor.app.support.AgreementFixtures.LocalAgreement;
import nl.akkoordmonitor.app.support.AgreementFixtures.NationalAgreement;
import nl.akkoordmonitor.app.support.AgreementFixtures.RegionalAgreement;
import nl.akkoordmonitor.app.support.Api;
import nl.akkoordmonitor.app.support.ApiResponse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Milestones, progress reports, indicators, measurements, indicator targets, evaluations and their
 * deadlines. The data: a signed local agreement of Amsterdam (2027–2031) with a milestone, a
 * measurement, an indicator target and an evaluation per year in another state of the workflow,
 * and a draft local agreement of Amsterdam with a milestone. Active agreements are readable by
 * everyone, so changes under them are a plain 403; under the draft, users who may not read it get
 * 403 or 404. The GGD of Amsterdam reviews Amsterdam's evaluations but does not own its agreement;
 * Amsterdam owns it but does not review its own evaluation.
 */
@Singleton
class MilestoneAccessCases implements AccessCaseProvider {

    // Later than the agreements of the other providers: an owner has one ACTIVE agreement per level
    // in overlapping years, and signing ours must not close theirs.
    private static final int FIRST_YEAR = 2027;
    private static final int LAST_YEAR = 2031;

    @Override
    public List<AccessCase> cases(AccessWorld world) {
        Api api = world.api;
        String secret = UUID.randomUUID().toString().substring(0, 8);
        AgreementFixtures fixtures = new AgreementFixtures(api);
        NationalAgreement national = fixtures.nationalAgreement().years(FIRST_YEAR, LAST_YEAR).signed();
        RegionalAgreement region = fixtures.regionalAgreement("GG3406").under(national).years(FIRST_YEAR, LAST_YEAR).signed();
        LocalAgreement active = fixtures.localAgreement("GM0363").under(region).years(FIRST_YEAR, LAST_YEAR).signed();
        LocalAgreement draft = fixtures.localAgreement("GM0363").under(region).years(FIRST_YEAR, LAST_YEAR).withCommitment().draft();
        String amsterdam = active.ownerToken();
        String ggdAmsterdam = world.ggd(world.ggdAmsterdam);
        String vws = world.vws();
        String activeTitle = (String) api.get(amsterdam, "/agreements/" + active.id()).get("title");

        // Milestones and progress.
        long commitment = active.commitmentIds().get(0);
        String milestoneTitle = "Mijlpaal " + secret;
        ApiResponse milestone = created(api.post(amsterdam, "/commitments/" + commitment + "/milestones",
                Map.of("title", milestoneTitle, "dueDate", "2028-06-30")));
        String draftMilestoneTitle = "Conceptmijlpaal " + secret;
        ApiResponse draftMilestone = created(api.post(amsterdam, "/commitments/" + draft.commitmentIds().get(0) + "/milestones",
                Map.of("title", draftMilestoneTitle, "dueDate", "2028-06-30")));
        String milestonePath = "/milestones/" + milestone.id();
        Map<String, Object> milestoneChange = Map.of("title", "Aangepaste mijlpaal " + secret, "dueDate", "2028-09-30",
                "version", milestone.get("version"));
        Map<String, Object> progress = Map.of("reportDate", "2026-01-15", "status", "ON_TRACK", "percentComplete", 40,
                "narrative", "Voortgang " + secret);

        // Indicators, a measurement of Amsterdam and a target on its agreement.
        ApiResponse indicator = created(api.post(vws, "/indicators", indicator("ACCESS_" + secret.toUpperCase())));
        ApiResponse secondIndicator = created(api.post(vws, "/indicators", indicator("ACCESS2_" + secret.toUpperCase())));
        ApiResponse measurement = created(api.post(amsterdam, "/indicators/" + indicator.id() + "/measurements",
                Map.of("organisationId", world.amsterdam, "year", 2024, "value", "21.5")));
        ApiResponse target = created(api.post(amsterdam, "/agreements/" + active.id() + "/indicator-targets",
                target(indicator.id(), null)));
        created(api.post(amsterdam, "/agreements/" + draft.id() + "/indicator-targets", target(indicator.id(), null)));

        // One evaluation per workflow step, so that the owner's successful request of one case does not spoil another.
        String conclusion = "Conclusie " + secret;
        long toRead = opened(api, amsterdam, active.id(), 2027);
        Object readVersion = created(api.put(amsterdam, "/evaluations/" + toRead,
                Map.of("version", api.get(amsterdam, "/evaluations/" + toRead).get("version"), "generalConclusion", conclusion))).get("version");
        long toSubmit = opened(api, amsterdam, active.id(), 2028);
        Object submitVersion = filledIn(api, amsterdam, toSubmit).get("version");
        long toReturn = opened(api, amsterdam, active.id(), 2029);
        Object returnVersion = submitted(api, amsterdam, toReturn).get("version");
        long toAccept = opened(api, amsterdam, active.id(), 2030);
        Object acceptVersion = submitted(api, amsterdam, toAccept).get("version");

        List<AccessCase> cases = new ArrayList<>();
        String rotterdam = world.municipality(world.rotterdam);
        String amstelveen = world.municipality(world.amstelveen);
        String ggdRotterdam = world.ggd(world.ggdRotterdam);
        Map<String, String> outsiders = Map.of(
                "Rotterdam", rotterdam,
                "Amstelveen (same region)", amstelveen,
                "GGD Rotterdam-Rijnmond", ggdRotterdam);
        // The GGD of the region reads its municipalities' plans but does not write them.
        Map<String, String> nonOwners = new HashMap<>(outsiders);
        nonOwners.put("GGD Amsterdam (reviewer, not owner)", ggdAmsterdam);

        outsiders.forEach((who, token) -> {
            cases.add(AccessCase.read("read a milestone of another municipality's draft", "/milestones/" + draftMilestone.id())
                    .by(who, token).ownedBy("Amsterdam", amsterdam).hiding(draftMilestoneTitle));
            cases.add(AccessCase.read("read another municipality's unsubmitted evaluation", "/evaluations/" + toRead)
                    .by(who, token).ownedBy("Amsterdam", amsterdam).hiding(conclusion));
            cases.add(AccessCase.read("list another municipality's evaluations", "/agreements/" + active.id() + "/evaluations")
                    .by(who, token).ownedBy("Amsterdam", amsterdam).hiding(conclusion));
            cases.add(AccessCase.read("read the indicator targets of another municipality's draft",
                            "/agreements/" + draft.id() + "/indicator-targets")
                    .by(who, token).ownedBy("Amsterdam", amsterdam));
            cases.add(AccessCase.write("plan a milestone under another municipality's draft", "POST",
                            "/commitments/" + draft.commitmentIds().get(0) + "/milestones",
                            Map.of("title", "Overgenomen " + secret, "dueDate", "2028-03-31"))
                    .refusedWith(403, 404).by(who, token).hiding(draftMilestoneTitle));
            cases.add(AccessCase.write("record a measurement for another municipality", "POST",
                            "/indicators/" + indicator.id() + "/measurements",
                            Map.of("organisationId", world.amsterdam, "year", 2025, "value", "20.0"))
                    .by(who, token).ownedBy("Amsterdam", amsterdam));
            cases.add(AccessCase.write("correct another municipality's measurement", "PUT", "/measurements/" + measurement.id(),
                            Map.of("value", "19.0", "version", measurement.get("version")))
                    .by(who, token).ownedBy("Amsterdam", amsterdam));
            cases.add(AccessCase.read("drill into another municipality's completeness",
                            "/evaluations/completeness/EXPECTED?year=2028&municipality=GM0363")
                    .by(who, token).ownedBy("Amsterdam", amsterdam).hiding(activeTitle));
            cases.add(AccessCase.read("count another municipality's completeness", "/evaluations/completeness?year=2028&municipality=GM0363")
                    .by(who, token).ownedBy("Amsterdam", amsterdam));
            cases.add(AccessCase.read("overview of another municipality's milestones", "/milestones/overview?municipality=GM0363&year=2028")
                    .by(who, token).ownedBy("Amsterdam", amsterdam));
        });

        nonOwners.forEach((who, token) -> {
            cases.add(AccessCase.write("plan a milestone under another organisation's agreement", "POST",
                            "/commitments/" + commitment + "/milestones", Map.of("title", "Extra mijlpaal " + secret, "dueDate", "2028-03-31"))
                    .by(who, token).ownedBy("Amsterdam", amsterdam));
            cases.add(AccessCase.write("change another organisation's milestone", "PUT", milestonePath, milestoneChange)
                    .by(who, token).ownedBy("Amsterdam", amsterdam));
            cases.add(AccessCase.write("report progress on another organisation's milestone", "POST", milestonePath + "/reports", progress)
                    .by(who, token).ownedBy("Amsterdam", amsterdam));
            cases.add(AccessCase.write("set an indicator target on another organisation's agreement", "POST",
                            "/agreements/" + active.id() + "/indicator-targets", target(secondIndicator.id(), null))
                    .by(who, token).ownedBy("Amsterdam", amsterdam));
            cases.add(AccessCase.write("change another organisation's indicator target", "PUT", "/indicator-targets/" + target.id(),
                            target(indicator.id(), ((Number) target.get("version")).longValue()))
                    .by(who, token).ownedBy("Amsterdam", amsterdam));
            cases.add(AccessCase.write("open another organisation's evaluation", "POST", "/agreements/" + active.id() + "/evaluations",
                            Map.of("year", 2031))
                    .by(who, token).ownedBy("Amsterdam", amsterdam));
            cases.add(AccessCase.write("edit another organisation's evaluation", "PUT", "/evaluations/" + toRead,
                            Map.of("version", readVersion, "generalConclusion", "Overgenomen " + conclusion))
                    .by(who, token).ownedBy("Amsterdam", amsterdam));
            cases.add(AccessCase.write("submit another organisation's evaluation", "POST", "/evaluations/" + toSubmit + "/submit",
                            Map.of("version", submitVersion))
                    .by(who, token).ownedBy("Amsterdam", amsterdam));
        });

        // Returning and accepting is the reviewer's: the owner itself and other organisations are refused.
        Map<String, String> nonReviewers = new HashMap<>(outsiders);
        nonReviewers.put("Amsterdam (owner, not reviewer)", amsterdam);
        nonReviewers.forEach((who, token) -> {
            cases.add(AccessCase.write("return an evaluation one does not review", "POST", "/evaluations/" + toReturn + "/return",
                            Map.of("version", returnVersion, "reason", "Bevindingen ontbreken"))
                    .by(who, token).ownedBy("GGD Amsterdam (reviewer)", ggdAmsterdam));
            cases.add(AccessCase.write("accept an evaluation one does not review", "POST", "/evaluations/" + toAccept + "/accept",
                            Map.of("version", acceptVersion))
                    .by(who, token).ownedBy("GGD Amsterdam (reviewer)", ggdAmsterdam));
        });

        // A GGD sees its own region only.
        cases.add(AccessCase.read("drill into another region's completeness", "/evaluations/completeness/EXPECTED?year=2028&region=GG3406")
                .by("GGD Rotterdam-Rijnmond", ggdRotterdam).ownedBy("GGD Amsterdam", ggdAmsterdam).hiding(activeTitle));
        cases.add(AccessCase.read("drill into the region's completeness as a municipality",
                        "/evaluations/completeness/EXPECTED?year=2028&region=GG3406")
                .by("Amstelveen", amstelveen).ownedBy("GGD Amsterdam", ggdAmsterdam).hiding(activeTitle));
        // Without a scope a GGD gets its own region: another region's agreements are left out.
        cases.add(AccessCase.filteredRead("drill into completeness without a scope", "/evaluations/completeness/EXPECTED?year=2028")
                .by("GGD Rotterdam-Rijnmond", ggdRotterdam).ownedBy("VWS", vws).hiding(activeTitle));

        // The catalogue and the deadlines are national: VWS (and ADMIN) only.
        Map<String, String> local = Map.of("Amsterdam", amsterdam, "GGD Amsterdam", ggdAmsterdam);
        local.forEach((who, token) -> {
            cases.add(AccessCase.write("add an indicator to the national catalogue", "POST", "/indicators",
                            indicator(("OWN_" + who.replace(' ', '_') + "_" + secret).toUpperCase()))
                    .by(who, token).ownedBy("VWS", vws));
            Map<String, Object> change = indicator((String) indicator.get("code"));
            change.put("name", "Hernoemd " + who);
            change.put("version", indicator.get("version"));
            cases.add(AccessCase.write("change an indicator of the national catalogue", "PUT", "/indicators/" + indicator.id(), change)
                    .by(who, token));
            cases.add(AccessCase.write("set the evaluation deadline", "PUT", "/evaluation-deadlines/2090", Map.of("deadline", "2091-05-01"))
                    .by(who, token));
        });
        cases.add(AccessCase.write("change an indicator of the national catalogue", "PUT", "/indicators/" + secondIndicator.id(),
                        withVersion(indicator((String) secondIndicator.get("code")), secondIndicator.get("version")))
                .by("GGD Rotterdam-Rijnmond", ggdRotterdam).ownedBy("VWS", vws));
        cases.add(AccessCase.write("set the evaluation deadline", "PUT", "/evaluation-deadlines/2091", Map.of("deadline", "2092-05-01"))
                .by("GGD Rotterdam-Rijnmond", ggdRotterdam).ownedBy("VWS", vws));
        return ownerChecksLast(cases);
    }

    /**
     * A change succeeds for its owner only once (a second plan of the same year, a stale version),
     * so the owner repeats each change after the last intruder has been refused, and only once.
     */
    private static List<AccessCase> ownerChecksLast(List<AccessCase> cases) {
        Set<String> checked = new HashSet<>();
        List<AccessCase> refusals = new ArrayList<>();
        List<AccessCase> ownerChecked = new ArrayList<>();
        for (AccessCase c : cases) {
            if ("GET".equals(c.method()) || c.ownerToken() == null) {
                refusals.add(c);
            } else if (checked.add(c.method() + " " + c.path())) {
                ownerChecked.add(c);
            } else {
                refusals.add(new AccessCase(c.name(), c.method(), c.path(), c.body(), c.intruder(), c.intruderToken(),
                        c.refusedWith(), c.secrets(), null, null));
            }
        }
        refusals.addAll(ownerChecked);
        return refusals;
    }

    private static Map<String, Object> indicator(String code) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "Rokers " + code.toLowerCase());
        body.put("unit", "%");
        body.put("direction", "LOWER_IS_BETTER");
        body.put("source", "GGD_GEZONDHEIDSMONITOR");
        body.put("family", "RISK_FACTOR");
        return body;
    }

    private static Map<String, Object> withVersion(Map<String, Object> body, Object version) {
        body.put("version", version);
        return body;
    }

    private static Map<String, Object> target(long indicatorId, Long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("indicatorId", indicatorId);
        body.put("baselineValue", "22.0");
        body.put("baselineYear", 2022);
        body.put("targetValue", "15.0");
        body.put("targetYear", 2030);
        body.put("version", version);
        return body;
    }

    private static long opened(Api api, String token, long agreementId, int year) {
        return created(api.post(token, "/agreements/" + agreementId + "/evaluations", Map.of("year", year))).id();
    }

    /** Rates every theme GREEN with findings, so that the owner may submit it. */
    @SuppressWarnings("unchecked")
    private static ApiResponse filledIn(Api api, String token, long evaluationId) {
        ApiResponse current = api.get(token, "/evaluations/" + evaluationId);
        List<Map<String, Object>> themes = new ArrayList<>();
        for (Map<String, Object> theme : (List<Map<String, Object>>) current.get("themes")) {
            themes.add(Map.of("coreThemeCode", theme.get("coreThemeCode"), "rating", "GREEN", "findings", "Volgens plan"));
        }
        return created(api.put(token, "/evaluations/" + evaluationId,
                Map.of("version", current.get("version"), "generalConclusion", "Op koers", "themes", themes)));
    }

    private static ApiResponse submitted(Api api, String token, long evaluationId) {
        Object version = filledIn(api, token, evaluationId).get("version");
        return created(api.post(token, "/evaluations/" + evaluationId + "/submit", Map.of("version", version)));
    }

    private static ApiResponse created(ApiResponse response) {
        if (response.status() < 200 || response.status() >= 300) {
            throw new AssertionError("Could not set up the milestone cases: " + response);
        }
        return response;
    }
}
