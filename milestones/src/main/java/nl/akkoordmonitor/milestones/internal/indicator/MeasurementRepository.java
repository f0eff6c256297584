package nl.akkoordmonitor.milestones.internal.indicator;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface MeasurementRepository extends CrudRepository<MeasurementEntity, Long> {

    Optional<MeasurementEntity> findByIndicatorIdAndOrganisationIdAndYear(long indicatorId, long organisationId, int year);
}
