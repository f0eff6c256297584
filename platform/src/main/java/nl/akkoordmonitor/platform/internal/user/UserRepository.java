package nl.akkoordmonitor.platform.internal.user;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface UserRepository extends PageableRepository<UserEntity, Long> {

    Optional<UserEntity> findByUsername(String username);
}
