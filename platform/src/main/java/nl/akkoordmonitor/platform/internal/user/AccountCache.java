package nl.akkoordmonitor.platform.internal.user;

import io.micronaut.cache.annotation.CacheConfig;
import io.micronaut.cache.annotation.CacheInvalidate;
import io.micronaut.cache.annotation.CachePut;
import io.micronaut.cache.annotation.Cacheable;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.platform.security.Role;

/**
 * What the token check needs to know of an account, kept in the "accounts" cache (Micronaut Cache
 * with Caffeine, application.yml) because token validation runs on the HTTP event loop and should
 * not read the database on every request. A change to an account is forgotten only after its
 * transaction committed: forgetting it before would let a concurrent request cache the old row again.
 * Every other server on the database forgets it when the change's NOTIFY reaches it
 * (AccountChangeNotifications); the expiry ({@code micronaut.caches.accounts.expire-after-write})
 * is only the last resort, for a server that lost its listening connection for a moment.
 */
@Singleton
@CacheConfig("accounts")
class AccountCache {

    record Account(boolean enabled, Role role, @Nullable Long organisationId, long tokenVersion) {
    }

    /** Published in the transaction that changes an account. */
    record AccountChanged(long userId) {
    }

    private final UserRepository users;

    AccountCache(UserRepository users) {
        this.users = users;
    }

    @Cacheable
    @Nullable
    Account get(long userId) {
        return users.findById(userId).map(u -> new Account(u.enabled(), u.role(), u.organisationId(), u.tokenVersion())).orElse(null);
    }

    /** Reads the account from the database, bypassing the cache, and keeps what it read. */
    @CachePut(parameters = "userId")
    @Nullable
    Account fresh(long userId) {
        return users.findById(userId).map(u -> new Account(u.enabled(), u.role(), u.organisationId(), u.tokenVersion())).orElse(null);
    }

    @CacheInvalidate
    void forget(long userId) {
        // The annotation removes the entry.
    }

    @CacheInvalidate(all = true)
    void forgetAll() {
        // The annotation empties the cache.
    }

    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void afterCommit(AccountChanged changed) {
        forget(changed.userId());
    }
}
