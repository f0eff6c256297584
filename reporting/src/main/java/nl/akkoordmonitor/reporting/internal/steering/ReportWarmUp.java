package nl.akkoordmonitor.reporting.internal.steering;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.stream.IntStream;

/**
 * Makes the first steering report after a start as fast as the ones after it. The first report
 * used to take three times as long: the JVM loaded POI's and XMLBeans' classes and compiled the
 * writer while it ran. Right after the start, in the background, this writes a report of made-up
 * lines (no database, nothing kept) a few times to nowhere, which loads and compiles the same
 * code. Not in tests: every test's application would pay for it.
 */
@Singleton
@Requires(notEnv = Environment.TEST)
@Requires(property = "akkoordmonitor.reports.warm-up", notEquals = "false")
class ReportWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(ReportWarmUp.class);
    /** Made-up milestone rows per run, and runs: enough for the JIT to compile the row writers. */
    static final int ROWS = 3_000;
    static final int RUNS = 3;

    private final ExecutorService executor;

    ReportWarmUp(@Named(TaskExecutors.IO) ExecutorService executor) {
        this.executor = executor;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        executor.execute(() -> {
            long start = System.nanoTime();
            try {
                for (int i = 0; i < RUNS; i++) {
                    writeMadeUpReport(executor, OutputStream.nullOutputStream());
                }
                LOG.debug("Steering report writer warmed up in {} ms", (System.nanoTime() - start) / 1_000_000);
            } catch (RuntimeException e) {
                // Only the first report is slower then; nothing else depends on it.
                LOG.warn("Could not warm up the steering report writer", e);
            }
        });
    }

    /** A national-looking report of made-up lines, every sheet and the chart included. */
    static SteeringWorkbookWriter.Written writeMadeUpReport(ExecutorService executor, OutputStream out) {
        LocalDate day = LocalDate.of(2025, 1, 1);
        String[] states = {"ON_TRACK", "OVERDUE", "AT_RISK", "ACHIEVED"};
        String[] reported = {"ON_TRACK", "DELAYED", "AT_RISK", "ACHIEVED", "NOT_STARTED"};
        List<ReportLines.MilestoneLine> milestones = IntStream.range(0, ROWS).mapToObj(i -> new ReportLines.MilestoneLine(i,
                "GG" + (3000 + i % 25), "Gemeente " + i % 342, "Lokaal akkoord " + i % 342, "Thema " + i % 6,
                "Afspraak " + i % 4000, "Mijlpaal " + i, "Partner " + i % 500, day.plusDays(i % 365), states[i % 4],
                i % 7 == 0 ? null : reported[i % 5], i % 101, day.plusDays(i % 200),
                i % 3 == 0 ? null : "Toelichting bij mijlpaal " + i + " met wat tekst, zoals een gemeente die schrijft."))
                .toList();
        List<ReportLines.Theme> themes = IntStream.range(0, 6).mapToObj(t -> new ReportLines.Theme(t, "T" + t, "Thema " + t)).toList();
        String[] cells = {"ADOPTED_WITH_COMMITMENTS", "ADOPTED_WITHOUT_COMMITMENTS", "DEVIATION", "NOT_ADOPTED"};
        List<ReportLines.CoverageLine> coverage = new ArrayList<>();
        List<ReportLines.EvaluationLine> evaluations = new ArrayList<>();
        List<ReportLines.StreamLine> streams = new ArrayList<>();
        List<ReportLines.RiskLine> risks = new ArrayList<>();
        for (int m = 0; m < 350; m++) {
            String region = "GG" + (3000 + m % 25);
            int n = m;
            coverage.add(new ReportLines.CoverageLine(region, "GM" + m, "Gemeente " + m, "LOCAL", "Lokaal akkoord " + m,
                    Map.of(0L, cells[n % 4], 1L, cells[(n + 1) % 4], 2L, cells[(n + 2) % 4])));
            evaluations.add(new ReportLines.EvaluationLine(region, "Gemeente " + m, "Lokaal akkoord " + m, "LOCAL", 2025,
                    m % 5 == 0 ? "NOT_STARTED" : m % 5 == 1 ? "RETURNED" : "ACCEPTED", m % 5 == 0 ? null : day, m % 2 == 0,
                    m % 5 == 0 ? null : day.plusDays(9), Map.of("Thema 0", "GREEN", "Thema 1", "RED"),
                    m % 5 == 1 ? "Onderbouwing ontbreekt" : null));
            for (int s = 0; s < 10; s++) {
                BigDecimal budget = BigDecimal.valueOf(1000L + 37L * s * m, 2);
                streams.add(new ReportLines.StreamLine("Stroom " + s, "MUNICIPALITY", "WPG", s % 2 == 0 ? "STRUCTURAL" : "INCIDENTAL",
                        "Gemeente " + m, s % 3 == 0, budget, budget.subtract(BigDecimal.ONE), budget.add(BigDecimal.valueOf(s - 5))));
            }
            risks.add(new ReportLines.RiskLine(m % 2 == 0 ? "FUNDING_CLIFF" : "EVALUATION_MISSING", region, "Gemeente " + m,
                    "Afspraak " + m, "Incidenteel geld tot en met 2026", null, 2027, BigDecimal.valueOf(40_000)));
        }
        List<ReportLines.IndicatorLine> indicators = IntStream.range(0, 500).mapToObj(i -> new ReportLines.IndicatorLine("IND-" + i % 9,
                "Indicator " + i % 9, "%", "LOWER_IS_BETTER", "Monitor", "Gemeente " + i % 342, "Lokaal akkoord " + i % 342,
                new BigDecimal("20.0"), 2020, new BigDecimal("5.0"), 2040, new BigDecimal("17.5"), 2024,
                i % 2 == 0 ? "ON_COURSE" : "OFF_COURSE")).toList();
        List<ReportLines.LawNatureLine> money = SteeringWorkbookWriter.LAWS.stream().map(law -> new ReportLines.LawNatureLine(law,
                "STRUCTURAL", new BigDecimal("1000.00"), new BigDecimal("800.00"), new BigDecimal("700.00"))).toList();
        SteeringReportContent content = new SteeringReportContent(new SummaryFigures(2025, "Nederland", 350, new BigDecimal("0.6")),
                themes, coverage, evaluations, indicators, money, streams, risks, true);
        return SteeringWorkbookWriter.write("Voortgangsrapportage 2025 – Nederland", SteeringReportContent.RowSource.of(milestones),
                () -> content, executor, day, out);
    }
}
