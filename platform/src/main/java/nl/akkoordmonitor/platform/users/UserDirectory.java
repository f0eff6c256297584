package nl.akkoordmonitor.platform.users;

import io.micronaut.core.annotation.Nullable;
import nl.akkoordmonitor.platform.security.Role;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Who the enabled users are and whom they act for, for modules that address people (the
 * notifications module). It never exposes a password or its hash.
 */
public interface UserDirectory {

    /**
     * A user account as other modules see it.
     *
     * @param id             the user's id
     * @param username       the login name
     * @param role           the user's role
     * @param organisationId the organisation the user acts for; null for an administrator
     * @param enabled        whether the user may log in
     */
    record UserRef(long id, String username, Role role, @Nullable Long organisationId, boolean enabled) {
    }

    Optional<UserRef> find(long userId);

    Optional<UserRef> findByUsername(String username);

    /** The enabled users acting for any of these organisations, in one query. */
    List<UserRef> enabledUsersOf(Collection<Long> organisationIds);

    /** The enabled users with one of these roles, in one query. */
    List<UserRef> enabledUsersWithRole(Collection<Role> roles);
}
