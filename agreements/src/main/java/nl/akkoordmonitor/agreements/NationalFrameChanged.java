package nl.akkoordmonitor.agreements;

/**
 * A core theme of a national agreement was added or changed: the frame every regional and local
 * agreement under it works in. Published inside the transaction that changes it.
 *
 * @param nationalAgreementId the national agreement
 * @param coreThemeId         the theme added or changed
 * @param themeCode           its code
 * @param themeName           its name after the change
 * @param binding             whether it is binding after the change
 * @param added               true when the theme is new, false when it changed
 */
public record NationalFrameChanged(long nationalAgreementId, long coreThemeId, String themeCode, String themeName,
                                   boolean binding, boolean added) {
}
