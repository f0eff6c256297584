package nl.akkoordmonitor.reporting.internal.progress;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ProgressUploadRepository extends CrudRepository<ProgressUploadEntity, Long> {
}
