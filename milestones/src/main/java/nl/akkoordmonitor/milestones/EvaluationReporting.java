package nl.akkoordmonitor.milestones;

import io.micronaut.core.annotation.Nullable;
import nl.akkoordmonitor.agreements.AgreementSummary;
import nl.akkoordmonitor.agreements.Scope;

import java.time.LocalDate;
import java.util.List;

/**
 * Yearly evaluations for the steering report: completeness and one row per expected evaluation.
 * Expected evaluations are the ACTIVE agreements of the year in the scope (from the agreements
 * module); everything else is one or two SQL queries. Scope checks are the caller's.
 */
public interface EvaluationReporting {

    /** The submission deadline of a year's evaluations: configured, or 1 April of the next year. */
    LocalDate deadline(int year);

    EvaluationCompleteness completeness(Scope scope, int year);

    /**
     * The same over one programme: the ACTIVE agreements of the year in the scope that hang under
     * this national agreement; every programme when null.
     */
    EvaluationCompleteness completeness(Scope scope, int year, @Nullable Long programme);

    /** The completeness of every programme the scope's active agreements hang under, side by side. */
    ProgrammesCompleteness completenessPerProgramme(Scope scope, int year);

    /** The rows behind a figure of one programme's completeness (every programme when null). */
    List<EvaluationRow> rows(Scope scope, int year, @Nullable CompletenessFigure figure, @Nullable Long programme);

    /**
     * The expected evaluations of the scope and year, ordered by level, owner name and agreement,
     * with the ratings per theme.
     *
     * @param figure only the agreements behind this figure; all expected when null
     */
    List<EvaluationRow> rows(Scope scope, int year, @Nullable CompletenessFigure figure);

    /**
     * The same rows for a caller that already holds the expected agreements: the ACTIVE agreements
     * of the year in its scope, as {@link nl.akkoordmonitor.agreements.Agreements#activeIn} answers.
     */
    List<EvaluationRow> rows(List<AgreementSummary> expected, int year, @Nullable CompletenessFigure figure);
}
