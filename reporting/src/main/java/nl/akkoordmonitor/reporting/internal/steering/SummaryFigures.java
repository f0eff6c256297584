package nl.akkoordmonitor.reporting.internal.steering;

import java.math.BigDecimal;

/**
 * The headline figures of the summary sheet that come from the other modules' own overviews; the
 * rest of the summary is counted from the same lines the detail sheets show, so that its figures
 * add up to theirs.
 *
 * @param year             the report's year
 * @param scopeName        "Nederland", a GGD region's or a municipality's name
 * @param activeAgreements active agreements in scope in the year
 * @param structuralShare  structural part of the budget, 0–1, or null when there is no budget
 */
public record SummaryFigures(int year, String scopeName, long activeAgreements, BigDecimal structuralShare) {
}
