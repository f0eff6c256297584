package nl.akkoordmonitor.financing;

import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;

/**
 * An allocation on which more was spent (over all reported years) than was allocated.
 *
 * @param allocationId the allocation
 * @param streamId     the stream it comes from
 * @param streamName   the stream's name
 * @param legalBasis   the stream's law
 * @param nature       the stream's nature
 * @param recipientId  the stream's recipient
 * @param commitmentId the commitment it funds
 * @param agreementId  the commitment's agreement
 * @param year         the allocation's year
 * @param allocated    the allocated amount
 * @param spent        the total reported spending on it
 * @param overspentBy  spent minus allocated
 */
@Serdeable
public record Overspending(long allocationId,
                           long streamId,
                           String streamName,
                           LegalBasis legalBasis,
                           FundingNature nature,
                           long recipientId,
                           long commitmentId,
                           long agreementId,
                           int year,
                           BigDecimal allocated,
                           BigDecimal spent,
                           BigDecimal overspentBy) {
}
