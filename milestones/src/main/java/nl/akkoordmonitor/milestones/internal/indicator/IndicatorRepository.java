package nl.akkoordmonitor.milestones.internal.indicator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface IndicatorRepository extends CrudRepository<IndicatorEntity, Long> {

    String FILTER = """
            WHERE (CAST(:family AS VARCHAR) IS NULL OR i.family = :family)
              AND (CAST(:source AS VARCHAR) IS NULL OR i.source = :source)
            """;

    /** The fields {@link #search} sorts on; its ORDER BY names each with its column. */
    List<String> SORT_FIELDS = List.of("code", "name", "family", "source");

    @Query(value = "SELECT i.* FROM milestones.indicator i " + FILTER + """
             ORDER BY CASE WHEN CAST(:sort AS VARCHAR) = 'code,asc' THEN i.code END ASC,
                      CASE WHEN CAST(:sort AS VARCHAR) = 'code,desc' THEN i.code END DESC,
                      CASE WHEN CAST(:sort AS VARCHAR) = 'name,asc' THEN i.name END ASC,
                      CASE WHEN CAST(:sort AS VARCHAR) = 'name,desc' THEN i.name END DESC,
                      CASE WHEN CAST(:sort AS VARCHAR) = 'family,asc' THEN i.family END ASC,
                      CASE WHEN CAST(:sort AS VARCHAR) = 'family,desc' THEN i.family END DESC,
                      CASE WHEN CAST(:sort AS VARCHAR) = 'source,asc' THEN i.source END ASC,
                      CASE WHEN CAST(:sort AS VARCHAR) = 'source,desc' THEN i.source END DESC,
                      i.code""",
            countQuery = "SELECT count(*) FROM milestones.indicator i " + FILTER)
    Page<IndicatorEntity> search(@Nullable String family, @Nullable String source, @Nullable String sort, Pageable pageable);

    Optional<IndicatorEntity> findByCode(String code);
}
