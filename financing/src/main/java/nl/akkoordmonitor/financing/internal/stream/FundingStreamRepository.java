package nl.akkoordmonitor.financing.internal.stream;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

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

    @Query(value = "SELECT s.* FROM financing.funding_stream s " + FILTER + " ORDER BY s.name, s.id",
            countQuery = "SELECT count(*) FROM financing.funding_stream s " + FILTER)
    Page<FundingStreamEntity> search(@Nullable Long accessRecipientId, @Nullable Long accessRegionId,
                                     @Nullable Long recipientId, @Nullable String legalBasis, @Nullable String nature,
                                     @Nullable Integer year, Pageable pageable);
}
