package nl.akkoordmonitor.notifications.internal;

import nl.akkoordmonitor.platform.message.Message;
import nl.akkoordmonitor.platform.message.Messages;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The Dutch texts of notices, mails and the calendar, from the module's message bundle, and the
 * Dutch way of writing a date. Notices and mails are written once, when they are made, and sent
 * in Dutch; problems in API answers go through the platform's problem handling instead.
 */
public final class Texts {

    public static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final Messages MESSAGES = Messages.of("notifications");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);

    private Texts() {
    }

    public static String text(String key, Object... values) {
        return MESSAGES.dutch(Message.of(key, values));
    }

    /** 1 april 2031. */
    public static String date(LocalDate date) {
        return DATE.format(date);
    }
}
