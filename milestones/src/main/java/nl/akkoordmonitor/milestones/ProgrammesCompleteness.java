package nl.akkoordmonitor.milestones;

import io.micronaut.serde.annotation.Serdeable;
import nl.akkoordmonitor.agreements.Scope;

import java.util.List;

/**
 * Evaluation completeness per programme, side by side: the programme most of the scope's active
 * agreements hang under first, then the others by how many hang under them.
 */
@Serdeable
public record ProgrammesCompleteness(Scope scope, int year, List<ProgrammeCompleteness> programmes) {
}
