package nl.akkoordmonitor.financing;

import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;

/**
 * One funding stream's money in a year.
 *
 * @param streamId    the stream
 * @param name        its name
 * @param source      who pays it
 * @param legalBasis  the law it comes through
 * @param nature      structural or incidental
 * @param earmarked   whether it is earmarked
 * @param recipientId the organisation that receives it
 * @param year        the year
 * @param budgeted    its budget for the year (zero when none)
 * @param allocated   what of it is assigned to commitments (in scope)
 * @param spent       what was reported as spent of it in the year (in scope)
 */
@Serdeable
public record StreamMoney(long streamId,
                          String name,
                          FundingSource source,
                          LegalBasis legalBasis,
                          FundingNature nature,
                          boolean earmarked,
                          long recipientId,
                          int year,
                          BigDecimal budgeted,
                          BigDecimal allocated,
                          BigDecimal spent) {
}
