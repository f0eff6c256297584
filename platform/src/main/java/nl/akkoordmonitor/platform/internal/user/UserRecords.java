package nl.akkoordmonitor.platform.internal.user;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.akkoordmonitor.platform.security.Role;

import java.time.Instant;

final class UserRecords {

    private UserRecords() {
    }

    @Serdeable
    record CreateUserRequest(
            @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "may hold only letters, digits and . _ @ -") String username,
            @NotBlank @Size(min = 12, max = 200, message = "must be 12 to 200 characters long") String password,
            @NotNull Role role,
            @Nullable Long organisationId) {
    }

    @Serdeable
    record UserView(long id, String username, Role role, @Nullable Long organisationId, boolean enabled, Instant createdAt) {

        static UserView of(UserEntity e) {
            return new UserView(e.id(), e.username(), e.role(), e.organisationId(), e.enabled(), e.createdAt());
        }
    }
}
