package nl.akkoordmonitor.platform.internal.user;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import nl.akkoordmonitor.platform.security.Role;

import java.time.Instant;

@MappedEntity(value = "app_user", schema = "platform")
record UserEntity(@Id @GeneratedValue @Nullable Long id,
                  String username,
                  String passwordHash,
                  Role role,
                  @Nullable Long organisationId,
                  boolean enabled,
                  long tokenVersion,
                  @Version @Nullable Long version,
                  @DateCreated @Nullable Instant createdAt) {

    /** The account with a new password; every token issued before ends. */
    UserEntity withPasswordHash(String hash) {
        return new UserEntity(id, username, hash, role, organisationId, enabled, tokenVersion + 1, version, createdAt);
    }

    /** The account with new access, carrying the version the caller read so that a stale update fails. */
    UserEntity withAccess(Role newRole, @Nullable Long newOrganisationId, boolean newEnabled, long versionRead) {
        boolean accessChanged = newRole != role || !java.util.Objects.equals(newOrganisationId, organisationId) || newEnabled != enabled;
        // Tokens carry the role and organisation they were issued with: a change ends them.
        return new UserEntity(id, username, passwordHash, newRole, newOrganisationId, newEnabled,
                accessChanged ? tokenVersion + 1 : tokenVersion, versionRead, createdAt);
    }
}
