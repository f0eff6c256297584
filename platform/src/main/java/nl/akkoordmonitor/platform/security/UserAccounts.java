package nl.akkoordmonitor.platform.security;

import io.micronaut.core.annotation.Nullable;

/** Creates user accounts for other modules (the demo), through the same service, hasher and audit log as {@code POST /users}. */
public interface UserAccounts {

    /**
     * Creates the account unless its username is taken.
     *
     * @param reason why it is created, written to the audit log
     * @return whether it was created
     */
    boolean createIfAbsent(String username, String password, Role role, @Nullable Long organisationId, String reason);
}
