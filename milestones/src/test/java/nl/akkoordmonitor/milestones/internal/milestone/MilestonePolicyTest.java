package nl.akkoordmonitor.milestones.internal.milestone;

import nl.akkoordmonitor.agreements.AgreementLevel;
import nl.akkoordmonitor.agreements.AgreementStatus;
import nl.akkoordmonitor.agreements.AgreementSummary;
import nl.akkoordmonitor.agreements.CommitmentSummary;
import nl.akkoordmonitor.milestones.ProgressStatus;
import nl.akkoordmonitor.platform.problem.Violation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MilestonePolicyTest {

    private final MilestonePolicy policy = new MilestonePolicy();
    private final LocalDate today = LocalDate.of(2026, 5, 1);
    private final CommitmentSummary commitment = new CommitmentSummary(7, 1, 2, 3, "SMOKING", "Roken", "Rookvrije schoolpleinen", 10, 2024, 2026);

    @Test
    void aMilestoneInsideTheCommitmentsPeriodOfAnActiveAgreementIsFine() {
        assertTrue(policy.planning(agreement(AgreementStatus.ACTIVE), commitment, LocalDate.of(2025, 6, 30)).isEmpty());
        assertTrue(policy.planning(agreement(AgreementStatus.DRAFT), commitment, LocalDate.of(2026, 12, 31)).isEmpty());
    }

    @Test
    void aClosedAgreementAndADateOutsideThePeriodAreBothReported() {
        List<Violation> violations = policy.planning(agreement(AgreementStatus.CLOSED), commitment, LocalDate.of(2027, 1, 1));
        assertEquals(List.of("AGREEMENT_CLOSED", "DUE_DATE_OUTSIDE_COMMITMENT"), violations.stream().map(Violation::rule).toList());
    }

    @Test
    void aReportOfTodayIsFine() {
        assertTrue(policy.report(today, ProgressStatus.ACHIEVED, 100, today).isEmpty());
        assertTrue(policy.report(today.minusDays(3), ProgressStatus.AT_RISK, 40, today).isEmpty());
    }

    @Test
    void aReportFromTheFutureThatClaimsAnIncompleteAchievementBreaksTwoRules() {
        List<Violation> violations = policy.report(today.plusDays(1), ProgressStatus.ACHIEVED, 80, today);
        assertEquals(List.of("REPORT_DATE_IN_FUTURE", "ACHIEVED_NOT_COMPLETE"), violations.stream().map(Violation::rule).toList());
        assertEquals("/reportDate", violations.get(0).field());
    }

    @Test
    void aMilestoneThatHasNotStartedIsNoPercentComplete() {
        assertTrue(policy.report(today, ProgressStatus.NOT_STARTED, 0, today).isEmpty());
        assertEquals(List.of("NOT_STARTED_WITH_PROGRESS"),
                policy.report(today, ProgressStatus.NOT_STARTED, 10, today).stream().map(Violation::rule).toList());
    }

    @Test
    void percentMustBeAPercentage() {
        assertEquals("PERCENT_OUT_OF_RANGE", policy.report(today, ProgressStatus.ON_TRACK, 101, today).get(0).rule());
        assertEquals("PERCENT_OUT_OF_RANGE", policy.report(today, ProgressStatus.ON_TRACK, -1, today).get(0).rule());
    }

    private static AgreementSummary agreement(AgreementStatus status) {
        return new AgreementSummary(1, AgreementLevel.LOCAL, "Lokaal preventieakkoord", 10, "Gemeente", 20L, 30L, 20L, 40,
                2024, 2026, status, null);
    }
}
