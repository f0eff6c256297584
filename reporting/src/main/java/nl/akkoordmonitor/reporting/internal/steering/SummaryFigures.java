package nl.akkoordmonitor.reporting.internal.steering;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The headline figures of the summary sheet, taken from the other modules' own overviews so that
 * they match what their APIs answer for the same scope and year.
 *
 * @param milestonesPerState milestone count per state name, in the order to show
 * @param structuralShare    structural part of the budget, 0–1, or null when there is no budget
 */
public record SummaryFigures(long activeAgreements,
                             long fullyCovered,
                             long withGaps,
                             long withoutAgreement,
                             Map<String, Long> milestonesPerState,
                             long evaluationsExpected,
                             long evaluationsSubmitted,
                             long evaluationsOnTime,
                             long evaluationsAccepted,
                             long evaluationsReturned,
                             long fundingCliffs,
                             long overspending,
                             BigDecimal structuralShare) {
}
