package nl.akkoordmonitor.web.internal.steering;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers and money as Dutch readers write them: € 1.234.567,89 and 12,5%. */
public final class Numbers {

    private static final DecimalFormatSymbols DUTCH = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl-NL"));

    private Numbers() {
    }

    /** Money, exact to the cent. */
    public static String euro(BigDecimal amount) {
        return "€ " + new DecimalFormat("#,##0.00", DUTCH).format(amount);
    }

    /** Money in whole euros, for charts where cents only clutter. */
    public static String euroRounded(BigDecimal amount) {
        return "€ " + new DecimalFormat("#,##0", DUTCH).format(amount);
    }

    public static String count(long value) {
        return new DecimalFormat("#,##0", DUTCH).format(value);
    }

    /** A share in percent with one decimal; empty when there is nothing to divide. */
    public static String percent(long part, long whole) {
        return whole == 0 ? "" : new DecimalFormat("0.#", DUTCH).format(100.0 * part / whole) + "%";
    }
}
