package nl.akkoordmonitor.web.internal.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import nl.akkoordmonitor.agreements.Organisation;
import nl.akkoordmonitor.platform.security.Role;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the user pages show: accounts as the {@code /users} API answers them, and the organisations to choose from. */
public final class Accounts {

    private Accounts() {
    }

    /** An account as {@code /users} answers it, with the failed logins counted against it. */
    @Serdeable
    public record UserView(long id, String username, Role role, @Nullable Long organisationId, boolean enabled, long version,
                           Instant createdAt, int failedLogins, @Nullable Instant loginBlockedUntil) {

        /** Failed logins make its next login wait or lock it: an administrator can lift that. */
        public boolean loginBlocked() {
            return loginBlockedUntil != null;
        }
    }

    /** The organisations a role can act for, grouped as the select list shows them. */
    public record Choices(List<Organisation> ministry, List<Organisation> regions, List<Organisation> municipalities) {
        public Map<Long, String> names() {
            Map<Long, String> names = new HashMap<>();
            ministry.forEach(o -> names.put(o.id(), o.name()));
            regions.forEach(o -> names.put(o.id(), o.name()));
            municipalities.forEach(o -> names.put(o.id(), o.name()));
            return names;
        }
    }
}
