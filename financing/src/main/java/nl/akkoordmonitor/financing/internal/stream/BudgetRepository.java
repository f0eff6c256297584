package nl.akkoordmonitor.financing.internal.stream;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface BudgetRepository extends CrudRepository<BudgetEntity, Long> {

    /**
     * The budget row, locked until the transaction ends. Every change that could push the
     * allocations of a stream and year over its budget takes this lock first, so concurrent
     * requests are checked one after the other against the committed total.
     */
    @Query("SELECT * FROM financing.budget WHERE stream_id = :streamId AND year = :year FOR UPDATE")
    Optional<BudgetEntity> lockByStreamAndYear(long streamId, int year);

    @Query("SELECT * FROM financing.budget WHERE id = :id FOR UPDATE")
    Optional<BudgetEntity> lockById(long id);

    @Query("SELECT COALESCE(SUM(amount), 0) FROM financing.allocation WHERE budget_id = :budgetId")
    java.math.BigDecimal allocatedOn(long budgetId);

    @Query("""
            SELECT b.id, b.stream_id, b.year, b.amount, COALESCE(SUM(a.amount), 0) AS allocated, b.version
            FROM financing.budget b LEFT JOIN financing.allocation a ON a.budget_id = b.id
            WHERE b.stream_id = :streamId
            GROUP BY b.id ORDER BY b.year""")
    List<BudgetLine> linesOf(long streamId);

    /** The years that hold budgets, to check a changed period against. */
    @Query("SELECT year FROM financing.budget WHERE stream_id = :streamId ORDER BY year")
    List<Integer> yearsOf(long streamId);

    @Query("SELECT EXISTS (SELECT 1 FROM financing.funding_part WHERE stream_id = :streamId)")
    boolean hasParts(long streamId);
}
