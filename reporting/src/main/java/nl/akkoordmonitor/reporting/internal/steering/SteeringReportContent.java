package nl.akkoordmonitor.reporting.internal.steering;

import java.util.List;
import java.util.function.Consumer;

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
                                    RowSource<ReportLines.MilestoneLine> milestones,
                                    List<ReportLines.EvaluationLine> evaluations,
                                    List<ReportLines.IndicatorLine> indicators,
                                    List<ReportLines.LawNatureLine> money,
                                    List<ReportLines.StreamLine> streams,
                                    List<ReportLines.RiskLine> risks) {

    /**
     * Rows handed to the writer one by one, so that the largest sheet (milestones) never sits in
     * memory as a whole. The writer walks it once, after the sheets before it and before
     * Risico's, so a source may add to {@link #risks()} while it is walked.
     */
    @FunctionalInterface
    public interface RowSource<T> {
        void forEach(Consumer<? super T> sink);

        static <T> RowSource<T> of(List<T> rows) {
            return rows::forEach;
        }
    }
}
