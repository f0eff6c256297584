package nl.akkoordmonitor.agreements;

/**
 * A regional or local agreement recorded a deviation from a binding core theme (comply or
 * explain), which its reviewer advises on. Published inside the transaction that records it.
 *
 * @param agreementId the agreement that deviates
 * @param coreThemeId the binding theme it deviates from
 * @param themeCode   the theme's code
 * @param themeName   the theme's name
 */
public record DeviationRecorded(long agreementId, long coreThemeId, String themeCode, String themeName) {
}
