package nl.akkoordmonitor.financing.internal.stream;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface FundingStreamRepository extends CrudRepository<FundingStreamEntity, Long> {

    String FILTER = """
            WHERE (CAST(:accessRecipientId AS BIGINT) IS NULL OR s.recipient_id = :accessRecipientId)
              AND (CAST(:accessRegionId AS BIGINT) IS NULL OR s.recipient_ggd_region_id = :accessRegionId)
              AND (CAST(:recipientId AS BIGINT) IS NULL OR s.recipient_id = :recipientId)
              AND (CAST(:legalBasis AS VARCHAR) IS NULL OR s.legal_basis = :legalBasis)
              AND (CAST(:nature AS VARCHAR) IS NULL OR s.nature = :nature)
              AND (CAST(:year AS INTEGER) IS NULL
                   OR (s.first_year <= :year AND (s.last_year IS NULL OR s.last_year >= :year)))
            """;

    /** The fields {@link #search} sorts on; its ORDER BY names each with its column. */
    List<String> SORT_FIELDS = List.of("name", "legalBasis", "nature", "firstYear", "id");

    @Query(value = "SELECT s.* FROM financing.funding_stream s " + FILTER + """
             ORDER BY CASE WHEN CAST(:sort AS VARCHAR) = 'name,asc' THEN s.name END ASC,
                      CASE WHEN CAST(:sort AS VARCHAR) = 'name,desc' THEN s.name END DESC,
                      CASE WHEN CAST(:sort AS VARCHAR) = 'legalBasis,asc' THEN s.legal_basis END ASC,
                      CASE WHEN CAST(:sort AS VARCHAR) = 'legalBasis,desc' THEN s.legal_basis END DESC,
                      CASE WHEN CAST(:sort AS VARCHAR) = 'nature,asc' THEN s.nature END ASC,
                      CASE WHEN CAST(:sort AS VARCHAR) = 'nature,desc' THEN s.nature END DESC,
                      CASE WHEN CAST(:sort AS VARCHAR) = 'firstYear,asc' THEN s.first_year END ASC,
                      CASE WHEN CAST(:sort AS VARCHAR) = 'firstYear,desc' THEN s.first_year END DESC,
                      CASE WHEN CAST(:sort AS VARCHAR) = 'id,asc' THEN s.id END ASC,
                      CASE WHEN CAST(:sort AS VARCHAR) = 'id,desc' THEN s.id END DESC,
                      s.name, s.id""",
            countQuery = "SELECT count(*) FROM financing.funding_stream s " + FILTER)
    Page<FundingStreamEntity> search(@Nullable Long accessRecipientId, @Nullable Long accessRegionId,
                                     @Nullable Long recipientId, @Nullable String legalBasis, @Nullable String nature,
                                     @Nullable Integer year, @Nullable String sort, Pageable pageable);
}
