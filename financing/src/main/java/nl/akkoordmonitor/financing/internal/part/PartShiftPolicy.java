package nl.akkoordmonitor.financing.internal.part;

import nl.akkoordmonitor.platform.message.Message;
import nl.akkoordmonitor.platform.problem.Violation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Shifting money between the parts (onderdelen) of a grant. The brede SPUK (Stcrt. 2023, 4245)
 * allows up to 15% of a part's budget for a year to go to another part under the same main
 * theme, and never across main themes. The 15% is of the amount VWS set for the part (set plus
 * letters), and counts every shift out of the part in that year together.
 */
public class PartShiftPolicy {

    /** Up to 15% of a part may be shifted (brede SPUK). */
    public static final BigDecimal MAX_SHIFT_SHARE = new BigDecimal("0.15");

    /** A part as this rule sees it. */
    public record Part(long id, String code, String mainTheme) {
    }

    /**
     * @param setAmount      the part's budget for the year as VWS set it (set plus letters)
     * @param shiftedOut     what was shifted out of the part in that year before
     * @param available      the part's budget for the year now
     */
    public List<Violation> check(Part from, Part to, BigDecimal amount, BigDecimal setAmount, BigDecimal shiftedOut,
                                 BigDecimal available) {
        List<Violation> violations = new ArrayList<>();
        if (from.id() == to.id()) {
            violations.add(Violation.at("/toPartId", Message.of("SHIFT_TO_OTHER_PART")));
        }
        if (!from.mainTheme().equals(to.mainTheme())) {
            violations.add(Violation.at("/toPartId", Message.of("SHIFT_WITHIN_MAIN_THEME", from.code(), from.mainTheme(), to.code(),
                    to.mainTheme())));
        }
        if (amount.signum() <= 0) {
            violations.add(Violation.at("/amount", Message.of("POSITIVE_AMOUNT")));
            return violations;
        }
        BigDecimal limit = setAmount.multiply(MAX_SHIFT_SHARE).setScale(2, RoundingMode.DOWN);
        BigDecimal total = shiftedOut.add(amount);
        if (total.compareTo(limit) > 0) {
            violations.add(Violation.at("/amount", Message.of("SHIFT_ABOVE_15_PERCENT", from.code(), setAmount, limit, shiftedOut, amount,
                    total, total.subtract(limit))));
        }
        if (amount.compareTo(available) > 0) {
            violations.add(Violation.at("/amount", Message.of("SHIFT_MORE_THAN_BUDGET", from.code(), available, amount)));
        }
        return violations;
    }
}
