package nl.akkoordmonitor.platform.internal.user;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.akkoordmonitor.platform.security.Role;

import java.time.Instant;

/** Request and answer bodies of the user endpoints. None of them ever carries a password hash. */
final class UserRecords {

    private UserRecords() {
    }

    @Serdeable
    record CreateUserRequest(
            @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "{validation.username}") String username,
            @NotBlank @Size(min = 12, max = 200, message = "{validation.password.length}") String password,
            @NotNull Role role,
            @Nullable Long organisationId) {
    }

    /** What an administrator may change of an account; the username stays, the password is the user's own. */
    @Serdeable
    record UpdateUserRequest(@NotNull Role role,
                             @Nullable Long organisationId,
                             @NotNull Boolean enabled,
                             @NotNull(message = "{validation.version}") Long version) {
    }

    @Serdeable
    record ChangePasswordRequest(@NotBlank String currentPassword,
                                 @NotBlank @Size(min = 12, max = 200, message = "{validation.password.length}") String newPassword) {
    }

    /**
     * An account. {@code failedLogins} counts failed logins in a row; while {@code loginBlockedUntil}
     * lies ahead, logins wait or are locked (an administrator can unlock them).
     */
    @Serdeable
    record UserView(long id, String username, Role role, @Nullable Long organisationId, boolean enabled, long version, Instant createdAt,
                    int failedLogins, @Nullable Instant loginBlockedUntil) {

        static UserView of(UserEntity e, LoginThrottle.AccountState login) {
            return new UserView(e.id(), e.username(), e.role(), e.organisationId(), e.enabled(), e.version(), e.createdAt(),
                    login.failures(), login.blockedUntil());
        }
    }

    /** The values of an account as the audit log records them: never the password or its hash. */
    @Serdeable
    record AuditedUser(String username, Role role, @Nullable Long organisationId, boolean enabled) {

        static AuditedUser of(UserEntity e) {
            return new AuditedUser(e.username(), e.role(), e.organisationId(), e.enabled());
        }
    }
}
