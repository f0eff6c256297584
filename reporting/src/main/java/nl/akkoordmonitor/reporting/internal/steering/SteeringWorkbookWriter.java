package nl.akkoordmonitor.reporting.internal.steering;

import nl.akkoordmonitor.reporting.internal.workbook.Column;
import nl.akkoordmonitor.reporting.internal.workbook.ColumnType;
import nl.akkoordmonitor.reporting.internal.workbook.Labels;
import nl.akkoordmonitor.reporting.internal.workbook.PrintLayout;
import nl.akkoordmonitor.reporting.internal.workbook.SheetWriter;
import nl.akkoordmonitor.reporting.internal.workbook.StreamingWorkbook;
import nl.akkoordmonitor.reporting.internal.workbook.TrafficLight;

import org.apache.poi.ss.usermodel.CellStyle;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Writes the steering report (voortgangsrapportage) as a streamed workbook: Samenvatting (the four
 * steering questions on one page, see {@link SummarySheet}), Dekking kernthema's, Mijlpalen,
 * Evaluaties, Indicatoren, Financiering and Risico's, each set up to print.
 */
public final class SteeringWorkbookWriter {

    /** Width of a theme's column in Dekking kernthema's. */
    static final int COVERAGE_STATE_WIDTH = 22;

    /** The laws in the order the report shows them, also when one carries no money. */
    static final List<String> LAWS = List.of("WPG", "WMO", "JEUGDWET", "ZVW", "WLZ", "NONE");

    private SteeringWorkbookWriter() {
    }

    /** Table rows and cells written, for the benchmark. */
    public record Written(long rows, long cells) {
    }

    /**
     * Writes the report on two threads. This one writes the milestones sheet, by far the most
     * rows, as they arrive from the database; meanwhile another, from {@code executor}, gathers
     * the other figures ({@code rest}) and writes the summary, coverage, evaluations, indicators
     * and financing sheets. Each thread fills sheets of its own; everything that touches the
     * workbook as a whole (creating the sheets, filters, the chart, the risks that need both, and
     * writing the file) happens on this thread while the other is not running.
     *
     * @param title e.g. "Voortgangsrapportage 2025 – GGD Amsterdam", above every table
     * @param rest  the other figures, gathered on the other thread
     */
    public static Written write(String title, SteeringReportContent.RowSource<ReportLines.MilestoneLine> milestones,
                                Supplier<SteeringReportContent> rest, Executor executor, LocalDate generatedOn,
                                OutputStream out) {
        return write(Labels.DUTCH, title, milestones, rest, executor, generatedOn, out);
    }

    /** The same, with every word in the language of {@code labels}. */
    public static Written write(Labels labels, String title, SteeringReportContent.RowSource<ReportLines.MilestoneLine> milestones,
                                Supplier<SteeringReportContent> rest, Executor executor, LocalDate generatedOn,
                                OutputStream out) {
        try (Built built = build(labels, title, milestones, rest, executor, generatedOn)) {
            built.writeTo(out);
            return built.written();
        }
    }

    /**
     * Writes every sheet, streamed to temporary files, but not yet the file itself: the caller
     * sends it with {@link Built#writeTo} (to a download as it goes) and then closes it. A
     * failure here comes before any byte of the file, so the caller can still answer with a
     * problem. Every word is in the language of {@code labels}: the workbook hands them to the
     * sheets of both threads.
     */
    public static Built build(Labels labels, String title, SteeringReportContent.RowSource<ReportLines.MilestoneLine> milestones,
                              Supplier<SteeringReportContent> rest, Executor executor, LocalDate generatedOn) {
        StreamingWorkbook workbook = new StreamingWorkbook(labels, SHEETS.stream().map(labels::get).toList());
        try {
            PrintLayout print = new PrintLayout(title, labels.format("report.generatedOn", labels.date(generatedOn)));
            CompletableFuture<OtherSheets> others = CompletableFuture.supplyAsync(
                    () -> otherSheets(workbook, title, rest.get(), print), executor);
            try {
                MilestoneTally tally = new MilestoneTally();
                long rows = milestones(workbook, title, milestones, tally, print);
                OtherSheets done = Tasks.joined(others);
                rows += done.rows();
                SteeringReportContent content = done.content();
                List<ReportLines.RiskLine> risks = new ArrayList<>(content.risks());
                risks.addAll(tally.risks());
                rows += risks(workbook, title, risks, content.perRegion(), print);
                SummarySheet.write(workbook, title, content, tally, generatedOn, print.onOnePage());
                workbook.finish();
                return new Built(workbook, new Written(rows, workbook.cells()));
            } finally {
                // Never close the workbook under the other thread's feet, also when this one failed.
                others.exceptionally(failure -> null).join();
            }
        } catch (RuntimeException | Error e) {
            workbook.close();
            throw e;
        }
    }

    /** A report whose sheets are written; {@link #writeTo} makes the file, {@link #close} removes its temporary files. */
    public static final class Built implements AutoCloseable {
        private final StreamingWorkbook workbook;
        private final Written written;

        private Built(StreamingWorkbook workbook, Written written) {
            this.workbook = workbook;
            this.written = written;
        }

        public Written written() {
            return written;
        }

        /** Zips the sheets into the xlsx file, straight to {@code out}. */
        public void writeTo(OutputStream out) {
            workbook.write(out);
        }

        @Override
        public void close() {
            workbook.close();
        }
    }

    /** The sheets in reading order, by label key. */
    private static final List<String> SHEETS = List.of("sheet.summary", "sheet.coverage", "sheet.milestones",
            "sheet.evaluations", "sheet.indicators", "sheet.financing", "sheet.risks");

    /** What the other thread hands back: its table rows and the figures it gathered. */
    private record OtherSheets(long rows, SteeringReportContent content) {
    }

    private static OtherSheets otherSheets(StreamingWorkbook workbook, String title, SteeringReportContent content,
                                           PrintLayout print) {
        long rows = coverage(workbook, title, content, print);
        rows += evaluations(workbook, title, content, print);
        rows += indicators(workbook, title, content, print);
        rows += financing(workbook, title, content, print);
        return new OtherSheets(rows, content);
    }

    /**
     * Writes the Dekking sheet: every region and municipality against the binding themes. With
     * several programmes side by side, a first column names the programme and every programme's
     * themes get columns of their own; a row fills those of its own programme.
     */
    private static int coverage(StreamingWorkbook workbook, String title, SteeringReportContent content, PrintLayout print) {
        Labels labels = workbook.labels();
        List<ReportLines.ProgrammeCoverage> programmes = content.sideBySide() ? content.programmes()
                : List.of(new ReportLines.ProgrammeCoverage(0, "", content.bindingThemes(), content.coverage()));
        List<Column> columns = new ArrayList<>();
        if (content.sideBySide()) {
            columns.add(Column.wrapped("col.programme", 24));
        }
        columns.addAll(List.of(Column.text("col.region", 9), Column.text("col.organisationCode", 9),
                Column.text("col.organisation", 22), Column.text("col.level", 10), Column.wrapped("col.agreement", 26)));
        for (ReportLines.ProgrammeCoverage programme : programmes) {
            for (ReportLines.Theme theme : programme.bindingThemes()) {
                // Wide enough for the common states on one line ("Ingevuld met afspraken", "Geen
                // actief akkoord"); a longer one wraps and its row grows.
                columns.add(Column.named(theme.name(), COVERAGE_STATE_WIDTH, ColumnType.STATUS));
            }
        }
        SheetWriter sheet = workbook.sheet(labels.get("sheet.coverage"), columns).title(title).header().print(print);
        for (int p = 0; p < programmes.size(); p++) {
            ReportLines.ProgrammeCoverage programme = programmes.get(p);
            for (ReportLines.CoverageLine line : programme.coverage()) {
                SheetWriter.RowWriter row = sheet.row();
                if (content.sideBySide()) {
                    row.text(programme.title());
                }
                row.text(line.regionCode()).text(line.organisationCode())
                        .text(line.organisationName()).text(word(labels, "AgreementLevel.", line.level())).text(line.agreementTitle());
                for (int other = 0; other < programmes.size(); other++) {
                    for (ReportLines.Theme theme : programmes.get(other).bindingThemes()) {
                        if (other != p) {
                            row.skip();
                            continue;
                        }
                        String cell = line.cells().getOrDefault(theme.id(), "NO_ACTIVE_AGREEMENT");
                        row.status(word(labels, "CoverageState.", cell), coverageLight(cell));
                    }
                }
            }
        }
        return sheet.dataRows();
    }

    /**
     * Writes the Mijlpalen sheet: the status last reported, and beside it whether the milestone is
     * over its due date. Counts them for the summary and the risks meanwhile.
     */
    private static int milestones(StreamingWorkbook workbook, String title,
                                  SteeringReportContent.RowSource<ReportLines.MilestoneLine> milestones,
                                  MilestoneTally tally, PrintLayout print) {
        Labels labels = workbook.labels();
        SheetWriter sheet = workbook.sheet(labels.get("sheet.milestones"), List.of(
                Column.id("col.milestoneId"), Column.text("col.region", 9), Column.text("col.organisation", 20),
                Column.wrapped("col.agreement", 22), Column.wrapped("col.theme", 26), Column.wrapped("col.commitment", 24),
                Column.wrapped("col.milestone", 32), Column.text("col.responsible", 18), Column.date("col.dueDate"),
                Column.status("col.reportedStatus", 14), Column.status("col.overdue", 11), Column.percent("col.percent"),
                Column.date("col.lastReport"), Column.wrapped("col.narrative", 44))).title(title).header().print(print);
        String overdue = labels.word("milestone.overdue");
        milestones.forEach(m -> {
            String reported = m.reportedStatus() == null ? "NOT_STARTED" : m.reportedStatus();
            sheet.row().plain(m.milestoneId()).text(m.regionCode()).text(m.organisationName()).text(m.agreementTitle())
                    .text(m.themeName()).text(m.commitmentTitle()).text(m.title()).text(m.responsibleName())
                    .date(m.dueDate()).status(word(labels, "ProgressStatus.", reported), reportedLight(reported))
                    .status(m.overdue() ? overdue : null, m.overdue() ? TrafficLight.RED : TrafficLight.NONE)
                    .percent(m.percentComplete()).date(m.lastReportOn()).text(m.narrative());
            tally.add(m, reported);
        });
        return sheet.dataRows();
    }

    private static int evaluations(StreamingWorkbook workbook, String title, SteeringReportContent content, PrintLayout print) {
        Labels labels = workbook.labels();
        SheetWriter sheet = workbook.sheet(labels.get("sheet.evaluations"), List.of(
                Column.text("col.region", 9), Column.text("col.organisation", 22), Column.wrapped("col.agreement", 26),
                Column.text("col.level", 10), Column.year("col.year"), Column.status("col.state", 14),
                Column.date("col.submittedOn"), Column.text("col.onTime", 8), Column.date("col.reviewedOn"),
                Column.integer("col.green"), Column.integer("col.amber"),
                Column.integer("col.red"), Column.wrapped("col.ratings", 44), Column.wrapped("col.returnReason", 36)))
                .title(title).header().print(print);
        for (ReportLines.EvaluationLine e : content.evaluations()) {
            Map<String, Long> counts = e.ratings().values().stream().collect(Collectors.groupingBy(r -> r, Collectors.counting()));
            String ratings = e.ratings().entrySet().stream()
                    .map(r -> r.getKey() + ": " + word(labels, "Rating.", r.getValue()))
                    .collect(Collectors.joining("; "));
            sheet.row().text(e.regionCode()).text(e.organisationName()).text(e.agreementTitle())
                    .text(word(labels, "AgreementLevel.", e.level()))
                    .plain(e.year()).status(evaluationWord(labels, e.status()), evaluationLight(e.status()))
                    .date(e.submittedOn()).text(e.onTime() == null ? null : labels.word(e.onTime() ? "yes" : "no"))
                    .date(e.reviewedOn())
                    .integer(counts.getOrDefault("GREEN", 0L)).integer(counts.getOrDefault("AMBER", 0L))
                    .integer(counts.getOrDefault("RED", 0L)).text(ratings).text(e.returnReason());
        }
        return sheet.dataRows();
    }

    private static int indicators(StreamingWorkbook workbook, String title, SteeringReportContent content, PrintLayout print) {
        Labels labels = workbook.labels();
        SheetWriter sheet = workbook.sheet(labels.get("sheet.indicators"), List.of(
                Column.text("col.indicatorCode", 12), Column.wrapped("col.indicator", 30), Column.text("col.unit", 8),
                Column.text("col.direction", 14), Column.text("col.source", 20), Column.text("col.organisation", 22),
                Column.wrapped("col.agreement", 26), Column.decimal("col.baseline"), Column.year("col.baselineYear"),
                Column.decimal("col.target"), Column.year("col.targetYear"), Column.decimal("col.measurement"),
                Column.year("col.measurementYear"), Column.status("col.judgement", 18))).title(title).header().print(print);
        for (ReportLines.IndicatorLine i : content.indicators()) {
            sheet.row().text(i.indicatorCode()).text(i.indicatorName()).text(i.unit())
                    .text(word(labels, "IndicatorDirection.", i.direction()))
                    .text(i.source()).text(i.organisationName()).text(i.agreementTitle())
                    .decimal(i.baselineValue()).plain(i.baselineYear()).decimal(i.targetValue()).plain(i.targetYear())
                    .decimal(i.latestValue()).plain(i.latestYear())
                    .status(word(labels, "Judgement.", i.judgement()), judgementLight(i.judgement()));
        }
        return sheet.dataRows();
    }

    /**
     * The money streams as a filtered table, and below it, outside the filter, the totals per law
     * and nature and the grand total: filtering and summing the streams gives the real total,
     * never the same money counted twice. Spending beyond what was allocated is red, with the
     * amount over beside it.
     */
    private static int financing(StreamingWorkbook workbook, String title, SteeringReportContent content, PrintLayout print) {
        Labels labels = workbook.labels();
        SheetWriter sheet = workbook.sheet(labels.get("sheet.financing"), List.of(
                Column.wrapped("col.stream", 30), Column.text("col.source", 16), Column.text("col.law", 10),
                Column.text("col.nature", 12), Column.text("col.recipient", 22), Column.text("col.earmarked", 12),
                Column.money("col.budgeted"), Column.money("col.allocated"), Column.money("col.spent"),
                Column.money("col.remaining"), Column.money("col.overspent"))).title(title).header().print(print);
        CellStyle overspent = workbook.styles().overspent();
        for (ReportLines.StreamLine s : content.streams()) {
            BigDecimal over = s.spent().subtract(s.allocated());
            boolean overspending = over.signum() > 0;
            sheet.row().text(s.streamName()).text(word(labels, "FundingSource.", s.source())).text(word(labels, "LegalBasis.", s.law()))
                    .text(word(labels, "FundingNature.", s.nature())).text(s.recipientName())
                    .text(labels.word(s.earmarked() ? "yes" : "no"))
                    .money(s.budgeted()).money(s.allocated())
                    .money(s.spent(), overspending ? overspent : workbook.styles().money())
                    .money(s.budgeted().subtract(s.allocated()))
                    .money(overspending ? over : null, overspending ? overspent : workbook.styles().money());
        }
        sheet.endTable().blank();
        sheet.paragraph(labels.get("financing.totals"), 5, true);
        sheet.subHeader(List.of(labels.get("col.law"), labels.get("col.nature"), "", "", "", "", labels.get("col.budgeted"),
                labels.get("col.allocated"), labels.get("col.spent"), labels.get("col.remaining")));
        MoneyTotals total = new MoneyTotals();
        for (ReportLines.LawNatureLine m : content.money()) {
            total.add(m.budgeted(), m.allocated(), m.spent());
            sheet.row().text(word(labels, "LegalBasis.", m.law())).text(word(labels, "FundingNature.", m.nature()))
                    .skip().skip().skip().skip()
                    .money(m.budgeted()).money(m.allocated()).money(m.spent()).money(m.budgeted().subtract(m.allocated()));
        }
        sheet.row().text(labels.get("financing.row.total")).skip().skip().skip().skip().skip()
                .money(total.budgeted).money(total.allocated).money(total.spent).money(total.budgeted.subtract(total.allocated));
        return sheet.dataRows();
    }

    /** Risico's of the whole country prints on at most this many pages. */
    static final int RISK_PAGES_NATIONAL = 3;

    /** The kinds of risk in the order Risico's lists them. */
    static final List<String> RISK_KINDS = List.of("FUNDING_CLIFF", "OVERSPENDING", "EVALUATION_MISSING",
            "EVALUATION_RETURNED", "OVERDUE", "AT_RISK");

    /**
     * Risico's: what each kind of risk means, then one row per risk, sortable on cliff year and
     * amount. Overdue and lagging milestones are one row per organisation (their detail is in
     * Mijlpalen); for the whole country every kind is one row per GGD region, so that the sheet
     * stays a few pages long.
     */
    private static int risks(StreamingWorkbook workbook, String title, List<ReportLines.RiskLine> risks, boolean perRegion,
                             PrintLayout print) {
        Labels labels = workbook.labels();
        SheetWriter sheet = workbook.sheet(labels.get("sheet.risks"), List.of(
                Column.status("col.risk", 22), Column.text("col.region", 9), Column.wrapped("col.organisation", 22),
                Column.integer("col.count"), Column.wrapped("col.subject", 50), Column.wrapped("col.detail", 48),
                Column.date("col.date"), Column.year("col.cliffYear"), Column.money("col.amount"))).title(title);
        for (String kind : RISK_KINDS) {
            sheet.labelled(labels.get("risk." + kind), labels.get("risk.explain." + kind), 8);
        }
        if (perRegion) {
            sheet.paragraph(labels.get("risk.explain.perRegion"), 9, false);
        }
        // For the country the rows are one line each (one region and kind per row) and the sheet
        // prints smaller when needed to stay within three pages.
        sheet.header().print(perRegion ? print.onAtMost(RISK_PAGES_NATIONAL) : print);
        sheet.repeatRows(sheet.headerRowIndex(), sheet.headerRowIndex());
        for (RiskGroups.Group r : RiskGroups.of(labels, risks, perRegion)) {
            sheet.row().status(labels.get("risk." + r.kind()), riskLight(r.kind())).text(r.regionCode()).text(r.organisation())
                    .integer(r.count()).text(r.subject()).text(r.detail()).date(r.date()).plain(r.cliffYear()).money(r.amount());
        }
        return sheet.dataRows();
    }

    /**
     * The vocabulary's word for another module's enum value, given as its enum's simple name with
     * a dot and the value's name ({@code "MilestoneState.", "OVERDUE"}).
     */
    static String word(Labels labels, String enumPrefix, String name) {
        return name == null ? null : labels.word(enumPrefix + name);
    }

    /** An evaluation's workflow state, or "Niet gestart" when there is not even a draft. */
    static String evaluationWord(Labels labels, String status) {
        return "NOT_STARTED".equals(status) ? labels.word("evaluation.notStarted") : word(labels, "EvaluationStatus.", status);
    }

    static TrafficLight reportedLight(String status) {
        return switch (status) {
            case "ACHIEVED", "ON_TRACK" -> TrafficLight.GREEN;
            case "AT_RISK" -> TrafficLight.AMBER;
            case "DELAYED" -> TrafficLight.RED;
            default -> TrafficLight.NONE;
        };
    }

    static TrafficLight evaluationLight(String status) {
        return switch (status) {
            case "ACCEPTED", "SUBMITTED" -> TrafficLight.GREEN;
            case "DRAFT" -> TrafficLight.AMBER;
            case "RETURNED", "NOT_STARTED" -> TrafficLight.RED;
            default -> TrafficLight.NONE;
        };
    }

    static TrafficLight coverageLight(String cell) {
        return switch (cell) {
            case "ADOPTED_WITH_COMMITMENTS" -> TrafficLight.GREEN;
            case "ADOPTED_WITHOUT_COMMITMENTS", "DEVIATION" -> TrafficLight.AMBER;
            case "NOT_ADOPTED", "NO_ACTIVE_AGREEMENT" -> TrafficLight.RED;
            default -> TrafficLight.NONE;
        };
    }

    static TrafficLight judgementLight(String judgement) {
        return switch (judgement) {
            case "ON_COURSE" -> TrafficLight.GREEN;
            case "OFF_COURSE" -> TrafficLight.RED;
            default -> TrafficLight.AMBER;
        };
    }

    static TrafficLight riskLight(String kind) {
        return switch (kind) {
            case "AT_RISK", "EVALUATION_RETURNED", "OVERSPENDING" -> TrafficLight.AMBER;
            default -> TrafficLight.RED;
        };
    }

    /** Budgeted, allocated and spent added up. */
    static final class MoneyTotals {
        BigDecimal budgeted = BigDecimal.ZERO;
        BigDecimal allocated = BigDecimal.ZERO;
        BigDecimal spent = BigDecimal.ZERO;

        void add(BigDecimal b, BigDecimal a, BigDecimal s) {
            budgeted = budgeted.add(b);
            allocated = allocated.add(a);
            spent = spent.add(s);
        }
    }
}
