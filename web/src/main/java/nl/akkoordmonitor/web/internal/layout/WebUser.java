package nl.akkoordmonitor.web.internal.layout;

import io.micronaut.core.annotation.Nullable;
import nl.akkoordmonitor.platform.security.Actor;
import nl.akkoordmonitor.platform.security.Role;
import nl.akkoordmonitor.platform.vocabulary.Vocabulary;

/**
 * The logged-in user of a page.
 *
 * @param actor            who acts, as the API sees it
 * @param organisationName the name of the organisation the user acts for; null for an administrator
 * @param token            the session's token, sent on to the API with every call
 */
public record WebUser(Actor actor, @Nullable String organisationName, String token) {

    public Role role() {
        return actor.role();
    }

    public String roleName() {
        return Vocabulary.label(actor.role());
    }
}
