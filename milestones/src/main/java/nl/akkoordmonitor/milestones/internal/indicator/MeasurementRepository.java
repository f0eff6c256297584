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
interface MeasurementRepository extends CrudRepository<MeasurementEntity, Long> {

    String FILTER = """
            WHERE m.indicator_id = :indicatorId
              AND (CAST(:organisationId AS BIGINT) IS NULL OR m.organisation_id = :organisationId)
              AND (CAST(:fromYear AS INTEGER) IS NULL OR m.year >= :fromYear)
              AND (CAST(:toYear AS INTEGER) IS NULL OR m.year <= :toYear)
            """;

    /** The fields {@link #search} sorts on; its ORDER BY names each with its column. */
    List<String> SORT_FIELDS = List.of("year", "value", "organisationId");

    @Query(value = "SELECT m.* FROM milestones.measurement m " + FILTER + """
             ORDER BY CASE WHEN CAST(:sort AS VARCHAR) = 'year,asc' THEN m.year END ASC,
                      CASE WHEN CAST(:sort AS VARCHAR) = 'year,desc' THEN m.year END DESC,
                      CASE WHEN CAST(:sort AS VARCHAR) = 'value,asc' THEN m.value END ASC,
                      CASE WHEN CAST(:sort AS VARCHAR) = 'value,desc' THEN m.value END DESC,
                      CASE WHEN CAST(:sort AS VARCHAR) = 'organisationId,asc' THEN m.organisation_id END ASC,
                      CASE WHEN CAST(:sort AS VARCHAR) = 'organisationId,desc' THEN m.organisation_id END DESC,
                      m.organisation_id, m.year""",
            countQuery = "SELECT count(*) FROM milestones.measurement m " + FILTER)
    Page<MeasurementEntity> search(long indicatorId, @Nullable Long organisationId, @Nullable Integer fromYear,
                                   @Nullable Integer toYear, @Nullable String sort, Pageable pageable);

    Optional<MeasurementEntity> findByIndicatorIdAndOrganisationIdAndYear(long indicatorId, long organisationId, int year);
}
