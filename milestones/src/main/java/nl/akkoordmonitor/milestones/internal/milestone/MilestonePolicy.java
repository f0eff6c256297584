package nl.akkoordmonitor.milestones.internal.milestone;

import jakarta.inject.Singleton;
import nl.akkoordmonitor.agreements.AgreementStatus;
import nl.akkoordmonitor.agreements.AgreementSummary;
import nl.akkoordmonitor.agreements.CommitmentSummary;
import nl.akkoordmonitor.milestones.ProgressStatus;
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
            violations.add(Violation.of("AGREEMENT_CLOSED",
                    "agreement " + agreement.id() + " is closed; milestones can only be planned under a draft or active agreement"));
        }
        if (dueDate.getYear() < commitment.firstYear() || dueDate.getYear() > commitment.lastYear()) {
            violations.add(new Violation("DUE_DATE_OUTSIDE_COMMITMENT", "dueDate",
                    "the due date " + dueDate + " lies outside the commitment's period " + commitment.firstYear()
                            + "–" + commitment.lastYear() + "; choose a date inside it"));
        }
        return violations;
    }

    public List<Violation> report(LocalDate reportDate, ProgressStatus status, int percentComplete, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        if (reportDate.isAfter(today)) {
            violations.add(new Violation("REPORT_DATE_IN_FUTURE", "reportDate",
                    "the report date " + reportDate + " lies in the future; report what happened up to today (" + today + ")"));
        }
        if (percentComplete < 0 || percentComplete > 100) {
            violations.add(new Violation("PERCENT_OUT_OF_RANGE", "percentComplete",
                    "percent complete must be between 0 and 100, not " + percentComplete));
        }
        if (status == ProgressStatus.ACHIEVED && percentComplete != 100) {
            violations.add(new Violation("ACHIEVED_NOT_COMPLETE", "percentComplete",
                    "an achieved milestone is 100% complete; report " + percentComplete + "% as ON_TRACK, AT_RISK or DELAYED"));
        }
        if (status == ProgressStatus.NOT_STARTED && percentComplete != 0) {
            violations.add(new Violation("NOT_STARTED_WITH_PROGRESS", "percentComplete",
                    "a milestone that has not started is 0% complete; report " + percentComplete + "% as ON_TRACK, AT_RISK or DELAYED"));
        }
        return violations;
    }
}
