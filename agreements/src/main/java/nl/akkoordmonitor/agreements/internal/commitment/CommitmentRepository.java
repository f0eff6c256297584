package nl.akkoordmonitor.agreements.internal.commitment;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface CommitmentRepository extends CrudRepository<CommitmentEntity, Long> {
}
