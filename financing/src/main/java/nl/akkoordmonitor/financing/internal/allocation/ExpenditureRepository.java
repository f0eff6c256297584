package nl.akkoordmonitor.financing.internal.allocation;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ExpenditureRepository extends CrudRepository<ExpenditureEntity, Long> {

    List<ExpenditureEntity> findByAllocationIdOrderByYear(long allocationId);

    Optional<ExpenditureEntity> findByAllocationIdAndYear(long allocationId, int year);
}
