package nl.akkoordmonitor.platform.internal.user;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.platform.security.Role;
import nl.akkoordmonitor.platform.security.UserAccounts;

/** {@link UserAccounts} on top of the {@link UserService}: the same rules, hashing and audit as an administrator's request. */
@Singleton
class UserAccountsService implements UserAccounts {

    private final UserService users;

    UserAccountsService(UserService users) {
        this.users = users;
    }

    @Override
    @Transactional
    public boolean createIfAbsent(String username, String password, Role role, @Nullable Long organisationId, String reason) {
        if (users.findByUsername(username) != null) {
            return false;
        }
        users.create(null, new UserRecords.CreateUserRequest(username, password, role, organisationId), reason);
        return true;
    }
}
