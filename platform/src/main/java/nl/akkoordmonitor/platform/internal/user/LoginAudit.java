package nl.akkoordmonitor.platform.internal.user;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthenticationFailed;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.event.LoginFailedEvent;
import io.micronaut.security.event.LoginSuccessfulEvent;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.platform.audit.AuditEntry;
import nl.akkoordmonitor.platform.audit.AuditLog;
import nl.akkoordmonitor.platform.security.Actor;

/**
 * Writes every login and every failed login to the audit log, as entity {@code user} with action
 * {@code LOGIN} or {@code LOGIN_FAILED}. Micronaut Security publishes the events synchronously
 * from POST /login, after the authentication provider ran on the blocking executor.
 */
@Singleton
class LoginAudit {

    private final AuditLog auditLog;
    private final UserService users;

    LoginAudit(AuditLog auditLog, UserService users) {
        this.auditLog = auditLog;
        this.users = users;
    }

    /** What a failed attempt is recorded with: the name that was tried and why it failed, never the password. */
    @Serdeable
    record FailedLogin(String username, String reason) {
    }

    @EventListener
    @Transactional
    void onLogin(LoginSuccessfulEvent event) {
        if (event.getSource() instanceof Authentication authentication) {
            Actor actor = Actor.of(authentication);
            auditLog.record(actor, AuditEntry.of(UserService.ENTITY, actor.userId(), "LOGIN").organisation(actor.organisationId()));
        }
    }

    @EventListener
    @Transactional
    void onLoginFailed(LoginFailedEvent event) {
        AuthenticationRequest<?, ?> request = event.getAuthenticationRequest();
        String tried = request == null || request.getIdentity() == null ? "" : String.valueOf(request.getIdentity());
        String reason = event.getSource() instanceof AuthenticationFailed failed ? failed.getReason().name() : "UNKNOWN";
        // The attempt is anonymous; it is filed under the account that was tried, when that exists,
        // so that the account's organisation sees attacks on its accounts.
        @Nullable UserEntity user = users.findByUsername(tried);
        auditLog.record(null, AuditEntry.of(UserService.ENTITY, user == null ? null : user.id(), "LOGIN_FAILED")
                .values(null, new FailedLogin(abbreviate(DatabaseAuthenticationProvider.normalise(tried)), reason))
                .organisation(user == null ? null : user.organisationId()));
    }

    private static String abbreviate(String value) {
        return value.length() <= 100 ? value : value.substring(0, 100);
    }
}
