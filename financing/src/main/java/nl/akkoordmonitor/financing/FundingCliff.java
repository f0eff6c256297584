package nl.akkoordmonitor.financing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.util.List;

/**
 * A commitment whose period runs past the last year of its incidental money, with no structural
 * money for the years after it.
 *
 * @param commitmentId          the commitment
 * @param agreementId           its agreement
 * @param agreementOwnerId      the organisation that owns the agreement
 * @param ggdRegionId           the agreement's GGD region; null for a national agreement
 * @param firstYear             first year of the commitment's period (within its agreement's)
 * @param lastYear              last year of the commitment's period (within its agreement's)
 * @param lastIncidentalYear    the last year with incidental money for the commitment
 * @param lastIncidentalAmount  the incidental money in that year: roughly what goes missing each year
 * @param uncoveredYears        the years after it without structural money, ascending
 */
@Serdeable
public record FundingCliff(long commitmentId,
                           long agreementId,
                           long agreementOwnerId,
                           @Nullable Long ggdRegionId,
                           int firstYear,
                           int lastYear,
                           int lastIncidentalYear,
                           BigDecimal lastIncidentalAmount,
                           List<Integer> uncoveredYears) {
}
