package nl.akkoordmonitor.reporting.internal.steering;

import nl.akkoordmonitor.platform.vocabulary.Vocabulary;
import nl.akkoordmonitor.reporting.internal.workbook.BarChart;
import nl.akkoordmonitor.reporting.internal.workbook.Column;
import nl.akkoordmonitor.reporting.internal.workbook.ColumnType;
import nl.akkoordmonitor.reporting.internal.workbook.Labels;
import nl.akkoordmonitor.reporting.internal.workbook.SheetWriter;
import nl.akkoordmonitor.reporting.internal.workbook.StreamingWorkbook;
import nl.akkoordmonitor.reporting.internal.workbook.TrafficLight;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Writes the steering report (voortgangsrapportage) as a streamed workbook: Samenvatting with a
 * chart, Dekking kernthema's, Mijlpalen, Evaluaties, Indicatoren, Financiering and Risico's.
 */
public final class SteeringWorkbookWriter {

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
        try (StreamingWorkbook workbook = new StreamingWorkbook(SHEETS.stream().map(Labels::get).toList())) {
            CompletableFuture<OtherSheets> others = CompletableFuture.supplyAsync(
                    () -> otherSheets(workbook, title, rest.get(), generatedOn), executor);
            try {
                List<ReportLines.RiskLine> risks = new ArrayList<>();
                long rows = milestones(workbook, title, milestones, risks);
                OtherSheets done = outcome(others);
                rows += done.rows();
                risks.addAll(0, done.risks());
                rows += risks(workbook, title, risks);
                done.chart().drawOn(workbook.xssfSheet(Labels.get("sheet.summary")), 7, 2, 16, 24);
                workbook.finish();
                workbook.write(out);
                return new Written(rows, workbook.cells());
            } finally {
                // Never close the workbook under the other thread's feet, also when this one failed.
                others.exceptionally(failure -> null).join();
            }
        }
    }

    /** The sheets in reading order, by label key. */
    private static final List<String> SHEETS = List.of("sheet.summary", "sheet.coverage", "sheet.milestones",
            "sheet.evaluations", "sheet.indicators", "sheet.financing", "sheet.risks");

    /** What the other thread hands back: its table rows, the risks it found and the summary's chart. */
    private record OtherSheets(long rows, List<ReportLines.RiskLine> risks, BarChart chart) {
    }

    private static OtherSheets otherSheets(StreamingWorkbook workbook, String title, SteeringReportContent content,
                                           LocalDate generatedOn) {
        BarChart chart = summary(workbook, title, content, generatedOn);
        long rows = coverage(workbook, title, content);
        rows += evaluations(workbook, title, content);
        rows += indicators(workbook, title, content);
        rows += financing(workbook, title, content);
        return new OtherSheets(rows, content.risks(), chart);
    }

    private static <T> T outcome(CompletableFuture<T> task) {
        try {
            return task.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** Writes the summary's figures; returns its chart, which the caller draws. */
    private static BarChart summary(StreamingWorkbook workbook, String title, SteeringReportContent content, LocalDate generatedOn) {
        String name = Labels.get("sheet.summary");
        SheetWriter sheet = workbook.sheet(name, List.of(Column.text("summary.figure", 52), Column.money("col.structural"),
                Column.money("col.incidental"), Column.money("col.total"), Column.money("col.allocated"),
                Column.money("col.spent")));
        SummaryFigures figures = content.summary();
        sheet.title(title).note(Labels.format("report.generatedOn", dutchDate(generatedOn)));
        sheet.freezeTop(2);

        sheet.section(Labels.get("summary.section.agreements"));
        figure(sheet, "summary.activeAgreements", figures.activeAgreements());
        figure(sheet, "summary.fullyCovered", figures.fullyCovered());
        figure(sheet, "summary.gaps", figures.withGaps());
        figure(sheet, "summary.noAgreement", figures.withoutAgreement());

        sheet.section(Labels.get("summary.section.milestones"));
        long total = 0;
        for (Map.Entry<String, Long> state : figures.milestonesPerState().entrySet()) {
            sheet.row().status(word("MilestoneState.", state.getKey()), milestoneLight(state.getKey())).integer(state.getValue());
            total += state.getValue();
        }
        figure(sheet, "summary.milestonesTotal", total);

        sheet.section(Labels.get("summary.section.evaluations"));
        figure(sheet, "summary.evaluationsExpected", figures.evaluationsExpected());
        figure(sheet, "summary.evaluationsSubmitted", figures.evaluationsSubmitted());
        figure(sheet, "summary.evaluationsOnTime", figures.evaluationsOnTime());
        figure(sheet, "summary.evaluationsAccepted", figures.evaluationsAccepted());
        figure(sheet, "summary.evaluationsReturned", figures.evaluationsReturned());
        figure(sheet, "summary.evaluationsMissing", figures.evaluationsExpected() - figures.evaluationsSubmitted());

        sheet.section(Labels.get("summary.section.risks"));
        figure(sheet, "summary.fundingCliffs", figures.fundingCliffs());
        figure(sheet, "summary.overspending", figures.overspending());

        sheet.section(Labels.get("summary.section.money"));
        sheet.subHeader(List.of(Labels.get("col.law"), Labels.get("col.structural"), Labels.get("col.incidental"),
                Labels.get("col.budgeted"), Labels.get("col.allocated"), Labels.get("col.spent")));
        int firstLawRow = sheet.nextRowIndex();
        List<String> lawLabels = new ArrayList<>();
        List<Double> structural = new ArrayList<>();
        List<Double> incidental = new ArrayList<>();
        MoneyTotals grand = new MoneyTotals();
        for (String law : LAWS) {
            MoneyTotals perLaw = new MoneyTotals();
            BigDecimal lawStructural = BigDecimal.ZERO;
            BigDecimal lawIncidental = BigDecimal.ZERO;
            for (ReportLines.LawNatureLine line : content.money()) {
                if (line.law().equals(law)) {
                    perLaw.add(line.budgeted(), line.allocated(), line.spent());
                    if ("STRUCTURAL".equals(line.nature())) {
                        lawStructural = lawStructural.add(line.budgeted());
                    } else {
                        lawIncidental = lawIncidental.add(line.budgeted());
                    }
                }
            }
            grand.add(perLaw.budgeted, perLaw.allocated, perLaw.spent);
            lawLabels.add(word("LegalBasis.", law));
            structural.add(lawStructural.doubleValue());
            incidental.add(lawIncidental.doubleValue());
            sheet.row().text(word("LegalBasis.", law)).money(lawStructural).money(lawIncidental)
                    .money(perLaw.budgeted).money(perLaw.allocated).money(perLaw.spent);
        }
        BigDecimal totalStructural = content.money().stream().filter(l -> "STRUCTURAL".equals(l.nature()))
                .map(ReportLines.LawNatureLine::budgeted).reduce(BigDecimal.ZERO, BigDecimal::add);
        sheet.row().text(Labels.get("col.total")).money(totalStructural).money(grand.budgeted.subtract(totalStructural))
                .money(grand.budgeted).money(grand.allocated).money(grand.spent);
        sheet.row().text(Labels.get("summary.structuralShare"))
                .percent(figures.structuralShare() == null ? null : figures.structuralShare().movePointRight(2));

        return new BarChart(Labels.get("summary.chartTitle"), 0, firstLawRow, lawLabels, List.of(
                new BarChart.Series(Labels.get("col.structural"), 1, structural),
                new BarChart.Series(Labels.get("col.incidental"), 2, incidental)));
    }

    private static void figure(SheetWriter sheet, String labelKey, long value) {
        sheet.row().text(Labels.get(labelKey)).integer(value);
    }

    private static int coverage(StreamingWorkbook workbook, String title, SteeringReportContent content) {
        List<Column> columns = new ArrayList<>(List.of(Column.text("col.region", 10), Column.text("col.organisationCode", 10),
                Column.text("col.organisation", 30), Column.text("col.level", 11), Column.text("col.agreement", 36)));
        for (ReportLines.Theme theme : content.bindingThemes()) {
            columns.add(Column.named(theme.name(), 22, ColumnType.STATUS));
        }
        SheetWriter sheet = workbook.sheet(Labels.get("sheet.coverage"), columns).title(title).header();
        for (ReportLines.CoverageLine line : content.coverage()) {
            SheetWriter.RowWriter row = sheet.row().text(line.regionCode()).text(line.organisationCode())
                    .text(line.organisationName()).text(word("AgreementLevel.", line.level())).text(line.agreementTitle());
            for (ReportLines.Theme theme : content.bindingThemes()) {
                String cell = line.cells().getOrDefault(theme.id(), "NO_ACTIVE_AGREEMENT");
                row.status(word("CoverageState.", cell), coverageLight(cell));
            }
        }
        return sheet.dataRows();
    }

    /** Writes the Mijlpalen sheet and collects the overdue and at-risk milestones for Risico's. */
    private static int milestones(StreamingWorkbook workbook, String title,
                                  SteeringReportContent.RowSource<ReportLines.MilestoneLine> milestones,
                                  List<ReportLines.RiskLine> risks) {
        SheetWriter sheet = workbook.sheet(Labels.get("sheet.milestones"), List.of(
                Column.integer("col.milestoneId"), Column.text("col.region", 10), Column.text("col.organisation", 26),
                Column.text("col.agreement", 30), Column.text("col.theme", 24), Column.text("col.commitment", 30),
                Column.text("col.milestone", 40), Column.text("col.responsible", 24), Column.date("col.dueDate"),
                Column.status("col.state", 18), Column.percent("col.percent"), Column.date("col.lastReport"),
                Column.text("col.narrative", 60))).title(title).header();
        milestones.forEach(m -> {
            sheet.row().integer(m.milestoneId()).text(m.regionCode()).text(m.organisationName()).text(m.agreementTitle())
                    .text(m.themeName()).text(m.commitmentTitle()).text(m.title()).text(m.responsibleName())
                    .date(m.dueDate()).status(word("MilestoneState.", m.state()), milestoneLight(m.state()))
                    .percent(m.percentComplete()).date(m.lastReportOn()).text(m.narrative());
            if ("OVERDUE".equals(m.state()) || "AT_RISK".equals(m.state())) {
                risks.add(new ReportLines.RiskLine(m.state(), m.regionCode(), m.organisationName(), m.title(),
                        m.agreementTitle() + " – " + m.themeName(), m.dueDate(), null));
            }
        });
        return sheet.dataRows();
    }

    private static int evaluations(StreamingWorkbook workbook, String title, SteeringReportContent content) {
        SheetWriter sheet = workbook.sheet(Labels.get("sheet.evaluations"), List.of(
                Column.text("col.region", 10), Column.text("col.organisation", 26), Column.text("col.agreement", 30),
                Column.text("col.level", 11), Column.integer("col.year"), Column.status("col.state", 15),
                Column.date("col.submittedOn"), Column.text("col.onTime", 8), Column.date("col.reviewedOn"),
                Column.integer("col.green"), Column.integer("col.amber"),
                Column.integer("col.red"), Column.text("col.ratings", 60), Column.text("col.returnReason", 50)))
                .title(title).header();
        for (ReportLines.EvaluationLine e : content.evaluations()) {
            Map<String, Long> counts = e.ratings().values().stream().collect(Collectors.groupingBy(r -> r, Collectors.counting()));
            String ratings = e.ratings().entrySet().stream()
                    .map(r -> r.getKey() + ": " + word("Rating.", r.getValue()))
                    .collect(Collectors.joining("; "));
            sheet.row().text(e.regionCode()).text(e.organisationName()).text(e.agreementTitle()).text(word("AgreementLevel.", e.level()))
                    .integer(e.year()).status(evaluationWord(e.status()), evaluationLight(e.status()))
                    .date(e.submittedOn()).text(e.onTime() == null ? null : Vocabulary.word(e.onTime() ? "yes" : "no"))
                    .date(e.reviewedOn())
                    .integer(counts.getOrDefault("GREEN", 0L)).integer(counts.getOrDefault("AMBER", 0L))
                    .integer(counts.getOrDefault("RED", 0L)).text(ratings).text(e.returnReason());
        }
        return sheet.dataRows();
    }

    private static int indicators(StreamingWorkbook workbook, String title, SteeringReportContent content) {
        SheetWriter sheet = workbook.sheet(Labels.get("sheet.indicators"), List.of(
                Column.text("col.organisationCode", 12), Column.text("col.indicator", 36), Column.text("col.unit", 10),
                Column.text("col.direction", 15), Column.text("col.source", 24), Column.text("col.organisation", 26),
                Column.text("col.agreement", 30), Column.decimal("col.baseline"), Column.integer("col.baselineYear"),
                Column.decimal("col.target"), Column.integer("col.targetYear"), Column.decimal("col.measurement"),
                Column.integer("col.measurementYear"), Column.status("col.judgement", 18))).title(title).header();
        for (ReportLines.IndicatorLine i : content.indicators()) {
            sheet.row().text(i.indicatorCode()).text(i.indicatorName()).text(i.unit()).text(word("IndicatorDirection.", i.direction()))
                    .text(i.source()).text(i.organisationName()).text(i.agreementTitle())
                    .decimal(i.baselineValue()).integer(i.baselineYear()).decimal(i.targetValue()).integer(i.targetYear())
                    .decimal(i.latestValue()).integer(i.latestYear())
                    .status(word("Judgement.", i.judgement()), judgementLight(i.judgement()));
        }
        return sheet.dataRows();
    }

    private static int financing(StreamingWorkbook workbook, String title, SteeringReportContent content) {
        SheetWriter sheet = workbook.sheet(Labels.get("sheet.financing"), List.of(
                Column.text("col.rowKind", 12), Column.text("col.stream", 36), Column.text("col.source", 18),
                Column.text("col.law", 11), Column.text("col.nature", 12), Column.text("col.recipient", 26),
                Column.text("col.earmarked", 11), Column.money("col.budgeted"), Column.money("col.allocated"),
                Column.money("col.spent"), Column.money("col.remaining"))).title(title).header();
        String lawNature = Labels.get("financing.row.lawNature");
        MoneyTotals total = new MoneyTotals();
        for (ReportLines.LawNatureLine m : content.money()) {
            total.add(m.budgeted(), m.allocated(), m.spent());
            sheet.row().text(lawNature).skip().skip().text(word("LegalBasis.", m.law())).text(word("FundingNature.", m.nature()))
                    .skip().skip().money(m.budgeted()).money(m.allocated()).money(m.spent())
                    .money(m.budgeted().subtract(m.allocated()));
        }
        sheet.row().text(Labels.get("financing.row.total")).skip().skip().skip().skip().skip().skip()
                .money(total.budgeted).money(total.allocated).money(total.spent).money(total.budgeted.subtract(total.allocated));
        String stream = Labels.get("financing.row.stream");
        for (ReportLines.StreamLine s : content.streams()) {
            sheet.row().text(stream).text(s.streamName()).text(word("FundingSource.", s.source())).text(word("LegalBasis.", s.law()))
                    .text(word("FundingNature.", s.nature())).text(s.recipientName()).text(Vocabulary.word(s.earmarked() ? "yes" : "no"))
                    .money(s.budgeted()).money(s.allocated()).money(s.spent()).money(s.budgeted().subtract(s.allocated()));
        }
        return sheet.dataRows();
    }

    private static int risks(StreamingWorkbook workbook, String title, List<ReportLines.RiskLine> risks) {
        SheetWriter sheet = workbook.sheet(Labels.get("sheet.risks"), List.of(
                Column.status("col.risk", 26), Column.text("col.region", 10), Column.text("col.organisation", 26),
                Column.text("col.subject", 44), Column.text("col.detail", 50), Column.date("col.dueDate"),
                Column.money("col.amount"))).title(title).header();
        for (ReportLines.RiskLine r : risks) {
            sheet.row().status(Labels.get("risk." + r.kind()), riskLight(r.kind())).text(r.regionCode()).text(r.organisationName())
                    .text(r.subject()).text(r.detail()).date(r.date()).money(r.amount());
        }
        return sheet.dataRows();
    }

    /**
     * The vocabulary's word for another module's enum value, given as its enum's simple name with
     * a dot and the value's name ({@code "MilestoneState.", "OVERDUE"}).
     */
    static String word(String enumPrefix, String name) {
        return name == null ? null : Vocabulary.word(enumPrefix + name);
    }

    /** An evaluation's workflow state, or "Niet gestart" when there is not even a draft. */
    static String evaluationWord(String status) {
        return "NOT_STARTED".equals(status) ? Vocabulary.word("evaluation.notStarted") : word("EvaluationStatus.", status);
    }

    static TrafficLight milestoneLight(String state) {
        return switch (state) {
            case "ACHIEVED", "ON_TRACK" -> TrafficLight.GREEN;
            case "AT_RISK" -> TrafficLight.AMBER;
            case "DELAYED", "OVERDUE" -> TrafficLight.RED;
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

    private static String dutchDate(LocalDate date) {
        return String.format("%02d-%02d-%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    /** Budgeted, allocated and spent added up. */
    private static final class MoneyTotals {
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
