package nl.akkoordmonitor.web.internal.money;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** Reads an amount as people type it: "1.250,50", "1250,5", "€ 1250.50". Exact, never a double. */
final class Euros {

    private Euros() {
    }

    static Optional<BigDecimal> parse(@Nullable String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String s = typed.replace("€", "").replace("\u00a0", "").replace(" ", "").strip();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        if (s.contains(",")) {
            // Dutch: dots group thousands, the comma is the decimal sign.
            s = s.replace(".", "").replace(',', '.');
        } else if (s.matches("\\d{1,3}(\\.\\d{3})+")) {
            s = s.replace(".", "");
        }
        if (!s.matches("-?\\d{1,12}(\\.\\d{1,2})?")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(s).setScale(2, RoundingMode.UNNECESSARY));
    }
}
