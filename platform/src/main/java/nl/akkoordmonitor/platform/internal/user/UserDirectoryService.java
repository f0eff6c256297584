package nl.akkoordmonitor.platform.internal.user;

import jakarta.inject.Singleton;
import nl.akkoordmonitor.platform.security.Role;
import nl.akkoordmonitor.platform.users.UserDirectory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@Singleton
class UserDirectoryService implements UserDirectory {

    private final UserRepository users;

    UserDirectoryService(UserRepository users) {
        this.users = users;
    }

    @Override
    public Optional<UserRef> find(long userId) {
        return users.findById(userId).map(UserDirectoryService::ref);
    }

    @Override
    public Optional<UserRef> findByUsername(String username) {
        return users.findByUsername(DatabaseAuthenticationProvider.normalise(username)).map(UserDirectoryService::ref);
    }

    @Override
    public List<UserRef> enabledUsersOf(Collection<Long> organisationIds) {
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        return users.findByEnabledTrueAndOrganisationIdInList(organisationIds).stream().map(UserDirectoryService::ref).toList();
    }

    @Override
    public List<UserRef> enabledUsersWithRole(Collection<Role> roles) {
        if (roles.isEmpty()) {
            return List.of();
        }
        return users.findByEnabledTrueAndRoleInList(roles).stream().map(UserDirectoryService::ref).toList();
    }

    private static UserRef ref(UserEntity e) {
        return new UserRef(e.id(), e.username(), e.role(), e.organisationId(), e.enabled());
    }
}
