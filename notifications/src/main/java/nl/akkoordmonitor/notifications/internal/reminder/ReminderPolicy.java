package nl.akkoordmonitor.notifications.internal.reminder;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.OptionalInt;

/**
 * Which reminder is due for a date: the step (days before) that today falls in. With steps 30 and
 * 7, a date 20 days away is in the 30-day step and one 5 days away in the 7-day step; a step that
 * was missed (the server was down) is not made up for when a later one applies.
 */
final class ReminderPolicy {

    private ReminderPolicy() {
    }

    /** The step for a date, or empty when it lies further away than the largest step or has passed. */
    static OptionalInt step(LocalDate today, LocalDate date, List<Integer> stepsInDays) {
        long daysLeft = ChronoUnit.DAYS.between(today, date);
        if (daysLeft < 0) {
            return OptionalInt.empty();
        }
        return stepsInDays.stream().mapToInt(Integer::intValue).filter(step -> daysLeft <= step).min();
    }

    static int largest(List<Integer> stepsInDays) {
        return stepsInDays.stream().mapToInt(Integer::intValue).max().orElse(0);
    }
}
