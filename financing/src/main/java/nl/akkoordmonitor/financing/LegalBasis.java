package nl.akkoordmonitor.financing;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.Arrays;

/** The law that money for prevention comes through; each keeps its own walls (schotten). */
@io.micronaut.serde.annotation.Serdeable
public enum LegalBasis {
    /** Wet publieke gezondheid: public health, the GGD tasks. */
    WPG,
    /** Wet maatschappelijke ondersteuning 2015: social support by municipalities. */
    WMO,
    /** Jeugdwet: youth care and support. */
    JEUGDWET,
    /** Zorgverzekeringswet: health insurance. */
    ZVW,
    /** Wet langdurige zorg: long-term care. */
    WLZ,
    /** No specific law, e.g. a fund or the municipality's own budget. */
    NONE;

    /** Reads a JSON value; an unknown one gets a message that names the field and the allowed values. */
    @JsonCreator
    public static LegalBasis fromJson(String value) {
        return Arrays.stream(values()).filter(v -> v.name().equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("legalBasis: '" + value + "' is not a known legal basis; use one of "
                        + Arrays.toString(values())));
    }
}
