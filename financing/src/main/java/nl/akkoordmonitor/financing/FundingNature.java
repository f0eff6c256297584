package nl.akkoordmonitor.financing;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.Arrays;

/** Whether money keeps coming (structural) or stops at a known last year (incidental). */
@io.micronaut.serde.annotation.Serdeable
public enum FundingNature {
    STRUCTURAL, INCIDENTAL;

    /** Reads a JSON value; an unknown one gets a message that names the field and the allowed values. */
    @JsonCreator
    public static FundingNature fromJson(String value) {
        return Arrays.stream(values()).filter(v -> v.name().equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("nature: '" + value + "' is not a known nature; use one of "
                        + Arrays.toString(values())));
    }
}
