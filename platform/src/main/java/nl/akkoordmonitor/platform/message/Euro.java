package nl.akkoordmonitor.platform.message;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of money as a value of a {@link Message}: written as € 1.250,00 in Dutch and
 * €1,250.00 in English, always with two decimals.
 */
public record Euro(BigDecimal amount) {

    public static Euro of(BigDecimal amount) {
        return new Euro(amount);
    }

    BigDecimal cents() {
        return amount.setScale(2, RoundingMode.HALF_EVEN);
    }
}
