package nl.akkoordmonitor.web.internal.indicator;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Reads a measured value as people type it: "17,5" or "17.5", up to four decimals (what the API
 * stores). Thousands separators are not accepted: an indicator value is a share or a rate, and
 * "1.250" would be ambiguous.
 */
final class Decimals {

    private Decimals() {
    }

    static Optional<BigDecimal> parse(@Nullable String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String s = typed.replace("%", "").replace("\u00a0", "").replace(" ", "").strip().replace(',', '.');
        if (!s.matches("-?\\d{1,10}(\\.\\d{1,4})?")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(s));
    }
}
