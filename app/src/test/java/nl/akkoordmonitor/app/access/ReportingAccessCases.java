package nl.akkoordmonitor.app.access;

import jakarta.inject.Singleton;

import java.util.List;

/**
 * The steering report: a user asks for the report of a part of the country outside their own
 * (another municipality, another GGD region, the whole country) and is refused, while the owner
 * of that part gets it. The progress template has no scope to ask for (it is always the caller's
 * own organisation's) and is covered by the reporting module's own tests.
 */
@Singleton
class ReportingAccessCases implements AccessCaseProvider {

    @Override
    public List<AccessCase> cases(AccessWorld world) {
        String amsterdam = world.municipality(world.amsterdam);
        String ggdAmsterdam = world.ggd(world.ggdAmsterdam);
        String report = "/steering-reports/2025?scope=";
        return List.of(
                AccessCase.read("steering report of another municipality", report + "GM0363")
                        .by("Rotterdam", world.municipality(world.rotterdam)).ownedBy("Amsterdam", amsterdam),
                AccessCase.read("steering report of another municipality in the same region", report + "GM0363")
                        .by("Amstelveen", world.municipality(world.amstelveen)).ownedBy("Amsterdam", amsterdam),
                AccessCase.read("steering report of a municipality in another region", report + "GM0363")
                        .by("GGD Rotterdam-Rijnmond", world.ggd(world.ggdRotterdam)).ownedBy("Amsterdam", amsterdam),
                AccessCase.read("steering report of another GGD region", report + "GG3406")
                        .by("GGD Rotterdam-Rijnmond", world.ggd(world.ggdRotterdam)).ownedBy("GGD Amsterdam", ggdAmsterdam),
                AccessCase.read("steering report of another GGD region as a municipality", report + "GG4607")
                        .by("Amsterdam", amsterdam).ownedBy("GGD Rotterdam-Rijnmond", world.ggd(world.ggdRotterdam)),
                AccessCase.read("steering report of the country as a GGD", report + "NL")
                        .by("GGD Amsterdam", ggdAmsterdam).ownedBy("VWS", world.vws()),
                AccessCase.read("steering report of the country as a municipality", report + "NL")
                        .by("Amsterdam", amsterdam).ownedBy("VWS", world.vws()));
    }
}
