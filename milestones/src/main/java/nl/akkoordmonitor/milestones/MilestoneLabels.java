package nl.akkoordmonitor.milestones;

import io.micronaut.core.annotation.Nullable;

import java.util.Map;

/**
 * The Dutch words for this module's states and verdicts, in one place, for reports and other
 * texts users read. They follow RIVM's progress reports where those have a word ("niet gestart",
 * "afgerond", "te weinig informatie").
 */
public final class MilestoneLabels {

    private static final Map<MilestoneState, String> STATES = Map.of(
            MilestoneState.NOT_STARTED, "niet gestart",
            MilestoneState.ON_TRACK, "in uitvoering, op schema",
            MilestoneState.AT_RISK, "in uitvoering, risico",
            MilestoneState.DELAYED, "in uitvoering, vertraagd",
            MilestoneState.OVERDUE, "over de datum",
            MilestoneState.ACHIEVED, "afgerond",
            MilestoneState.CANCELLED, "geannuleerd");

    private static final Map<ProgressStatus, String> STATUSES = Map.of(
            ProgressStatus.ON_TRACK, "op schema",
            ProgressStatus.AT_RISK, "risico",
            ProgressStatus.DELAYED, "vertraagd",
            ProgressStatus.ACHIEVED, "afgerond",
            ProgressStatus.CANCELLED, "geannuleerd");

    private static final Map<Judgement, String> JUDGEMENTS = Map.of(
            Judgement.ON_COURSE, "op koers",
            Judgement.OFF_COURSE, "niet op koers",
            Judgement.NO_DATA, "te weinig informatie");

    private static final Map<EvaluationStatus, String> EVALUATIONS = Map.of(
            EvaluationStatus.DRAFT, "concept",
            EvaluationStatus.SUBMITTED, "ingediend",
            EvaluationStatus.RETURNED, "teruggestuurd",
            EvaluationStatus.ACCEPTED, "geaccepteerd");

    private static final Map<Rating, String> RATINGS = Map.of(
            Rating.GREEN, "groen",
            Rating.AMBER, "oranje",
            Rating.RED, "rood");

    private static final Map<CompletenessFigure, String> FIGURES = Map.of(
            CompletenessFigure.EXPECTED, "verwacht",
            CompletenessFigure.SUBMITTED, "ingediend",
            CompletenessFigure.ON_TIME, "op tijd",
            CompletenessFigure.LATE, "te laat",
            CompletenessFigure.AWAITING_REVIEW, "wacht op beoordeling",
            CompletenessFigure.RETURNED, "teruggestuurd",
            CompletenessFigure.ACCEPTED, "geaccepteerd",
            CompletenessFigure.MISSING, "ontbreekt");

    private MilestoneLabels() {
    }

    public static String of(MilestoneState state) {
        return STATES.get(state);
    }

    public static String of(ProgressStatus status) {
        return STATUSES.get(status);
    }

    public static String of(Judgement judgement) {
        return JUDGEMENTS.get(judgement);
    }

    /** An evaluation's status; an expected evaluation nobody started has none and is "niet gestart". */
    public static String of(@Nullable EvaluationStatus status) {
        return status == null ? "niet gestart" : EVALUATIONS.get(status);
    }

    /** A theme's rating; an unrated theme is "niet beoordeeld". */
    public static String of(@Nullable Rating rating) {
        return rating == null ? "niet beoordeeld" : RATINGS.get(rating);
    }

    public static String of(CompletenessFigure figure) {
        return FIGURES.get(figure);
    }
}
