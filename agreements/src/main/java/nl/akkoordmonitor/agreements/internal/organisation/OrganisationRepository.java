package nl.akkoordmonitor.agreements.internal.organisation;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface OrganisationRepository extends CrudRepository<OrganisationEntity, Long> {

    String COLUMNS = "SELECT o.id, o.type, o.code, o.name, o.ggd_region_id, r.code AS ggd_region_code, o.province, o.iza_region_id";

    String FROM = "FROM agreements.organisation o LEFT JOIN agreements.organisation r ON r.id = o.ggd_region_id";

    String SELECT_ROW = COLUMNS + " " + FROM + " ";

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
