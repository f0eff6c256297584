package nl.akkoordmonitor.milestones.internal.milestone;

import nl.akkoordmonitor.milestones.MilestoneState;
import nl.akkoordmonitor.milestones.ProgressStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MilestoneStatePolicyTest {

    private final MilestoneStatePolicy policy = new MilestoneStatePolicy();
    private final LocalDate today = LocalDate.of(2026, 5, 1);

    @Test
    void withoutReportsAMilestoneIsNotStarted() {
        assertEquals(MilestoneState.NOT_STARTED, policy.stateOf(null, today.plusDays(10), today));
    }

    @Test
    void theNewestReportGivesTheState() {
        assertEquals(MilestoneState.AT_RISK, policy.stateOf(ProgressStatus.AT_RISK, today.plusDays(10), today));
        assertEquals(MilestoneState.DELAYED, policy.stateOf(ProgressStatus.DELAYED, today, today));
    }

    @Test
    void aMilestoneDueTodayIsNotYetOverdue() {
        assertEquals(MilestoneState.ON_TRACK, policy.stateOf(ProgressStatus.ON_TRACK, today, today));
        assertEquals(MilestoneState.NOT_STARTED, policy.stateOf(null, today, today));
    }

    @ParameterizedTest
    @EnumSource(value = ProgressStatus.class, names = {"ON_TRACK", "AT_RISK", "DELAYED"})
    void anUnfinishedMilestonePastItsDueDateIsOverdue(ProgressStatus status) {
        assertEquals(MilestoneState.OVERDUE, policy.stateOf(status, today.minusDays(1), today));
    }

    @Test
    void aMilestoneNobodyReportedOnIsOverdueOncePastItsDueDate() {
        assertEquals(MilestoneState.OVERDUE, policy.stateOf(null, today.minusDays(1), today));
    }

    @ParameterizedTest
    @EnumSource(value = ProgressStatus.class, names = {"ACHIEVED", "CANCELLED"})
    void finishedMilestonesNeverBecomeOverdue(ProgressStatus status) {
        assertEquals(MilestoneState.valueOf(status.name()), policy.stateOf(status, today.minusYears(1), today));
    }
}
