package nl.akkoordmonitor.milestones.internal.indicator;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.milestones.IndicatorDirection;
import nl.akkoordmonitor.milestones.Judgement;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Judges a measured value against the straight path from an agreement's baseline to its target.
 * A value exactly on the path is on course. Before the baseline year the path is the baseline,
 * after the target year it is the target.
 */
@Singleton
public class IndicatorJudgementPolicy {

    /** The straight line from baseline (value, year) to target (value, year). */
    public record CoursePath(BigDecimal baselineValue, int baselineYear, BigDecimal targetValue, int targetYear) {
        public CoursePath {
            if (targetYear <= baselineYear) {
                throw new IllegalArgumentException("the target year must come after the baseline year");
            }
        }
    }

    public Judgement judge(IndicatorDirection direction, CoursePath path, int year, @Nullable BigDecimal value) {
        if (value == null) {
            return Judgement.NO_DATA;
        }
        // Compare value * span with baseline * span + (target - baseline) * elapsed, so that a value
        // exactly on the path is recognised without rounding a division.
        BigDecimal span = BigDecimal.valueOf(path.targetYear() - path.baselineYear());
        BigDecimal elapsed = BigDecimal.valueOf(clamp(year, path) - path.baselineYear());
        BigDecimal scaledValue = value.multiply(span);
        BigDecimal scaledPath = path.baselineValue().multiply(span)
                .add(path.targetValue().subtract(path.baselineValue()).multiply(elapsed));
        int comparison = scaledValue.compareTo(scaledPath);
        boolean onCourse = direction == IndicatorDirection.HIGHER_IS_BETTER ? comparison >= 0 : comparison <= 0;
        return onCourse ? Judgement.ON_COURSE : Judgement.OFF_COURSE;
    }

    /** The value on the path for a year, rounded to four decimals, for showing next to a measurement. */
    public BigDecimal expectedValue(CoursePath path, int year) {
        BigDecimal span = BigDecimal.valueOf(path.targetYear() - path.baselineYear());
        BigDecimal elapsed = BigDecimal.valueOf(clamp(year, path) - path.baselineYear());
        return path.baselineValue().add(path.targetValue().subtract(path.baselineValue())
                .multiply(elapsed).divide(span, 4, RoundingMode.HALF_UP)).setScale(4, RoundingMode.HALF_UP);
    }

    private static int clamp(int year, CoursePath path) {
        return Math.max(path.baselineYear(), Math.min(path.targetYear(), year));
    }
}
