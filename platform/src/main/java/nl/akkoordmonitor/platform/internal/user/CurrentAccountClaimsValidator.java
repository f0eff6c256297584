package nl.akkoordmonitor.platform.internal.user;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.platform.security.Actor;

import java.util.Objects;

/**
 * Accepts a token only while the account it was issued to is still enabled and still has the role
 * and organisation written in it. Without this check a disabled user, or one moved to another
 * municipality, would keep acting with the old rights until the token expires (8 hours).
 * A token also ends when the account's token version moved on (a new password).
 * The account is read through {@link AccountCache}, not from the database on every reading request:
 * every server forgets a changed account when the change's notice reaches it (AccountChangeNotifications),
 * within milliseconds; a request that changes something reads the account from the database.
 */
@Singleton
class CurrentAccountClaimsValidator<T> implements GenericJwtClaimsValidator<T> {

    /** The claim with the account's token version at login. */
    static final String CLAIM_TOKEN_VERSION = "tv";
    private static final long CLOCK_SKEW_SECONDS = 60;

    private final AccountCache accounts;
    private final String issuer;

    CurrentAccountClaimsValidator(AccountCache accounts, @Value("${micronaut.application.name}") String issuer) {
        this.accounts = accounts;
        this.issuer = issuer;
    }

    @Override
    public boolean validate(Claims claims, @Nullable T request) {
        if (!wellFormed(claims)) {
            return false;
        }
        if (!(claims.get(Actor.CLAIM_USER_ID) instanceof Number userId) || !(claims.get(CLAIM_TOKEN_VERSION) instanceof Number version)) {
            return false;
        }
        Long organisation = claims.get(Actor.CLAIM_ORGANISATION_ID) instanceof Number n ? n.longValue() : null;
        // A request that changes something asks the database itself: then no server acts for an
        // account that another server disabled a moment ago, however late the notice of it comes.
        AccountCache.Account account = changes(request) ? accounts.fresh(userId.longValue()) : accounts.get(userId.longValue());
        return account != null && account.enabled() && account.tokenVersion() == version.longValue()
                && account.role().name().equals(claims.get(Actor.CLAIM_ROLE))
                && Objects.equals(account.organisationId(), organisation);
    }

    private static boolean changes(@Nullable Object request) {
        if (request instanceof HttpRequest<?> http) {
            HttpMethod method = http.getMethod();
            return method != HttpMethod.GET && method != HttpMethod.HEAD && method != HttpMethod.OPTIONS;
        }
        return false;
    }

    /**
     * Only tokens as this server issues them: with an expiry, a not-before that has come and this
     * issuer. Micronaut checks exp and nbf only when present; a token without them would never end.
     */
    private boolean wellFormed(Claims claims) {
        long now = System.currentTimeMillis() / 1000;
        Long exp = seconds(claims.get(Claims.EXPIRATION_TIME));
        Long nbf = seconds(claims.get(Claims.NOT_BEFORE));
        return exp != null && exp > now && nbf != null && nbf <= now + CLOCK_SKEW_SECONDS
                && issuer.equals(claims.get(Claims.ISSUER));
    }

    private static Long seconds(Object value) {
        if (value instanceof Number n) {
            return n.longValue();
        }
        if (value instanceof java.util.Date d) {
            return d.getTime() / 1000;
        }
        if (value instanceof java.time.Instant i) {
            return i.getEpochSecond();
        }
        return null;
    }
}
