package nl.akkoordmonitor.financing.internal.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Euro amounts as Dutch users read them in messages: € 1.250,00. */
public final class Euro {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private Euro() {
    }

    public static String format(BigDecimal amount) {
        // DecimalFormat is not thread-safe; a new one per call is cheap enough for messages.
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(DUTCH));
        return "€ " + format.format(amount.setScale(2, RoundingMode.UNNECESSARY));
    }
}
