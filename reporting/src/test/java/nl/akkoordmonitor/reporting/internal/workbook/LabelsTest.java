package nl.akkoordmonitor.reporting.internal.workbook;

import nl.akkoordmonitor.agreements.AgreementLevel;
import nl.akkoordmonitor.agreements.CoverageState;
import nl.akkoordmonitor.financing.FundingNature;
import nl.akkoordmonitor.financing.LegalBasis;
import nl.akkoordmonitor.milestones.EvaluationStatus;
import nl.akkoordmonitor.milestones.IndicatorDirection;
import nl.akkoordmonitor.milestones.IndicatorSource;
import nl.akkoordmonitor.milestones.Judgement;
import nl.akkoordmonitor.milestones.MilestoneState;
import nl.akkoordmonitor.milestones.ProgressStatus;
import nl.akkoordmonitor.milestones.Rating;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The report shows the other modules' states and verdicts by their Dutch words, kept in this
 * module's one bundle: a value added to one of those enums must get its word too.
 */
class LabelsTest {

    @Test
    void everyStateStatusAndVerdictTheReportShowsHasADutchWord() {
        List<String> missing = new ArrayList<>();
        missing(missing, "milestone.", MilestoneState.values());
        missing(missing, "progress.", ProgressStatus.values());
        missing(missing, "evaluation.", EvaluationStatus.values());
        missing(missing, "rating.", Rating.values());
        missing(missing, "judgement.", Judgement.values());
        missing(missing, "direction.", IndicatorDirection.values());
        missing(missing, "source.", IndicatorSource.values());
        missing(missing, "level.", AgreementLevel.values());
        missing(missing, "coverage.", CoverageState.values());
        missing(missing, "law.", LegalBasis.values());
        missing(missing, "nature.", FundingNature.values());
        assertEquals(List.of(), missing);
    }

    @Test
    void theRivmWordsAreUsedWhereTheyExist() {
        assertEquals("Niet gestart", Labels.get("milestone.NOT_STARTED"));
        assertEquals("In uitvoering", Labels.get("milestone.ON_TRACK"));
        assertEquals("Afgerond", Labels.get("milestone.ACHIEVED"));
        assertEquals("Te weinig informatie", Labels.get("judgement.NO_DATA"));
    }

    private static void missing(List<String> missing, String prefix, Enum<?>[] values) {
        for (Enum<?> value : values) {
            if (!Labels.has(prefix + value.name())) {
                missing.add(prefix + value.name());
            }
        }
    }
}
