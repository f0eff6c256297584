package nl.akkoordmonitor.app.access;

import jakarta.inject.Singleton;
import nl.akkoordmonitor.app.support.AgreementFixtures;
import nl.akkoordmonitor.app.support.AgreementFixtures.LocalAgreement;
import nl.akkoordmonitor.app.support.AgreementFixtures.NationalAgreement;
import nl.akkoordmonitor.app.support.AgreementFixtures.RegionalAgreement;
import nl.akkoordmonitor.app.support.ApiResponse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Agreements and what hangs under them (adoptions, commitments, parties, history). The data:
 * a signed national frame, the signed regional agreement of GGD Amsterdam and a draft local
 * agreement of Amsterdam. The GGD of Amsterdam may read that draft (it advises) but not change
 * it: 403. Users who may not even read the draft (Rotterdam, Amstelveen, another GGD) get 404,
 * the same answer as for an id that does not exist, so for them a change is refused with 403 or
 * 404. Active agreements are readable by everyone, so changing another organisation's active
 * agreement is a plain 403.
 */
@Singleton
class AgreementAccessCases implements AccessCaseProvider {

    @Override
    public List<AccessCase> cases(AccessWorld world) {
        AgreementFixtures fixtures = new AgreementFixtures(world.api);
        NationalAgreement national = fixtures.nationalAgreement().withThemes(3, 1).signed();
        RegionalAgreement region = fixtures.regionalAgreement("GG3406").under(national).signed();
        LocalAgreement draft = fixtures.localAgreement("GM0363").under(region)
                .withCommitment(national.bindingThemes().get(0)).draft();
        String amsterdam = draft.ownerToken();
        ApiResponse read = world.api.get(amsterdam, "/agreements/" + draft.id());
        String title = (String) read.get("title");
        long version = ((Number) read.get("version")).longValue();
        AgreementFixtures.Commitment commitment = draft.commitments().get(0);
        @SuppressWarnings("unchecked")
        Map<String, Object> adoption = world.api.get(amsterdam, "/agreements/" + draft.id() + "/adoptions").items().get(0);
        long commitmentVersion = ((Number) world.api.get(amsterdam, "/commitments/" + commitment.id()).get("version")).longValue();
        String ambition = (String) adoption.get("ambition");
        ApiResponse party = world.api.post(amsterdam, "/agreements/" + draft.id() + "/parties",
                Map.of("organisationId", world.ggdAmsterdam, "role", "ADVISER"));
        if (party.status() != 201) {
            throw new AssertionError("Could not add the GGD as adviser: " + party);
        }
        AgreementFixtures.Theme nationalTheme = national.themes().get(0);

        String agreement = "/agreements/" + draft.id();
        List<AccessCase> cases = new ArrayList<>();

        // The audit log follows the same lines: another region's municipality's draft stays out of sight.
        RegionalAgreement rijnmond = fixtures.regionalAgreement("GG4607").under(national).signed();
        LocalAgreement rotterdamDraft = fixtures.localAgreement("GM0599").under(rijnmond).draft();
        String rotterdamTitle = (String) world.api.get(rotterdamDraft.ownerToken(), "/agreements/" + rotterdamDraft.id()).get("title");
        String rotterdamLog = "/audit?entity=agreement&entityId=" + rotterdamDraft.id();
        cases.add(AccessCase.filteredRead("find another region's draft in the audit log", rotterdamLog)
                .by("GGD Amsterdam", world.ggd(world.ggdAmsterdam))
                .ownedBy("GGD Rotterdam-Rijnmond, its adviser", world.ggd(world.ggdRotterdam)).hiding(rotterdamTitle));
        cases.add(AccessCase.filteredRead("find another municipality's draft in the audit log", rotterdamLog)
                .by("Amsterdam", world.municipality(world.amsterdam))
                .ownedBy("Rotterdam", rotterdamDraft.ownerToken()).hiding(rotterdamTitle));

        Map<String, String> outsiders = Map.of(
                "Rotterdam", world.municipality(world.rotterdam),
                "Amstelveen (same region)", world.municipality(world.amstelveen),
                "GGD Rotterdam-Rijnmond", world.ggd(world.ggdRotterdam));
        outsiders.forEach((who, token) -> {
            cases.add(AccessCase.read("read another municipality's draft", agreement)
                    .by(who, token).ownedBy("Amsterdam", amsterdam).hiding(title));
            cases.add(AccessCase.read("read the themes of another municipality's draft", agreement + "/adoptions")
                    .by(who, token).ownedBy("Amsterdam", amsterdam).hiding(ambition));
            cases.add(AccessCase.read("read the commitments of another municipality's draft", agreement + "/commitments")
                    .by(who, token).ownedBy("Amsterdam", amsterdam).hiding(commitment.title()));
            cases.add(AccessCase.read("read a commitment of another municipality's draft", "/commitments/" + commitment.id())
                    .by(who, token).ownedBy("Amsterdam", amsterdam).hiding(commitment.title()));
            cases.add(AccessCase.read("read the parties of another municipality's draft", agreement + "/parties")
                    .by(who, token).ownedBy("Amsterdam", amsterdam));
            cases.add(AccessCase.read("read the history of another municipality's draft", agreement + "/history")
                    .by(who, token).ownedBy("Amsterdam", amsterdam).hiding(title));
            cases.add(AccessCase.filteredRead("list another municipality's agreements",
                            "/agreements?owner=" + world.amsterdam + "&size=1000")
                    .by(who, token).ownedBy("Amsterdam", amsterdam).hiding(title));
            // Changes to a draft the outsider cannot see: 403 or 404, and never applied.
            cases.add(AccessCase.write("change another municipality's draft", "PUT", agreement,
                    Map.of("title", "Overgenomen", "firstYear", draft.firstYear(), "lastYear", draft.lastYear(), "version", version))
                    .refusedWith(403, 404).by(who, token).hiding(title));
            cases.add(AccessCase.write("sign another municipality's draft", "POST", agreement + "/sign", Map.of())
                    .refusedWith(403, 404).by(who, token).hiding(title));
        });

        String ggd = world.ggd(world.ggdAmsterdam);
        String adviser = "GGD Amsterdam (reads, does not own)";
        Map<String, Object> commitmentBody = new HashMap<>(AgreementFixtures.commitmentBody("Overgenomen actie",
                world.amsterdam, draft.firstYear(), draft.lastYear()));
        commitmentBody.put("version", commitmentVersion);
        cases.addAll(List.of(
                AccessCase.write("change a municipality's draft", "PUT", agreement,
                                Map.of("title", "Aangepast door Amsterdam", "firstYear", draft.firstYear(), "lastYear", draft.lastYear(), "version", version))
                        .by(adviser, ggd).ownedBy("Amsterdam", amsterdam),
                AccessCase.write("sign a municipality's draft", "POST", agreement + "/sign", Map.of())
                        .by(adviser, ggd),
                AccessCase.write("adopt a theme in a municipality's draft", "POST", agreement + "/adoptions",
                                Map.of("coreThemeId", national.optionalThemes().get(0).id(), "ambition", "Een ambitie"))
                        .by(adviser, ggd).ownedBy("Amsterdam", amsterdam),
                AccessCase.write("change an adoption in a municipality's draft", "PUT", agreement + "/adoptions/" + adoption.get("id"),
                                Map.of("ambition", "Een andere ambitie", "version", adoption.get("version")))
                        .by(adviser, ggd).ownedBy("Amsterdam", amsterdam),
                AccessCase.write("add a commitment to a municipality's draft", "POST",
                                agreement + "/adoptions/" + commitment.adoptionId() + "/commitments",
                                AgreementFixtures.commitmentBody("Nieuwe actie", world.amsterdam, draft.firstYear(), draft.lastYear()))
                        .by(adviser, ggd).ownedBy("Amsterdam", amsterdam),
                AccessCase.write("change a commitment of a municipality", "PUT", "/commitments/" + commitment.id(), commitmentBody)
                        .by(adviser, ggd).ownedBy("Amsterdam", amsterdam),
                AccessCase.write("add a party to a municipality's draft", "POST", agreement + "/parties",
                                Map.of("organisationId", world.amsterdam, "role", "SIGNATORY"))
                        .by(adviser, ggd).ownedBy("Amsterdam", amsterdam),
                AccessCase.write("change a party of a municipality's draft", "PUT", agreement + "/parties/" + party.id(),
                                Map.of("role", "EXECUTOR", "version", party.get("version")))
                        .by(adviser, ggd).ownedBy("Amsterdam", amsterdam),
                AccessCase.write("create an agreement for another municipality", "POST", "/agreements",
                                Map.of("level", "LOCAL", "title", "Lokaal akkoord van een ander", "ownerId", world.amsterdam,
                                        "parentId", region.id(), "firstYear", region.firstYear(), "lastYear", region.lastYear()))
                        .by("Rotterdam", world.municipality(world.rotterdam)).ownedBy("Amsterdam", amsterdam),
                AccessCase.write("change another region's active agreement", "PUT", "/agreements/" + region.id(),
                                Map.of("title", "Overgenomen", "firstYear", region.firstYear(), "lastYear", region.lastYear(),
                                        "version", 1, "reason", "poging"))
                        .by("GGD Rotterdam-Rijnmond", world.ggd(world.ggdRotterdam)),
                AccessCase.write("close another region's active agreement", "POST", "/agreements/" + region.id() + "/close",
                                Map.of("reason", "poging"))
                        .by("GGD Rotterdam-Rijnmond", world.ggd(world.ggdRotterdam)),
                AccessCase.write("adopt a theme in the region's agreement", "POST", "/agreements/" + region.id() + "/adoptions",
                                Map.of("coreThemeId", national.optionalThemes().get(0).id(), "ambition", "Een ambitie", "reason", "poging"))
                        .by("Amsterdam", world.municipality(world.amsterdam)),
                AccessCase.write("add a core theme to the national agreement", "POST", "/agreements/" + national.id() + "/core-themes",
                                Map.of("code", "X-" + draft.id(), "name", "Eigen thema", "binding", true, "reason", "poging"))
                        .by("GGD Amsterdam", ggd),
                AccessCase.write("change a core theme of the national agreement", "PUT",
                                "/agreements/" + national.id() + "/core-themes/" + nationalTheme.id(),
                                Map.of("name", "Overgenomen thema", "binding", false, "version", 0, "reason", "poging"))
                        .by("GGD Amsterdam", ggd)));
        return cases;
    }
}
