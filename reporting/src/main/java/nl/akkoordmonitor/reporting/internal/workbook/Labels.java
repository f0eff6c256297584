package nl.akkoordmonitor.reporting.internal.workbook;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every Dutch word the reporting module shows: sheet names, column headers, statuses and the
 * messages of a refused upload. They live in one bundle ({@code labels.properties} beside this
 * module's base package) so that a reader can check the wording in one place.
 */
public final class Labels {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("nl.akkoordmonitor.reporting.labels", DUTCH,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private Labels() {
    }

    /** The label for a key; a missing key is a programming error and fails loudly. */
    public static String get(String key) {
        try {
            return BUNDLE.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("No Dutch label for '" + key + "' in labels.properties", e);
        }
    }

    /** A label with {0}, {1}... filled in. Numbers are formatted the Dutch way. */
    public static String format(String key, Object... arguments) {
        return new MessageFormat(get(key), DUTCH).format(arguments);
    }

    public static boolean has(String key) {
        return BUNDLE.containsKey(key);
    }
}
