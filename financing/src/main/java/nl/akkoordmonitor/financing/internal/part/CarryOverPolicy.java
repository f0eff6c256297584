package nl.akkoordmonitor.financing.internal.part;

import io.micronaut.core.annotation.Nullable;
import nl.akkoordmonitor.platform.message.Message;
import nl.akkoordmonitor.platform.problem.Violation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Carrying part of a year's money over to the next year. The share is a property of the stream
 * (20% unless configured: the SPUK allowed 20% of 2023 into 2024) and counts every carry-over
 * out of that year together, against the stream's budget for the year.
 */
public class CarryOverPolicy {

    /**
     * @param share          the stream's carry-over share (0.20 = 20%)
     * @param yearBudget     the stream's budget for the year carried from
     * @param alreadyCarried what was carried over from that year before
     * @param available      what the part (or the stream) has left in that year to carry
     * @param nextYearInside whether the next year lies inside the stream's period
     */
    public List<Violation> check(int fromYear, BigDecimal amount, BigDecimal share, BigDecimal yearBudget, BigDecimal alreadyCarried,
                                 BigDecimal available, boolean nextYearInside, @Nullable String partCode) {
        List<Violation> violations = new ArrayList<>();
        if (amount.signum() <= 0) {
            violations.add(Violation.at("/amount", Message.of("POSITIVE_AMOUNT")));
            return violations;
        }
        BigDecimal limit = yearBudget.multiply(share).setScale(2, RoundingMode.DOWN);
        BigDecimal total = alreadyCarried.add(amount);
        if (total.compareTo(limit) > 0) {
            String percent = share.multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString();
            violations.add(Violation.at("/amount", Message.of("CARRY_OVER_ABOVE_SHARE", fromYear, percent, yearBudget, limit, fromYear + 1,
                    alreadyCarried, amount, total, total.subtract(limit))));
        }
        if (amount.compareTo(available) > 0) {
            violations.add(new Violation("CARRY_OVER_MORE_THAN_BUDGET", "/amount", partCode == null
                    ? Message.of("CARRY_OVER_MORE_THAN_BUDGET.stream", fromYear, available, amount)
                    : Message.of("CARRY_OVER_MORE_THAN_BUDGET.part", partCode, fromYear, available, amount)));
        }
        if (!nextYearInside) {
            violations.add(Violation.at("/fromYear", Message.of("CARRY_OVER_INSIDE_PERIOD", fromYear + 1)));
        }
        return violations;
    }
}
