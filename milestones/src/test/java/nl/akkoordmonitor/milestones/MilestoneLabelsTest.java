package nl.akkoordmonitor.milestones;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class MilestoneLabelsTest {

    @Test
    void everyStateStatusVerdictAndFigureHasADutchLabel() {
        assertLabelled(MilestoneState.values(), MilestoneLabels::of);
        assertLabelled(ProgressStatus.values(), MilestoneLabels::of);
        assertLabelled(Judgement.values(), MilestoneLabels::of);
        assertLabelled(EvaluationStatus.values(), MilestoneLabels::of);
        assertLabelled(Rating.values(), MilestoneLabels::of);
        assertLabelled(CompletenessFigure.values(), MilestoneLabels::of);
    }

    @Test
    void theRivmWordsAreUsedWhereTheyExist() {
        assertEquals("niet gestart", MilestoneLabels.of(MilestoneState.NOT_STARTED));
        assertEquals("afgerond", MilestoneLabels.of(MilestoneState.ACHIEVED));
        assertEquals("te weinig informatie", MilestoneLabels.of(Judgement.NO_DATA));
        assertEquals("niet gestart", MilestoneLabels.of((EvaluationStatus) null));
    }

    private static <E extends Enum<E>> void assertLabelled(E[] values, Function<E, String> label) {
        Arrays.stream(values).forEach(v -> assertFalse(label.apply(v) == null || label.apply(v).isBlank(), v.name()));
    }
}
