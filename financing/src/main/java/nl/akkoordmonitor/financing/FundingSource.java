package nl.akkoordmonitor.financing;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.Arrays;

/** Who pays a funding stream. */
@io.micronaut.serde.annotation.Serdeable
public enum FundingSource {
    NATIONAL_GOVERNMENT, MUNICIPALITY, HEALTH_INSURER, FUND, EU, OTHER;

    /** Reads a JSON value; an unknown one gets a message that names the field and the allowed values. */
    @JsonCreator
    public static FundingSource fromJson(String value) {
        return Arrays.stream(values()).filter(v -> v.name().equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("source: '" + value + "' is not a known source; use one of "
                        + Arrays.toString(values())));
    }
}
