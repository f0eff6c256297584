package nl.akkoordmonitor.milestones.internal.indicator;

import nl.akkoordmonitor.milestones.Judgement;
import nl.akkoordmonitor.milestones.internal.indicator.IndicatorJudgementPolicy.CoursePath;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static nl.akkoordmonitor.milestones.IndicatorDirection.HIGHER_IS_BETTER;
import static nl.akkoordmonitor.milestones.IndicatorDirection.LOWER_IS_BETTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class IndicatorJudgementPolicyTest {

    private final IndicatorJudgementPolicy policy = new IndicatorJudgementPolicy();

    // Adult smoking from 23% in 2018 to 5% in 2040: the path drops 18/22 points a year.
    private final CoursePath smoking = new CoursePath(new BigDecimal("23"), 2018, new BigDecimal("5"), 2040);
    // Sport participation from 50% in 2020 to 70% in 2030: the path rises 2 points a year.
    private final CoursePath sport = new CoursePath(new BigDecimal("50"), 2020, new BigDecimal("70"), 2030);

    @Test
    void lowerIsBetterIsOnCourseAtOrBelowThePath() {
        // 2029: 23 - 18 * 11/22 = 14
        assertEquals(Judgement.ON_COURSE, policy.judge(LOWER_IS_BETTER, smoking, 2029, new BigDecimal("13.9")));
        assertEquals(Judgement.OFF_COURSE, policy.judge(LOWER_IS_BETTER, smoking, 2029, new BigDecimal("14.1")));
    }

    @Test
    void higherIsBetterIsOnCourseAtOrAboveThePath() {
        // 2025: 50 + 20 * 5/10 = 60
        assertEquals(Judgement.ON_COURSE, policy.judge(HIGHER_IS_BETTER, sport, 2025, new BigDecimal("60.5")));
        assertEquals(Judgement.OFF_COURSE, policy.judge(HIGHER_IS_BETTER, sport, 2025, new BigDecimal("59.5")));
    }

    @Test
    void exactlyOnThePathIsOnCourseInBothDirections() {
        assertEquals(Judgement.ON_COURSE, policy.judge(LOWER_IS_BETTER, smoking, 2029, new BigDecimal("14.000")));
        assertEquals(Judgement.ON_COURSE, policy.judge(HIGHER_IS_BETTER, sport, 2025, new BigDecimal("60")));
    }

    @Test
    void exactlyOnAPathThatDoesNotDivideEvenlyIsStillOnCourse() {
        CoursePath thirds = new CoursePath(new BigDecimal("10"), 2020, new BigDecimal("11"), 2023);
        // 2021: 10 + 1/3, not representable; just above and just below.
        assertEquals(Judgement.ON_COURSE, policy.judge(HIGHER_IS_BETTER, thirds, 2021, new BigDecimal("10.3334")));
        assertEquals(Judgement.OFF_COURSE, policy.judge(HIGHER_IS_BETTER, thirds, 2021, new BigDecimal("10.3333")));
    }

    @Test
    void withoutAMeasurementThereIsNoData() {
        assertEquals(Judgement.NO_DATA, policy.judge(HIGHER_IS_BETTER, sport, 2025, null));
    }

    @Test
    void beforeTheBaselineThePathIsTheBaselineAndAfterTheTargetItIsTheTarget() {
        assertEquals(Judgement.ON_COURSE, policy.judge(HIGHER_IS_BETTER, sport, 2018, new BigDecimal("50")));
        assertEquals(Judgement.OFF_COURSE, policy.judge(HIGHER_IS_BETTER, sport, 2035, new BigDecimal("69")));
        assertEquals(new BigDecimal("70.0000"), policy.expectedValue(sport, 2035));
    }

    @Test
    void expectedValueIsThePointOnThePath() {
        assertEquals(new BigDecimal("14.0000"), policy.expectedValue(smoking, 2029));
        assertEquals(new BigDecimal("60.0000"), policy.expectedValue(sport, 2025));
    }

    @Test
    void aTargetBeforeItsBaselineIsNoPath() {
        assertThrows(IllegalArgumentException.class, () -> new CoursePath(BigDecimal.ONE, 2030, BigDecimal.TEN, 2030));
    }
}
