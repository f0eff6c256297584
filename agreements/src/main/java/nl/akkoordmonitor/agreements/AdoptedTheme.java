package nl.akkoordmonitor.agreements;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * How a regional or local agreement fills in one national core theme.
 *
 * @param adoptionId  the adoption's id
 * @param agreementId the adopting agreement
 * @param coreThemeId the national core theme
 * @param code        the theme's code
 * @param name        the theme's name
 * @param binding     whether the theme is binding
 * @param deviation   true when the agreement explains why it does not adopt this binding theme
 * @param ambition    the agreement's own ambition for the theme (null for a deviation)
 * @param justification why the agreement deviates (comply or explain; null when it adopts the theme)
 */
@Serdeable
public record AdoptedTheme(long adoptionId,
                           long agreementId,
                           long coreThemeId,
                           String code,
                           String name,
                           boolean binding,
                           boolean deviation,
                           @Nullable String ambition,
                           @Nullable String justification) {
}
