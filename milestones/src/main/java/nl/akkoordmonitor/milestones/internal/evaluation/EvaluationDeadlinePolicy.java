package nl.akkoordmonitor.milestones.internal.evaluation;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.time.Month;

/**
 * The deadline of a year's evaluation: the configured date for that year, or else 1 April of the
 * following year. An evaluation is on time when it was first submitted on or before the deadline;
 * a resubmission after a return does not make it late.
 */
@Singleton
public class EvaluationDeadlinePolicy {

    public LocalDate deadline(int year, @Nullable LocalDate configured) {
        return configured != null ? configured : LocalDate.of(year + 1, Month.APRIL, 1);
    }

    public boolean onTime(@Nullable LocalDate firstSubmittedOn, LocalDate deadline) {
        return firstSubmittedOn != null && !firstSubmittedOn.isAfter(deadline);
    }
}
