package nl.akkoordmonitor.web.internal.layout;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The one Dutch word for each state, status and verdict: the steering report's, so that a page and
 * the report never name the same thing differently. Read from the report's bundle, where the
 * words live; the pages add none of their own.
 */
public final class Vocabulary {

    private static final ResourceBundle WORDS = ResourceBundle.getBundle("nl.akkoordmonitor.reporting.labels",
            Locale.forLanguageTag("nl-NL"), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private Vocabulary() {
    }

    /** The word for a value of a kind, e.g. {@code word("milestone", "AT_RISK")}; the value itself when there is none. */
    public static String word(String kind, Object value) {
        if (value == null) {
            return "";
        }
        String key = kind + "." + value;
        if (WORDS.containsKey(key)) {
            return WORDS.getString(key);
        }
        // Words the report does not use yet (e.g. an agreement's status) are in the pages' bundle.
        return Texts.has("vocabulary." + key) ? Texts.t("vocabulary." + key) : String.valueOf(value);
    }
}
