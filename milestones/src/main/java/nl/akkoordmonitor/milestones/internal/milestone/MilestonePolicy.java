package nl.akkoordmonitor.milestones.internal.milestone;

import jakarta.inject.Singleton;
import nl.akkoordmonitor.agreements.AgreementStatus;
import nl.akkoordmonitor.agreements.AgreementSummary;
import nl.akkoordmonitor.agreements.CommitmentSummary;
import nl.akkoordmonitor.milestones.ProgressStatus;
import nl.akkoordmonitor.platform.message.Message;
import nl.akkoordmonitor.platform.problem.Violation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Whether a milestone may be planned under a commitment, and whether a progress report makes sense. */
@Singleton
public class MilestonePolicy {

    public List<Violation> planning(AgreementSummary agreement, CommitmentSummary commitment, LocalDate dueDate) {
        List<Violation> violations = new ArrayList<>();
        if (agreement.status() == AgreementStatus.CLOSED) {
            violations.add(new Violation("AGREEMENT_CLOSED", null, Message.of("AGREEMENT_CLOSED.milestone", agreement.id())));
        }
        if (dueDate.getYear() < commitment.firstYear() || dueDate.getYear() > commitment.lastYear()) {
            violations.add(Violation.at("/dueDate", Message.of("DUE_DATE_OUTSIDE_COMMITMENT", dueDate, commitment.firstYear(), commitment.lastYear())));
        }
        return violations;
    }

    public List<Violation> report(LocalDate reportDate, ProgressStatus status, int percentComplete, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        if (reportDate.isAfter(today)) {
            violations.add(Violation.at("/reportDate", Message.of("REPORT_DATE_IN_FUTURE", reportDate, today)));
        }
        if (percentComplete < 0 || percentComplete > 100) {
            violations.add(Violation.at("/percentComplete", Message.of("PERCENT_OUT_OF_RANGE", percentComplete)));
        }
        if (status == ProgressStatus.ACHIEVED && percentComplete != 100) {
            violations.add(Violation.at("/percentComplete", Message.of("ACHIEVED_NOT_COMPLETE", percentComplete)));
        }
        if (status == ProgressStatus.NOT_STARTED && percentComplete != 0) {
            violations.add(Violation.at("/percentComplete", Message.of("NOT_STARTED_WITH_PROGRESS", percentComplete)));
        }
        return violations;
    }
}
