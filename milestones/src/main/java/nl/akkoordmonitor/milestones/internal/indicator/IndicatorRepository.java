package nl.akkoordmonitor.milestones.internal.indicator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface IndicatorRepository extends CrudRepository<IndicatorEntity, Long> {

    String FILTER = """
            WHERE (CAST(:family AS VARCHAR) IS NULL OR i.family = :family)
              AND (CAST(:source AS VARCHAR) IS NULL OR i.source = :source)
            """;

    @Query(value = "SELECT i.* FROM milestones.indicator i " + FILTER + " ORDER BY i.code",
            countQuery = "SELECT count(*) FROM milestones.indicator i " + FILTER)
    Page<IndicatorEntity> search(@Nullable String family, @Nullable String source, Pageable pageable);

    Optional<IndicatorEntity> findByCode(String code);
}
