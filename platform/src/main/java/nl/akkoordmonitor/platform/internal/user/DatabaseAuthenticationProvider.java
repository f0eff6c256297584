package nl.akkoordmonitor.platform.internal.user;

import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.platform.security.Actor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Checks a username and password against the user table; runs on the blocking executor. */
@Singleton
class DatabaseAuthenticationProvider<B> implements HttpRequestExecutorAuthenticationProvider<B> {

    private final UserRepository users;
    private final PasswordHasher hasher;

    DatabaseAuthenticationProvider(UserRepository users, PasswordHasher hasher) {
        this.users = users;
        this.hasher = hasher;
    }

    @Override
    public @NonNull AuthenticationResponse authenticate(@Nullable HttpRequest<B> requestContext,
                                                        @NonNull AuthenticationRequest<String, String> authRequest) {
        String username = normalise(authRequest.getIdentity());
        Optional<UserEntity> user = users.findByUsername(username);
        // An unknown name costs the same bcrypt verification as a known one, so the time of the
        // answer does not tell which usernames exist.
        String hash = user.map(UserEntity::passwordHash).orElseGet(hasher::unknownUserHash);
        boolean matches = hasher.matches(String.valueOf(authRequest.getSecret()), hash);
        if (user.isEmpty() || !matches) {
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        if (!user.get().enabled()) {
            return AuthenticationResponse.failure(AuthenticationFailureReason.USER_DISABLED);
        }
        UserEntity u = user.get();
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(Actor.CLAIM_USER_ID, u.id());
        attributes.put(Actor.CLAIM_ROLE, u.role().name());
        attributes.put(CurrentAccountClaimsValidator.CLAIM_TOKEN_VERSION, u.tokenVersion());
        if (u.organisationId() != null) {
            attributes.put(Actor.CLAIM_ORGANISATION_ID, u.organisationId());
        }
        return AuthenticationResponse.success(u.username(), List.of(u.role().name()), attributes);
    }

    static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
