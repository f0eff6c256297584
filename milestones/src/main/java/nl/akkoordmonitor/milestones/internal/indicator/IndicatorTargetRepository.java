package nl.akkoordmonitor.milestones.internal.indicator;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface IndicatorTargetRepository extends CrudRepository<IndicatorTargetEntity, Long> {

    boolean existsByAgreementIdAndIndicatorId(long agreementId, long indicatorId);
}
