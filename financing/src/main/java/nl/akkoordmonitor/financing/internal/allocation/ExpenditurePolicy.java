package nl.akkoordmonitor.financing.internal.allocation;

import jakarta.inject.Singleton;
import nl.akkoordmonitor.platform.message.Message;
import nl.akkoordmonitor.platform.problem.Violation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether spending may be reported for an allocation and year. Spending above the allocation is
 * not refused: it happens, and the analyses show it as overspending.
 */
@Singleton
public class ExpenditurePolicy {

    /**
     * @param allocationYear the allocation's year
     * @param year           the year the money was spent
     * @param amount         the amount spent
     * @param currentYear    this year, by the application clock
     */
    public List<Violation> check(int allocationYear, int year, BigDecimal amount, int currentYear) {
        List<Violation> violations = new ArrayList<>();
        if (year < allocationYear) {
            violations.add(Violation.at("/year", Message.of("SPENT_BEFORE_ALLOCATION", allocationYear, year)));
        }
        if (year > currentYear) {
            violations.add(Violation.at("/year", Message.of("SPENT_IN_FUTURE", year, currentYear)));
        }
        if (amount.signum() < 0) {
            violations.add(Violation.at("/amount", Message.of("NEGATIVE_AMOUNT")));
        }
        return violations;
    }
}
