package nl.akkoordmonitor.reporting.internal.steering;

import java.util.List;

/**
 * Everything one steering report shows, for one scope and year. {@link SteeringWorkbookWriter}
 * writes it; the service fills it from the agreements, milestones and financing APIs, and the
 * benchmark from generated data.
 *
 * @param title    e.g. "Voortgangsrapportage 2025 – GGD Amsterdam"
 */
public record SteeringReportContent(String title,
                                    int year,
                                    SummaryFigures summary,
                                    List<ReportLines.Theme> bindingThemes,
                                    List<ReportLines.CoverageLine> coverage,
                                    List<ReportLines.MilestoneLine> milestones,
                                    List<ReportLines.EvaluationLine> evaluations,
                                    List<ReportLines.IndicatorLine> indicators,
                                    List<ReportLines.LawNatureLine> money,
                                    List<ReportLines.StreamLine> streams,
                                    List<ReportLines.RiskLine> risks) {

    /** Rows in all table sheets together, for the benchmark's rows per second. */
    public long rowCount() {
        return (long) coverage.size() + milestones.size() + evaluations.size() + indicators.size()
                + money.size() + streams.size() + risks.size();
    }
}
