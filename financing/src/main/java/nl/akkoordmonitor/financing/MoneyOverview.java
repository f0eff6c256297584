package nl.akkoordmonitor.financing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import nl.akkoordmonitor.agreements.Scope;

import java.math.BigDecimal;
import java.util.List;

/**
 * Budgeted, allocated and spent money of a scope in a year, split by legal basis × nature.
 *
 * @param scope           the part of the country; for one agreement's money, the part it belongs to
 * @param agreementId     the agreement, when this is the money of one agreement; else null
 * @param year            the year
 * @param lines           one line per legal basis and nature, every combination, in enum order
 * @param perLegalBasis   one total per legal basis (both natures), in enum order
 * @param structural      the total of structural money
 * @param incidental      the total of incidental money
 * @param total           the grand total
 * @param structuralShare the structural part of the total, in percent
 */
@Serdeable
public record MoneyOverview(Scope scope,
                            @Nullable Long agreementId,
                            int year,
                            List<MoneyLine> lines,
                            List<MoneyLine> perLegalBasis,
                            MoneyLine structural,
                            MoneyLine incidental,
                            MoneyLine total,
                            StructuralShare structuralShare) {

    /**
     * The structural part of budgeted, allocated and spent money, in percent with one decimal
     * (half up); null where the total is zero.
     */
    @Serdeable
    public record StructuralShare(@Nullable BigDecimal budgetedPercent,
                                  @Nullable BigDecimal allocatedPercent,
                                  @Nullable BigDecimal spentPercent) {
    }
}
