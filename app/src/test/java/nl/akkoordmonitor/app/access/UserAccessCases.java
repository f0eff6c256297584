package nl.akkoordmonitor.app.access;

import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** User accounts belong to the administrator: nobody else lists, reads, creates or changes them. */
@Singleton
class UserAccessCases implements AccessCaseProvider {

    @Override
    public List<AccessCase> cases(AccessWorld world) {
        List<AccessCase> cases = new ArrayList<>();
        Map<String, String> others = Map.of(
                "a municipality", world.municipality(world.amsterdam),
                "the GGD of the same region", world.ggd(world.ggdAmsterdam),
                "VWS", world.vws());
        others.forEach((who, token) -> {
            AccessWorld.NewUser target = world.newUser("MUNICIPALITY", world.amsterdam);
            cases.add(AccessCase.read("read a user account", "/users/" + target.id())
                    .by(who, token).ownedBy("the administrator", world.admin()).hiding(target.username()));
            cases.add(AccessCase.read("list the user accounts", "/users")
                    .refusedWith(403).by(who, token).hiding(target.username()));
            cases.add(AccessCase.write("disable a user account", "PUT", "/users/" + target.id(),
                            Map.of("role", "MUNICIPALITY", "organisationId", world.amsterdam, "enabled", false, "version", 0))
                    .by(who, token).ownedBy("the administrator", world.admin()));
            String username = "made-by-" + UUID.randomUUID().toString().substring(0, 8);
            cases.add(AccessCase.write("create an administrator", "POST", "/users",
                            Map.of("username", username, "password", "long-enough-password", "role", "ADMIN"))
                    .by(who, token).ownedBy("the administrator", world.admin()));
        });
        return cases;
    }
}
