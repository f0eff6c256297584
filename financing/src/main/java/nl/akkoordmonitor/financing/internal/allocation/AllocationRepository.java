package nl.akkoordmonitor.financing.internal.allocation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.math.BigDecimal;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface AllocationRepository extends CrudRepository<AllocationEntity, Long> {

    // Spending summed per allocation found, through the (allocation_id, year) index: summing all of
    // financing.expenditure first made every list of a municipality's allocations scan the country's.
    String FROM = """
            FROM financing.allocation a
            JOIN financing.funding_stream s ON s.id = a.stream_id
            LEFT JOIN LATERAL (SELECT SUM(x.amount) AS spent FROM financing.expenditure x WHERE x.allocation_id = a.id) e ON true
            """;

    String COLUMNS = """
            SELECT a.id, a.stream_id, s.name AS stream_name, s.recipient_id, a.year, a.commitment_id, a.agreement_id,
                   a.amount, a.note, COALESCE(e.spent, 0) AS spent, a.version""";

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
