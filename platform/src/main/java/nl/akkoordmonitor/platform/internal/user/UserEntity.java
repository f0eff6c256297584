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
                  @Version @Nullable Long version,
                  @DateCreated @Nullable Instant createdAt) {

    UserEntity withPasswordHash(String hash) {
        return new UserEntity(id, username, hash, role, organisationId, enabled, version, createdAt);
    }

    /** The account with new access, carrying the version the caller read so that a stale update fails. */
    UserEntity withAccess(Role newRole, @Nullable Long newOrganisationId, boolean newEnabled, long versionRead) {
        return new UserEntity(id, username, passwordHash, newRole, newOrganisationId, newEnabled, versionRead, createdAt);
    }
}
