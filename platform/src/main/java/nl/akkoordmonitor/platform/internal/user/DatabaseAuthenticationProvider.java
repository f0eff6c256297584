package nl.akkoordmonitor.platform.internal.user;

import io.micronaut.context.BeanProvider;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.platform.security.Actor;
import nl.akkoordmonitor.platform.security.ClientAddresses;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a username and password against the user table, behind the login throttle; runs on the
 * blocking executor. Every failure is counted (LoginThrottle) and audited with the client address.
 */
@Singleton
class DatabaseAuthenticationProvider<B> implements HttpRequestExecutorAuthenticationProvider<B> {

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final BeanProvider<LoginThrottle> throttle;
    private final BeanProvider<LoginAudit> audit;
    private final ClientAddresses clientAddresses;

    // The throttle and the audit are looked up on first use: Micronaut Security creates the
    // providers while the data layer itself is being set up, and they need its JdbcOperations.
    DatabaseAuthenticationProvider(UserRepository users, PasswordHasher hasher, BeanProvider<LoginThrottle> throttle,
                                   BeanProvider<LoginAudit> audit, ClientAddresses clientAddresses) {
        this.users = users;
        this.hasher = hasher;
        this.throttle = throttle;
        this.audit = audit;
        this.clientAddresses = clientAddresses;
    }

    @Override
    public @NonNull AuthenticationResponse authenticate(@Nullable HttpRequest<B> requestContext,
                                                        @NonNull AuthenticationRequest<String, String> authRequest) {
        String username = abbreviate(normalise(authRequest.getIdentity()));
        String clientAddress = clientAddresses.of(requestContext);
        Optional<UserEntity> user = users.findByUsername(username);
        // Refused before the password is looked at, the same way for names that exist and that do not.
        Optional<LoginThrottle.Block> block = throttle.get().blocked(username, clientAddress);
        if (block.isPresent()) {
            audit.get().failed(username, user.orElse(null), block.get().locked() ? "LOCKED" : "DELAYED", clientAddress);
            return new LoginThrottled(block.get());
        }
        // An unknown name costs the same bcrypt verification as a known one, so the time of the
        // answer does not tell which usernames exist.
        String hash = user.map(UserEntity::passwordHash).orElseGet(hasher::unknownUserHash);
        boolean matches = hasher.matches(String.valueOf(authRequest.getSecret()), hash);
        AuthenticationFailureReason refused = user.isEmpty() || !matches ? AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH
                : !user.get().enabled() ? AuthenticationFailureReason.USER_DISABLED : null;
        if (refused != null) {
            throttle.get().failed(username, clientAddress);
            audit.get().failed(username, user.orElse(null), refused.name(), clientAddress);
            return AuthenticationResponse.failure(refused);
        }
        throttle.get().succeeded(username);
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

    private static String abbreviate(String value) {
        return value.length() <= 100 ? value : value.substring(0, 100);
    }

    static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
