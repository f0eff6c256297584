package nl.akkoordmonitor.reporting.internal.steering;

import java.util.List;
import java.util.function.Consumer;

/**
 * Everything one steering report shows for one scope and year, apart from its milestones.
 * {@link SteeringWorkbookWriter} writes it; the service fills it from the agreements, milestones
 * and financing APIs. The milestones, by far the most rows, reach the writer separately as a
 * {@link RowSource}, so that they never sit in memory as a whole.
 *
 * @param risks     funding cliffs, overspending and missing or returned evaluations; the writer adds
 *                  the overdue and at-risk milestones it meets
 * @param perRegion  the report covers the country: risks are shown per GGD region
 * @param programmes every programme the report shows, the one of {@code bindingThemes} and
 *                   {@code coverage} first; with more than one they are shown side by side
 */
public record SteeringReportContent(SummaryFigures summary,
                                    List<ReportLines.Theme> bindingThemes,
                                    List<ReportLines.CoverageLine> coverage,
                                    List<ReportLines.EvaluationLine> evaluations,
                                    List<ReportLines.IndicatorLine> indicators,
                                    List<ReportLines.LawNatureLine> money,
                                    List<ReportLines.StreamLine> streams,
                                    List<ReportLines.RiskLine> risks,
                                    boolean perRegion,
                                    List<ReportLines.ProgrammeCoverage> programmes) {

    /** A report of one programme (or none). */
    public SteeringReportContent(SummaryFigures summary, List<ReportLines.Theme> bindingThemes, List<ReportLines.CoverageLine> coverage,
                                 List<ReportLines.EvaluationLine> evaluations, List<ReportLines.IndicatorLine> indicators,
                                 List<ReportLines.LawNatureLine> money, List<ReportLines.StreamLine> streams,
                                 List<ReportLines.RiskLine> risks, boolean perRegion) {
        this(summary, bindingThemes, coverage, evaluations, indicators, money, streams, risks, perRegion, List.of());
    }

    /** Whether several programmes are shown side by side. */
    public boolean sideBySide() {
        return programmes.size() > 1;
    }

    /** Rows handed to the writer one by one; the writer walks them once. */
    @FunctionalInterface
    public interface RowSource<T> {
        void forEach(Consumer<? super T> sink);

        static <T> RowSource<T> of(List<T> rows) {
            return rows::forEach;
        }
    }
}
