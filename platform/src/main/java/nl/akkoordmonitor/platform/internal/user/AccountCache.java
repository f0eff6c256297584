package nl.akkoordmonitor.platform.internal.user;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.platform.security.Role;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * What the token check needs to know of an account, remembered for a few seconds. Token
 * validation runs on the HTTP event loop, so it should not read the database on every request.
 * The user service forgets an account as soon as it changes it; another server sharing the
 * database sees a change within {@link #REMEMBER_SECONDS} seconds.
 */
@Singleton
class AccountCache {

    static final long REMEMBER_SECONDS = 15;
    private static final long REMEMBER_NANOS = TimeUnit.SECONDS.toNanos(REMEMBER_SECONDS);

    record Account(boolean enabled, Role role, @Nullable Long organisationId, long readAt) {
    }

    private final UserRepository users;
    private final Map<Long, Account> accounts = new ConcurrentHashMap<>();

    AccountCache(UserRepository users) {
        this.users = users;
    }

    Optional<Account> get(long userId) {
        long now = System.nanoTime();
        Account known = accounts.get(userId);
        if (known != null && now - known.readAt() < REMEMBER_NANOS) {
            return Optional.of(known);
        }
        Optional<Account> read = users.findById(userId)
                .map(u -> new Account(u.enabled(), u.role(), u.organisationId(), now));
        read.ifPresentOrElse(a -> accounts.put(userId, a), () -> accounts.remove(userId));
        return read;
    }

    void forget(long userId) {
        accounts.remove(userId);
    }
}
