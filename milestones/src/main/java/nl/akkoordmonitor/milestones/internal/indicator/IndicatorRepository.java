package nl.akkoordmonitor.milestones.internal.indicator;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface IndicatorRepository extends CrudRepository<IndicatorEntity, Long> {

    Optional<IndicatorEntity> findByCode(String code);
}
