package nl.akkoordmonitor.platform.internal.user;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

    FirstAdminBootstrap(UserService service, PasswordHasher hasher,
                        @Value("${akkoordmonitor.admin.username:admin}") String username,
                        @Nullable @Value("${akkoordmonitor.admin.initial-password:}") String configuredPassword) {
        this.service = service;
        this.hasher = hasher;
        this.username = username;
        this.configuredPassword = configuredPassword;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        boolean generated = configuredPassword == null || configuredPassword.isBlank();
        String password = generated ? hasher.generatePassword() : configuredPassword;
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
}
