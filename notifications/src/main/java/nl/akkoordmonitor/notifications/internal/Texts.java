package nl.akkoordmonitor.notifications.internal;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/** The module's Dutch texts, from its message bundle, and the Dutch way of writing a date. */
public final class Texts {

    public static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("nl.akkoordmonitor.notifications.messages", DUTCH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);

    private Texts() {
    }

    public static String text(String key, Object... arguments) {
        String pattern = BUNDLE.getString(key);
        if (arguments.length == 0) {
            return pattern;
        }
        // Numbers as they are: a year is 2030, not MessageFormat's Dutch 2.030.
        Object[] plain = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            plain[i] = arguments[i] instanceof Number ? arguments[i].toString() : arguments[i];
        }
        return new MessageFormat(pattern, DUTCH).format(plain);
    }

    /** 1 april 2031. */
    public static String date(LocalDate date) {
        return DATE.format(date);
    }
}
