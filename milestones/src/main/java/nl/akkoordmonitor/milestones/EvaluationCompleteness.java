package nl.akkoordmonitor.milestones;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import nl.akkoordmonitor.agreements.Scope;

import java.time.LocalDate;

/**
 * Who has and has not submitted a year's evaluation, for a scope. See {@link CompletenessFigure}
 * for what each figure counts; {@code expected = submitted + missing} and
 * {@code submitted = onTime + late = awaitingReview + returned + accepted}.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record EvaluationCompleteness(Scope scope,
                                     int year,
                                     LocalDate deadline,
                                     long expected,
                                     long submitted,
                                     long onTime,
                                     long late,
                                     long awaitingReview,
                                     long returned,
                                     long accepted,
                                     long missing) {
}
