package nl.akkoordmonitor.platform.internal.user;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import io.micronaut.context.exceptions.ConfigurationException;
import nl.akkoordmonitor.platform.problem.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * On a database without users, creates the first administrator. Its password comes from
 * {@code akkoordmonitor.admin.initial-password} (env AKKOORDMONITOR_ADMIN_PASSWORD, see application.yml) or is
 * generated and printed once, so no password is ever built into the product.
 */
@Singleton
class FirstAdminBootstrap {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdminBootstrap.class);

    private final UserService service;
    private final PasswordHasher hasher;
    private final String username;
    private final String configuredPassword;

    private final PasswordPolicy policy;

    FirstAdminBootstrap(UserService service, PasswordHasher hasher, PasswordPolicy policy,
                        @Value("${akkoordmonitor.admin.username:admin}") String username,
                        @Nullable @Value("${akkoordmonitor.admin.initial-password:}") String configuredPassword) {
        this.service = service;
        this.hasher = hasher;
        this.policy = policy;
        this.username = username;
        this.configuredPassword = configuredPassword;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        boolean generated = configuredPassword == null || configuredPassword.isBlank();
        String password = generated ? hasher.generatePassword() : configuredPassword;
        if (!generated) {
            refuseWeak(password);
        }
        if (service.createFirstAdmin(username, password)) {
            if (generated) {
                LOG.warn("""

                        ============================================================
                        No users existed, so the first administrator was created.
                          username: {}
                          password: {}
                        This password is shown only once. Log in with POST /login.
                        ============================================================""", username, password);
            } else {
                LOG.info("No users existed; created administrator '{}' with the configured initial password.", username);
            }
        }
    }

    /**
     * A configured first password must meet the same policy as every other: the start stops with
     * one line for the operator that says what to change. It is checked also when users exist
     * already (and it is not used), so that a weak setting never goes unnoticed.
     */
    private void refuseWeak(String password) {
        List<String> broken = policy.check(username, password, null).stream().map(Violation::rule).toList();
        if (!broken.isEmpty()) {
            throw new ConfigurationException("AKKOORDMONITOR_ADMIN_PASSWORD is refused (" + String.join(", ", broken)
                    + "): choose at least " + PasswordPolicy.MINIMUM_LENGTH + " characters, without the username '" + username
                    + "', not one of the 10,000 most common passwords and not a run such as 123456789012, or leave it unset"
                    + " to have one generated.");
        }
    }
}
