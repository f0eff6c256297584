package nl.akkoordmonitor.financing.internal.allocation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface AllocationRepository extends CrudRepository<AllocationEntity, Long> {

    // Spending summed per allocation found, through the (allocation_id, year) index: summing all of
    // financing.expenditure first made every list of a municipality's allocations scan the country's.
    String FROM = """
            FROM financing.allocation a
            JOIN financing.funding_stream s ON s.id = a.stream_id
            LEFT JOIN LATERAL (SELECT SUM(x.amount) AS spent FROM financing.expenditure x WHERE x.allocation_id = a.id) e ON true
            """;

    // Who sees an allocation: the ministry everything; the stream's recipient and the agreement's
    // owner their own; a GGD user what its region receives and what funds its region's agreements.
    String VISIBLE = """
            WHERE (:national
                   OR s.recipient_id = :organisationId
                   OR a.agreement_owner_id = :organisationId
                   OR (:ggd AND (s.recipient_ggd_region_id = :organisationId OR a.ggd_region_id = :organisationId)))
            """;

    String SELECT_ROW = """
            SELECT a.id, a.stream_id, s.name AS stream_name, s.recipient_id, a.year, a.commitment_id, a.agreement_id,
                   a.amount, a.note, COALESCE(e.spent, 0) AS spent, a.version
            """ + FROM;

    String FILTER = VISIBLE + """
              AND (CAST(:streamId AS BIGINT) IS NULL OR a.stream_id = :streamId)
              AND (CAST(:agreementId AS BIGINT) IS NULL OR a.agreement_id = :agreementId)
              AND (CAST(:commitmentId AS BIGINT) IS NULL OR a.commitment_id = :commitmentId)
              AND (CAST(:year AS INTEGER) IS NULL OR a.year = :year)
            """;

    /** The fields {@link #search} sorts on; its ORDER BY names each with its column. */
    List<String> SORT_FIELDS = List.of("year", "amount", "spent", "streamName", "id");

    @Query(value = SELECT_ROW + FILTER + """
             ORDER BY CASE WHEN CAST(:sort AS VARCHAR) = 'year,asc' THEN a.year END ASC,
                      CASE WHEN CAST(:sort AS VARCHAR) = 'year,desc' THEN a.year END DESC,
                      CASE WHEN CAST(:sort AS VARCHAR) = 'amount,asc' THEN a.amount END ASC,
                      CASE WHEN CAST(:sort AS VARCHAR) = 'amount,desc' THEN a.amount END DESC,
                      CASE WHEN CAST(:sort AS VARCHAR) = 'spent,asc' THEN COALESCE(e.spent, 0) END ASC,
                      CASE WHEN CAST(:sort AS VARCHAR) = 'spent,desc' THEN COALESCE(e.spent, 0) END DESC,
                      CASE WHEN CAST(:sort AS VARCHAR) = 'streamName,asc' THEN s.name END ASC,
                      CASE WHEN CAST(:sort AS VARCHAR) = 'streamName,desc' THEN s.name END DESC,
                      CASE WHEN CAST(:sort AS VARCHAR) = 'id,asc' THEN a.id END ASC,
                      CASE WHEN CAST(:sort AS VARCHAR) = 'id,desc' THEN a.id END DESC,
                      a.year, a.id""", countQuery = "SELECT count(*) " + FROM + FILTER)
    Page<AllocationRow> search(boolean national, boolean ggd, long organisationId, @Nullable Long streamId,
                               @Nullable Long agreementId, @Nullable Long commitmentId, @Nullable Integer year,
                               @Nullable String sort, Pageable pageable);

    @Query(SELECT_ROW + VISIBLE + " AND a.id = :id")
    Optional<AllocationRow> findVisible(boolean national, boolean ggd, long organisationId, long id);

    @Query("SELECT COALESCE(SUM(amount), 0) FROM financing.expenditure WHERE allocation_id = :allocationId")
    BigDecimal spentOn(long allocationId);

    @Query("SELECT count(*) > 0 FROM financing.expenditure WHERE allocation_id = :allocationId")
    boolean hasExpenditures(long allocationId);


    @Query("SELECT EXISTS (SELECT 1 FROM financing.funding_part WHERE id = :partId AND stream_id = :streamId)")
    boolean partOfStream(long partId, long streamId);

    @Query("SELECT EXISTS (SELECT 1 FROM financing.funding_part WHERE stream_id = :streamId)")
    boolean streamHasParts(long streamId);

    /** Whether the stream (and part, if any) already funds the commitment in the year. */
    @Query("""
            SELECT EXISTS (SELECT 1 FROM financing.allocation WHERE stream_id = :streamId AND year = :year
                           AND commitment_id = :commitmentId AND part_id IS NOT DISTINCT FROM CAST(:partId AS BIGINT))""")
    boolean existsFor(long streamId, int year, long commitmentId, @io.micronaut.core.annotation.Nullable Long partId);
}
