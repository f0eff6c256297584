package nl.akkoordmonitor.financing.internal.part;

import nl.akkoordmonitor.financing.internal.shared.Euro;
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
            violations.add(new Violation("SHIFT_TO_OTHER_PART", "toPartId", "geld schuift van het ene onderdeel naar een ander; kies twee verschillende onderdelen"));
        }
        if (!from.mainTheme().equals(to.mainTheme())) {
            violations.add(new Violation("SHIFT_WITHIN_MAIN_THEME", "toPartId", "onderdeel " + from.code() + " valt onder hoofdthema '"
                    + from.mainTheme() + "' en " + to.code() + " onder '" + to.mainTheme()
                    + "'; geld schuift alleen tussen onderdelen onder hetzelfde hoofdthema"));
        }
        if (amount.signum() <= 0) {
            violations.add(new Violation("POSITIVE_AMOUNT", "amount", "verschuif een bedrag groter dan nul"));
            return violations;
        }
        BigDecimal limit = setAmount.multiply(MAX_SHIFT_SHARE).setScale(2, RoundingMode.DOWN);
        BigDecimal total = shiftedOut.add(amount);
        if (total.compareTo(limit) > 0) {
            violations.add(new Violation("SHIFT_ABOVE_15_PERCENT", "amount", "van onderdeel " + from.code() + " mag ten hoogste 15% van "
                    + Euro.format(setAmount) + " = " + Euro.format(limit) + " verschuiven; eerder verschoven " + Euro.format(shiftedOut)
                    + " plus nu " + Euro.format(amount) + " is " + Euro.format(total) + ", " + Euro.format(total.subtract(limit))
                    + " te veel"));
        }
        if (amount.compareTo(available) > 0) {
            violations.add(new Violation("SHIFT_MORE_THAN_BUDGET", "amount", "onderdeel " + from.code() + " heeft dit jaar "
                    + Euro.format(available) + "; " + Euro.format(amount) + " past daar niet uit"));
        }
        return violations;
    }
}
