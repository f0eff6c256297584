package nl.akkoordmonitor.milestones;

import io.micronaut.serde.annotation.Serdeable;

/**
 * The evaluation completeness of one programme (a national agreement and everything under it),
 * to show several programmes side by side.
 *
 * @param programmeId    the national agreement's id
 * @param programmeTitle its title
 * @param completeness   the figures over the ACTIVE agreements of the year under it, in the scope
 */
@Serdeable
public record ProgrammeCompleteness(long programmeId, String programmeTitle, EvaluationCompleteness completeness) {
}
