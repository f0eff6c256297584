package nl.akkoordmonitor.milestones.internal.evaluation;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.milestones.EvaluationStatus;
import nl.akkoordmonitor.milestones.Rating;
import nl.akkoordmonitor.platform.message.Message;
import nl.akkoordmonitor.platform.problem.Violation;

import java.util.ArrayList;
import java.util.List;

/**
 * The workflow of a yearly evaluation: DRAFT → SUBMITTED → ACCEPTED, or SUBMITTED → RETURNED
 * (with a reason) → edited → SUBMITTED again. An accepted evaluation is read-only.
 * Who may act (owner submits, the parent's owner reviews) is decided by the agreements module's
 * access rules; this class decides what may happen in which state and with which content.
 */
@Singleton
public class EvaluationWorkflowPolicy {

    /** What a user does to an evaluation. */
    public enum Action {
        EDIT, SUBMIT, RETURN, ACCEPT,
        /** The reviewer opens a closed year again: the accepted evaluation goes back to draft. */
        REOPEN;

        public EvaluationStatus result(EvaluationStatus from) {
            return switch (this) {
                case EDIT -> from;
                case SUBMIT -> EvaluationStatus.SUBMITTED;
                case RETURN -> EvaluationStatus.RETURNED;
                case ACCEPT -> EvaluationStatus.ACCEPTED;
                case REOPEN -> EvaluationStatus.DRAFT;
            };
        }
    }

    /** One adopted theme's part of the evaluation, as the submission check sees it. */
    public record ThemePart(String themeCode, @Nullable Rating rating, @Nullable String findings,
                            @Nullable String lessons, @Nullable String steeringActions) {
    }

    /** Violations here mean "not in this state" (the API answers 409). */
    public List<Violation> transition(EvaluationStatus from, Action action) {
        boolean allowed = switch (action) {
            case EDIT, SUBMIT -> from == EvaluationStatus.DRAFT || from == EvaluationStatus.RETURNED;
            case RETURN, ACCEPT -> from == EvaluationStatus.SUBMITTED;
            case REOPEN -> from == EvaluationStatus.ACCEPTED;
        };
        if (allowed) {
            return List.of();
        }
        if (action == Action.REOPEN) {
            return List.of(Violation.of(Message.of("REOPEN_ONLY_ACCEPTED", from)));
        }
        String message = switch (from) {
            case ACCEPTED -> "the evaluation is accepted and therefore read-only";
            case SUBMITTED -> action == Action.SUBMIT ? "the evaluation is already submitted and awaits review"
                    : "the evaluation is submitted; it can only be edited after the reviewer returns it";
            case DRAFT, RETURNED -> "the evaluation is " + from + "; only a submitted evaluation can be reviewed";
        };
        String rule = from == EvaluationStatus.ACCEPTED ? "EVALUATION_READ_ONLY" : "EVALUATION_WRONG_STATE";
        return List.of(Violation.of(rule, message));
    }

    /** What a submitted evaluation must contain (the API answers 422). */
    public List<Violation> submission(@Nullable String generalConclusion, List<ThemePart> themes) {
        List<Violation> violations = new ArrayList<>();
        if (isBlank(generalConclusion)) {
            violations.add(new Violation("CONCLUSION_REQUIRED", "generalConclusion",
                    "write a general conclusion before submitting"));
        }
        for (ThemePart theme : themes) {
            String field = "themes[" + theme.themeCode() + "]";
            if (theme.rating() == null) {
                violations.add(new Violation("RATING_REQUIRED", field + ".rating",
                        "rate theme " + theme.themeCode() + " GREEN, AMBER or RED before submitting"));
            }
            if (isBlank(theme.findings())) {
                violations.add(new Violation("FINDINGS_REQUIRED", field + ".findings",
                        "describe the findings for theme " + theme.themeCode() + " before submitting"));
            }
            // A theme that is not green needs a plan: steering is the point of the yearly round.
            if ((theme.rating() == Rating.AMBER || theme.rating() == Rating.RED) && isBlank(theme.steeringActions())) {
                violations.add(new Violation("STEERING_ACTIONS_REQUIRED", field + ".steeringActions",
                        "theme " + theme.themeCode() + " is rated " + theme.rating() + "; say how you will steer"));
            }
        }
        return violations;
    }

    /** Reopening a closed year must say why: the year's figures change again after it was accepted (the API answers 422). */
    public List<Violation> reopening(@Nullable String reason) {
        return isBlank(reason)
                ? List.of(Violation.at("/reason", Message.of("REOPEN_REASON_REQUIRED")))
                : List.of();
    }

    /** A returned evaluation must say why, so that the owner knows what to change (the API answers 422). */
    public List<Violation> returning(@Nullable String reason) {
        return isBlank(reason)
                ? List.of(new Violation("RETURN_REASON_REQUIRED", "reason", "say why the evaluation is returned, so that the owner knows what to change"))
                : List.of();
    }

    private static boolean isBlank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
