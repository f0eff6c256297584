package nl.akkoordmonitor.agreements.internal.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface OrganisationRepository extends CrudRepository<OrganisationEntity, Long> {

    String SELECT_ROW = """
            SELECT o.id, o.type, o.code, o.name, o.ggd_region_id, r.code AS ggd_region_code, o.province, o.iza_region_id
            FROM agreements.organisation o LEFT JOIN agreements.organisation r ON r.id = o.ggd_region_id
            """;

    String FILTER = """
            WHERE (CAST(:type AS VARCHAR) IS NULL OR o.type = :type)
              AND (CAST(:regionCode AS VARCHAR) IS NULL OR r.code = :regionCode)
              AND (CAST(:code AS VARCHAR) IS NULL OR o.code = :code)
              AND (CAST(:name AS VARCHAR) IS NULL OR o.name ILIKE '%' || :name || '%')
            """;

    /** The fields {@link #search} sorts on; its ORDER BY names each with its column. */
    List<String> SORT_FIELDS = List.of("name", "code", "type", "id");

    @Query(value = SELECT_ROW + FILTER + """
             ORDER BY CASE WHEN CAST(:sort AS VARCHAR) = 'name,asc' THEN o.name END ASC,
                      CASE WHEN CAST(:sort AS VARCHAR) = 'name,desc' THEN o.name END DESC,
                      CASE WHEN CAST(:sort AS VARCHAR) = 'code,asc' THEN o.code END ASC NULLS LAST,
                      CASE WHEN CAST(:sort AS VARCHAR) = 'code,desc' THEN o.code END DESC NULLS LAST,
                      CASE WHEN CAST(:sort AS VARCHAR) = 'type,asc' THEN o.type END ASC,
                      CASE WHEN CAST(:sort AS VARCHAR) = 'type,desc' THEN o.type END DESC,
                      CASE WHEN CAST(:sort AS VARCHAR) = 'id,asc' THEN o.id END ASC,
                      CASE WHEN CAST(:sort AS VARCHAR) = 'id,desc' THEN o.id END DESC,
                      o.type, o.name, o.id""",
            countQuery = "SELECT count(*) FROM agreements.organisation o LEFT JOIN agreements.organisation r ON r.id = o.ggd_region_id " + FILTER)
    Page<OrganisationRow> search(@Nullable String type, @Nullable String regionCode, @Nullable String code, @Nullable String name,
                                 @Nullable String sort, Pageable pageable);

    @Query(SELECT_ROW + " WHERE o.id = :id")
    Optional<OrganisationRow> findRow(long id);

    @Query(SELECT_ROW + " WHERE o.id IN (:ids)")
    List<OrganisationRow> findRows(Collection<Long> ids);

    @Query(SELECT_ROW + " WHERE o.code = :code")
    Optional<OrganisationRow> findRowByCode(String code);

    /** The 25 GGD regions of the reference data still in existence, by code: the rows of national overviews. */
    @Query(SELECT_ROW + " WHERE o.type = 'GGD_REGION' AND o.reference AND o.ended_on IS NULL ORDER BY o.code")
    List<OrganisationRow> findCurrentRegionRows();

    List<Long> findIdByGgdRegionId(long ggdRegionId);
}
