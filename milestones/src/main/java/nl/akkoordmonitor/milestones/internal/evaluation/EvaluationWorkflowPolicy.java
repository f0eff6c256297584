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
        Message message = switch (from) {
            case ACCEPTED -> Message.of("EVALUATION_READ_ONLY");
            case SUBMITTED -> Message.of(action == Action.SUBMIT ? "EVALUATION_WRONG_STATE.submitted" : "EVALUATION_WRONG_STATE.edit");
            case DRAFT, RETURNED -> Message.of("EVALUATION_WRONG_STATE.review", from);
        };
        String rule = from == EvaluationStatus.ACCEPTED ? "EVALUATION_READ_ONLY" : "EVALUATION_WRONG_STATE";
        return List.of(new Violation(rule, null, message));
    }

    /** What a submitted evaluation must contain (the API answers 422). */
    public List<Violation> submission(@Nullable String generalConclusion, List<ThemePart> themes) {
        List<Violation> violations = new ArrayList<>();
        if (isBlank(generalConclusion)) {
            violations.add(Violation.at("/generalConclusion", Message.of("CONCLUSION_REQUIRED")));
        }
        for (int i = 0; i < themes.size(); i++) {
            ThemePart theme = themes.get(i);
            String field = "/themes/" + i;
            if (theme.rating() == null) {
                violations.add(Violation.at(field + "/rating", Message.of("RATING_REQUIRED", theme.themeCode())));
            }
            if (isBlank(theme.findings())) {
                violations.add(Violation.at(field + "/findings", Message.of("FINDINGS_REQUIRED", theme.themeCode())));
            }
            // A theme that is not green needs a plan: steering is the point of the yearly round.
            if ((theme.rating() == Rating.AMBER || theme.rating() == Rating.RED) && isBlank(theme.steeringActions())) {
                violations.add(Violation.at(field + "/steeringActions", Message.of("STEERING_ACTIONS_REQUIRED", theme.themeCode(), theme.rating())));
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
                ? List.of(Violation.at("/reason", Message.of("RETURN_REASON_REQUIRED")))
                : List.of();
    }

    private static boolean isBlank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
