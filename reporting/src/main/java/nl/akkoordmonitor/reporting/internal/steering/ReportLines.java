package nl.akkoordmonitor.reporting.internal.steering;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The rows of the steering report, one record per sheet. They hold the other modules' answers
 * as they are (states as enum names, money as exact {@link BigDecimal}); the writer turns them
 * into Dutch labels, colours and formats.
 */
public final class ReportLines {

    private ReportLines() {
    }

    /** A binding core theme of the national agreement: one column of the coverage matrix. */
    public record Theme(long id, String code, String name) {
    }

    /**
     * The coverage of one programme (a national agreement and everything under it), for a report
     * that shows several side by side.
     *
     * @param nationalId the national agreement
     * @param title      its title
     */
    public record ProgrammeCoverage(long nationalId, String title, List<Theme> bindingThemes, List<CoverageLine> coverage) {
    }

    /**
     * One region or municipality against every binding theme.
     *
     * @param cells per theme id: the coverage cell's enum name, e.g. {@code ADOPTED_WITH_COMMITMENTS}
     */
    public record CoverageLine(String regionCode, String organisationCode, String organisationName, String level,
                               @Nullable String agreementTitle, Map<Long, String> cells) {
    }

    /**
     * One milestone.
     *
     * @param state          its state now, e.g. {@code OVERDUE}
     * @param reportedStatus the status of its newest report, e.g. {@code DELAYED}; null without reports
     */
    public record MilestoneLine(long milestoneId, String regionCode, String organisationName, String agreementTitle,
                                String themeName, String commitmentTitle, String title, String responsibleName,
                                LocalDate dueDate, String state, @Nullable String reportedStatus,
                                @Nullable Integer percentComplete, @Nullable LocalDate lastReportOn,
                                @Nullable String narrative) {

        public boolean overdue() {
            return "OVERDUE".equals(state);
        }
    }

    /**
     * One expected evaluation.
     *
     * @param status       {@code NOT_STARTED} when nothing was drafted yet, else the workflow state
     * @param ratings      per theme name: GREEN, AMBER or RED
     * @param returnReason why the reviewer last returned it; null when it was never returned
     */
    public record EvaluationLine(String regionCode, String organisationName, String agreementTitle, String level,
                                 int year, String status, @Nullable LocalDate submittedOn, @Nullable Boolean onTime,
                                 @Nullable LocalDate reviewedOn, Map<String, String> ratings, @Nullable String returnReason) {
    }

    public record IndicatorLine(String indicatorCode, String indicatorName, String unit, String direction,
                                String source, String organisationName, String agreementTitle,
                                @Nullable BigDecimal baselineValue, @Nullable Integer baselineYear,
                                @Nullable BigDecimal targetValue, @Nullable Integer targetYear,
                                @Nullable BigDecimal latestValue, @Nullable Integer latestYear, String judgement) {
    }

    /** Money for one legal basis and nature, in the report's year. */
    public record LawNatureLine(String law, String nature, BigDecimal budgeted, BigDecimal allocated, BigDecimal spent) {
    }

    public record StreamLine(String streamName, String source, String law, String nature, String recipientName,
                             boolean earmarked, BigDecimal budgeted, BigDecimal allocated, BigDecimal spent) {
    }

    /**
     * One risk: an overdue or at-risk milestone, a missing or returned evaluation, a funding cliff
     * or overspending.
     *
     * @param kind    OVERDUE, AT_RISK, EVALUATION_MISSING, EVALUATION_RETURNED, FUNDING_CLIFF or OVERSPENDING
     * @param subject what it is about (the milestone, the agreement, the commitment)
     * @param detail    the figures behind it (due date, uncovered years, amount over)
     * @param cliffYear for a funding cliff: the first year without money
     * @param amount    for a funding cliff the incidental money of its last year; for overspending the amount over
     */
    public record RiskLine(String kind, String regionCode, String organisationName, String subject, String detail,
                           @Nullable LocalDate date, @Nullable Integer cliffYear, @Nullable BigDecimal amount) {
    }
}
