package nl.akkoordmonitor.demo.internal.dataset;

import java.time.LocalDate;

/**
 * When the generated data happen. The dataset is written for the years 2023–2026 with progress
 * reported up to 1 November 2025; a calendar moves every year and date by a whole number of years
 * and says up to which day things have happened, so that nothing is dated after it.
 *
 * @param shift whole years added to every year and date of the dataset
 * @param asOf  the last day on which progress, spending, submissions and reviews are dated
 */
public record DatasetCalendar(int shift, LocalDate asOf) {

    /** The year the dataset was written around: the year with evaluations in every state. */
    static final int BASE_YEAR = 2025;

    /** The benchmark's calendar: the same data on every day it runs, reported up to 1 November 2025. */
    public static final DatasetCalendar FIXED = new DatasetCalendar(0, LocalDate.of(BASE_YEAR, 11, 1));

    /**
     * Dated relative to today, for the demo: the current year is the one with evaluations in every
     * state, agreements run into next year, and progress is reported up to today. So some
     * milestones are done, some overdue, and others due later, on schedule, behind or delayed.
     */
    public static DatasetCalendar relativeTo(LocalDate today) {
        return new DatasetCalendar(today.getYear() - BASE_YEAR, today);
    }

    /** The year of the dataset's year. */
    int year(int year) {
        return year + shift;
    }

    /** The day of the dataset's day. */
    LocalDate date(int year, int month, int day) {
        return LocalDate.of(year(year), month, day);
    }

    /** The year whose steering report shows the data best: the dataset's 2025. */
    public int reportYear() {
        return year(BASE_YEAR);
    }
}
