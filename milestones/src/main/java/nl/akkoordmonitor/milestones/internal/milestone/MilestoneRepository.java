package nl.akkoordmonitor.milestones.internal.milestone;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface MilestoneRepository extends CrudRepository<MilestoneEntity, Long> {
}
