package nl.akkoordmonitor.financing.internal.stream;

import io.micronaut.core.annotation.Introspected;

import java.math.BigDecimal;

/** A budget with what is already allocated of it, as the budget list query returns it. */
@Introspected
record BudgetLine(long id, long streamId, int year, BigDecimal amount, BigDecimal allocated, long version) {
}
