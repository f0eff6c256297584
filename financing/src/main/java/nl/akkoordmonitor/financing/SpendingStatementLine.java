package nl.akkoordmonitor.financing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of the spending statement, per stream and recipient, in the form municipalities
 * account for specific grants (SiSa: spending in year T, cumulative spending, final accounting).
 *
 * @param streamId            the stream
 * @param streamName          its name
 * @param legalBasis          its law
 * @param nature              its nature
 * @param earmarked           whether it is earmarked
 * @param recipientId         the recipient accounting for it
 * @param year                year T
 * @param budgetYear          the budget for year T
 * @param spendingYear        spending in year T (besteding jaar T)
 * @param cumulativeBudget    the budgets up to and including year T
 * @param cumulativeSpending  spending up to and including year T (cumulatieve besteding)
 * @param lastYear            the stream's last year; null when open-ended
 * @param finalAccounting     whether T is the stream's last year or later: the stream is closed
 *                            and this is the final accounting (eindverantwoording)
 * @param deadline            when the statement for year T is due: 15 July of T + 1
 */
@Serdeable
public record SpendingStatementLine(long streamId,
                                    String streamName,
                                    LegalBasis legalBasis,
                                    FundingNature nature,
                                    boolean earmarked,
                                    long recipientId,
                                    int year,
                                    BigDecimal budgetYear,
                                    BigDecimal spendingYear,
                                    BigDecimal cumulativeBudget,
                                    BigDecimal cumulativeSpending,
                                    @Nullable Integer lastYear,
                                    boolean finalAccounting,
                                    LocalDate deadline) {
}
