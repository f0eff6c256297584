package nl.akkoordmonitor.platform.internal.user;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.platform.security.Actor;

import java.util.Objects;

/**
 * Accepts a token only while the account it was issued to is still enabled and still has the role
 * and organisation written in it. Without this check a disabled user, or one moved to another
 * municipality, would keep acting with the old rights until the token expires (8 hours).
 * The account is read through {@link AccountCache}, not from the database on every request.
 */
@Singleton
class CurrentAccountClaimsValidator<T> implements GenericJwtClaimsValidator<T> {

    private final AccountCache accounts;

    CurrentAccountClaimsValidator(AccountCache accounts) {
        this.accounts = accounts;
    }

    @Override
    public boolean validate(Claims claims, @Nullable T request) {
        if (!(claims.get(Actor.CLAIM_USER_ID) instanceof Number userId)) {
            return false;
        }
        Long organisation = claims.get(Actor.CLAIM_ORGANISATION_ID) instanceof Number n ? n.longValue() : null;
        return accounts.get(userId.longValue())
                .filter(AccountCache.Account::enabled)
                .filter(a -> a.role().name().equals(claims.get(Actor.CLAIM_ROLE)))
                .filter(a -> Objects.equals(a.organisationId(), organisation))
                .isPresent();
    }
}
