package nl.akkoordmonitor.app.access;

import jakarta.inject.Singleton;

import java.util.List;

/**
 * The audit log of an organisation is its own: a municipality reads only its own rows, a GGD
 * its region's and (except user accounts) its municipalities'. The secrets are usernames, which
 * the rows of account creation and login carry.
 */
@Singleton
class AuditAccessCases implements AccessCaseProvider {

    @Override
    public List<AccessCase> cases(AccessWorld world) {
        AccessWorld.NewUser rotterdammer = world.newUser("MUNICIPALITY", world.rotterdam);
        AccessWorld.NewUser amsterdammer = world.newUser("MUNICIPALITY", world.amsterdam);
        String rotterdamLog = "/audit?organisation=" + world.rotterdam + "&size=1000";
        String rotterdammersRows = "/audit?entity=user&entityId=" + rotterdammer.id();
        String amsterdammersRows = "/audit?entity=user&entityId=" + amsterdammer.id();
        return List.of(
                AccessCase.read("read another municipality's audit log", rotterdamLog).refusedWith(403)
                        .by("Amsterdam", world.municipality(world.amsterdam))
                        .ownedBy("Rotterdam", rotterdammer.token()).hiding(rotterdammer.username()),
                AccessCase.read("read the audit log of a municipality in another region", rotterdamLog).refusedWith(403)
                        .by("GGD Amsterdam", world.ggd(world.ggdAmsterdam))
                        .ownedBy("Rotterdam", rotterdammer.token()).hiding(rotterdammer.username()),
                AccessCase.read("read the audit log of another GGD region", "/audit?organisation=" + world.ggdRotterdam).refusedWith(403)
                        .by("GGD Amsterdam", world.ggd(world.ggdAmsterdam)),
                AccessCase.read("read a neighbouring municipality's audit log", "/audit?organisation=" + world.amsterdam).refusedWith(403)
                        .by("Amstelveen", world.municipality(world.amstelveen)),
                AccessCase.filteredRead("search another municipality's user in the audit log", rotterdammersRows)
                        .by("Amsterdam", world.municipality(world.amsterdam))
                        .ownedBy("Rotterdam", rotterdammer.token()).hiding(rotterdammer.username()),
                AccessCase.filteredRead("search the whole audit log", "/audit?size=1000")
                        .by("Amsterdam", world.municipality(world.amsterdam))
                        .ownedBy("Rotterdam", rotterdammer.token()).hiding(rotterdammer.username()),
                AccessCase.filteredRead("search a municipality's user accounts in the audit log", amsterdammersRows)
                        .by("GGD Amsterdam", world.ggd(world.ggdAmsterdam))
                        .ownedBy("Amsterdam", amsterdammer.token()).hiding(amsterdammer.username()));
    }
}
