package nl.akkoordmonitor.milestones.internal.evaluation;

import nl.akkoordmonitor.milestones.EvaluationStatus;
import nl.akkoordmonitor.milestones.Rating;
import nl.akkoordmonitor.milestones.internal.evaluation.EvaluationWorkflowPolicy.Action;
import nl.akkoordmonitor.milestones.internal.evaluation.EvaluationWorkflowPolicy.ThemePart;
import nl.akkoordmonitor.platform.problem.Violation;
import nl.akkoordmonitor.platform.message.Messages;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static nl.akkoordmonitor.milestones.EvaluationStatus.ACCEPTED;
import static nl.akkoordmonitor.milestones.EvaluationStatus.DRAFT;
import static nl.akkoordmonitor.milestones.EvaluationStatus.RETURNED;
import static nl.akkoordmonitor.milestones.EvaluationStatus.SUBMITTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvaluationWorkflowPolicyTest {

    private final EvaluationWorkflowPolicy policy = new EvaluationWorkflowPolicy();

    @Test
    void aFullRoundDraftSubmittedReturnedSubmittedAccepted() {
        EvaluationStatus status = DRAFT;
        for (Action action : List.of(Action.EDIT, Action.SUBMIT, Action.RETURN, Action.EDIT, Action.SUBMIT, Action.ACCEPT)) {
            assertTrue(policy.transition(status, action).isEmpty(), action + " from " + status);
            status = action.result(status);
        }
        assertEquals(ACCEPTED, status);
    }

    @Test
    void anAcceptedEvaluationIsReadOnly() {
        for (Action action : Action.values()) {
            if (action == Action.REOPEN) {
                continue; // the reviewer's way back: a closed year is reopened with a reason
            }
            List<Violation> violations = policy.transition(ACCEPTED, action);
            assertEquals("EVALUATION_READ_ONLY", violations.get(0).rule(), action.name());
        }
    }

    @Test
    void onlyAnAcceptedEvaluationIsReopenedAndOnlyWithAReason() {
        assertTrue(policy.transition(ACCEPTED, Action.REOPEN).isEmpty());
        assertEquals(DRAFT, Action.REOPEN.result(ACCEPTED));
        for (EvaluationStatus other : List.of(DRAFT, SUBMITTED, EvaluationStatus.RETURNED)) {
            assertEquals("REOPEN_ONLY_ACCEPTED", policy.transition(other, Action.REOPEN).get(0).rule(), other.name());
        }
        assertEquals("REOPEN_REASON_REQUIRED", policy.reopening("  ").get(0).rule());
        assertTrue(policy.reopening("Besteding gecorrigeerd").isEmpty());
    }

    @Test
    void aSubmittedEvaluationCannotBeSubmittedAgainNorEdited() {
        assertEquals("EVALUATION_WRONG_STATE", policy.transition(SUBMITTED, Action.SUBMIT).get(0).rule());
        assertTrue(Messages.of("milestones").dutch(policy.transition(SUBMITTED, Action.SUBMIT).get(0).message()).contains("al ingediend"));
        assertFalse(policy.transition(SUBMITTED, Action.EDIT).isEmpty());
    }

    @Test
    void onlyASubmittedEvaluationCanBeReviewed() {
        for (EvaluationStatus from : List.of(DRAFT, RETURNED)) {
            assertFalse(policy.transition(from, Action.ACCEPT).isEmpty());
            assertFalse(policy.transition(from, Action.RETURN).isEmpty());
        }
    }

    @Test
    void aReturnNeedsAReason() {
        assertEquals("RETURN_REASON_REQUIRED", policy.returning(null).get(0).rule());
        assertEquals("/reason", policy.returning("  ").get(0).field());
        assertTrue(policy.returning("De bijsturing bij roken ontbreekt").isEmpty());
    }

    @Test
    void aSubmissionNeedsAConclusionAndARatingAndFindingsForEveryTheme() {
        List<Violation> violations = policy.submission(" ", List.of(
                new ThemePart("SMOKING", null, null, null, null),
                new ThemePart("OVERWEIGHT", Rating.GREEN, "Op koers", null, null)));
        assertEquals(List.of("CONCLUSION_REQUIRED", "RATING_REQUIRED", "FINDINGS_REQUIRED"),
                violations.stream().map(Violation::rule).toList());
        assertEquals("/themes/0/rating", violations.get(1).field());
    }

    @Test
    void anAmberOrRedThemeNeedsSteeringActions() {
        List<Violation> violations = policy.submission("Gemengd beeld", List.of(
                new ThemePart("SMOKING", Rating.RED, "Achter", "Eerder beginnen", null),
                new ThemePart("ALCOHOL", Rating.AMBER, "Wisselend", null, "Extra voorlichting")));
        assertEquals(1, violations.size());
        assertEquals("/themes/0/steeringActions", violations.get(0).field());
    }

    @Test
    void theDeadlineIsTheFirstOfAprilOfTheNextYearUnlessConfigured() {
        EvaluationDeadlinePolicy deadlines = new EvaluationDeadlinePolicy();
        assertEquals(LocalDate.of(2026, 4, 1), deadlines.deadline(2025, null));
        assertEquals(LocalDate.of(2026, 5, 15), deadlines.deadline(2025, LocalDate.of(2026, 5, 15)));
        assertTrue(deadlines.onTime(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 1)));
        assertFalse(deadlines.onTime(LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 1)));
        assertFalse(deadlines.onTime(null, LocalDate.of(2026, 4, 1)));
    }
}
