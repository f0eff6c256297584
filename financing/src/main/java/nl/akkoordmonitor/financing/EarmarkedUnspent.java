package nl.akkoordmonitor.financing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;

/**
 * Earmarked money of a year that was not spent in that year. It may have to be paid back or,
 * where the conditions allow, carried over.
 *
 * @param streamId    the earmarked stream
 * @param streamName  its name
 * @param legalBasis  its law
 * @param nature      its nature
 * @param recipientId its recipient
 * @param conditions  the conditions attached to it
 * @param year        the year
 * @param budgeted    its budget for the year
 * @param spent       spending in the year on that year's allocations
 * @param unspent     budgeted minus spent (never below zero)
 * @param yearEnded   whether the year is over (otherwise the figure is "left so far")
 */
@Serdeable
public record EarmarkedUnspent(long streamId,
                               String streamName,
                               LegalBasis legalBasis,
                               FundingNature nature,
                               long recipientId,
                               @Nullable String conditions,
                               int year,
                               BigDecimal budgeted,
                               BigDecimal spent,
                               BigDecimal unspent,
                               boolean yearEnded) {
}
