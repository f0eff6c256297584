package nl.akkoordmonitor.financing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

/**
 * Money of one legal basis and nature in a year (or a total over several of them).
 *
 * @param legalBasis the law; null on a total over laws
 * @param nature     structural or incidental; null on a total over natures
 * @param budgeted   the budgets of the streams for the year
 * @param allocated  what of those budgets is assigned to commitments
 * @param spent      what was reported as spent in the year
 */
@Serdeable
public record MoneyLine(@Schema(type = "string") @Nullable LegalBasis legalBasis,
                        @Schema(type = "string") @Nullable FundingNature nature,
                        BigDecimal budgeted,
                        BigDecimal allocated,
                        BigDecimal spent) {
}
