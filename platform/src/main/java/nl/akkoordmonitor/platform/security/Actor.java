package nl.akkoordmonitor.platform.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;

import java.util.Map;

/**
 * The user on whose behalf a request runs. Controllers take the {@link Authentication} that
 * Micronaut Security binds and turn it into an Actor with {@link #of(Authentication)}; services
 * decide on scope with it.
 *
 * @param userId         the user's id
 * @param username       the login name
 * @param role           the user's one role
 * @param organisationId the organisation the user acts for; null for {@link Role#ADMIN}
 */
public record Actor(long userId, String username, Role role, @Nullable Long organisationId) {

    public static final String CLAIM_USER_ID = "userId";
    public static final String CLAIM_ORGANISATION_ID = "organisationId";
    public static final String CLAIM_ROLE = "role";

    public static Actor of(Authentication authentication) {
        Map<String, Object> attributes = authentication.getAttributes();
        Role role = Role.valueOf(String.valueOf(attributes.get(CLAIM_ROLE)));
        Object org = attributes.get(CLAIM_ORGANISATION_ID);
        return new Actor(((Number) attributes.get(CLAIM_USER_ID)).longValue(), authentication.getName(), role,
                org == null ? null : ((Number) org).longValue());
    }

    /** VWS and ADMIN see the whole country. */
    public boolean isNational() {
        return role == Role.VWS || role == Role.ADMIN;
    }

    public boolean actsFor(Long organisation) {
        return organisationId != null && organisationId.equals(organisation);
    }
}
