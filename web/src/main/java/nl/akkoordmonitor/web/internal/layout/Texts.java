package nl.akkoordmonitor.web.internal.layout;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every word the pages show, from {@code messages.properties} beside this module's base package
 * (Dutch). A missing key fails loudly, so a test that opens the page finds it.
 */
public final class Texts {

    public static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("nl.akkoordmonitor.web.messages", DUTCH,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);

    private Texts() {
    }

    /** The text for a key, with {0}, {1}... filled in the Dutch way. */
    public static String t(String key, Object... arguments) {
        String pattern;
        try {
            pattern = BUNDLE.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("No Dutch text for '" + key + "' in the web module's messages.properties", e);
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, DUTCH).format(arguments);
    }

    public static boolean has(String key) {
        return BUNDLE.containsKey(key);
    }

    /** A date as Dutch people write it: 1 december 2026. */
    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
