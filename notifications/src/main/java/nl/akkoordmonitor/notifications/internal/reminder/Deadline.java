package nl.akkoordmonitor.notifications.internal.reminder;

import nl.akkoordmonitor.notifications.internal.inbox.Message;
import nl.akkoordmonitor.platform.users.UserDirectory.UserRef;

import java.time.LocalDate;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * A date someone must be reminded of.
 *
 * @param key        what the date is of, stable over runs: evaluation:12:2025, milestone:40, sisa:2025, date:3
 * @param date       the date
 * @param steps      the days before it at which to remind
 * @param recipients who is reminded (asked only when a reminder is due)
 * @param message    the reminder, given the days left
 */
record Deadline(String key, LocalDate date, List<Integer> steps, Supplier<List<UserRef>> recipients, IntFunction<Message> message) {
}
