package nl.akkoordmonitor.platform.internal.user;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;

import nl.akkoordmonitor.platform.security.Role;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface UserRepository extends PageableRepository<UserEntity, Long> {

    Optional<UserEntity> findByUsername(String username);

    List<UserEntity> findByEnabledTrueAndOrganisationIdInList(Collection<Long> organisationIds);

    List<UserEntity> findByEnabledTrueAndRoleInList(Collection<Role> roles);
}
