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
 * municipality, would keep acting with the old rights until the token expires (8 hours). It costs
 * one primary-key lookup per request, which is cheap next to any request that reads data.
 */
@Singleton
class CurrentAccountClaimsValidator<T> implements GenericJwtClaimsValidator<T> {

    private final UserRepository users;

    CurrentAccountClaimsValidator(UserRepository users) {
        this.users = users;
    }

    @Override
    public boolean validate(Claims claims, @Nullable T request) {
        if (!(claims.get(Actor.CLAIM_USER_ID) instanceof Number userId)) {
            return false;
        }
        Long organisation = claims.get(Actor.CLAIM_ORGANISATION_ID) instanceof Number n ? n.longValue() : null;
        return users.findById(userId.longValue())
                .filter(UserEntity::enabled)
                .filter(u -> u.role().name().equals(claims.get(Actor.CLAIM_ROLE)))
                .filter(u -> Objects.equals(u.organisationId(), organisation))
                .isPresent();
    }
}
