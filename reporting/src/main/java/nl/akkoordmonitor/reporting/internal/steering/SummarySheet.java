package nl.akkoordmonitor.reporting.internal.steering;

import nl.akkoordmonitor.reporting.internal.workbook.BarChart;
import nl.akkoordmonitor.reporting.internal.workbook.Column;
import nl.akkoordmonitor.reporting.internal.workbook.Labels;
import nl.akkoordmonitor.reporting.internal.workbook.PrintLayout;
import nl.akkoordmonitor.reporting.internal.workbook.SheetWriter;
import nl.akkoordmonitor.reporting.internal.workbook.StreamingWorkbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Samenvatting: the four steering questions answered on one printed page. Which binding themes
 * have gaps and where; which milestones are late; who has not submitted this year's evaluation
 * and which were returned; where the incidental money runs out. Each answer says what it counts,
 * and its figures add up to the detail sheets' rows.
 */
final class SummarySheet {

    /** Themes listed by name in the milestones answer; the rest are added up in one row. */
    static final int THEMES = 10;
    /** Organisations named per list; the rest are counted ("en 12 meer"). */
    static final int NAMES = 60;

    private SummarySheet() {
    }

    static void write(StreamingWorkbook workbook, String title, SteeringReportContent content, MilestoneTally milestones,
                      LocalDate generatedOn, PrintLayout print) {
        SummaryFigures figures = content.summary();
        Labels labels = workbook.labels();
        SheetWriter sheet = workbook.sheet(labels.get("sheet.summary"), List.of(Column.wrapped("summary.col.subject", 40),
                Column.integer("summary.col.a"), Column.integer("summary.col.b"), Column.integer("summary.col.c"),
                Column.integer("summary.col.d"), Column.wrapped("summary.col.where", 34), Column.integer("summary.col.there")));
        sheet.title(title);
        Map<String, String> regionNames = new LinkedHashMap<>();
        for (ReportLines.CoverageLine line : content.coverage()) {
            if ("REGIONAL".equals(line.level())) {
                regionNames.put(line.organisationCode(), line.organisationName());
            }
        }
        String year = String.valueOf(figures.year());
        sheet.paragraph(labels.format("summary.counted", labels.date(generatedOn), figures.scopeName(),
                content.coverage().size(), figures.activeAgreements(), milestones.total(), year, content.evaluations().size()), 7, false);
        sheet.freezeTop(1);

        coverage(sheet, labels, content, regionNames);
        milestones(sheet, labels, milestones, regionNames, year);
        evaluations(sheet, labels, content, year);
        BarChart chart = money(sheet, labels, content, figures);
        sheet.print(print).repeatRows(0, 0);
        // Beside the money table, on the same page.
        chart.drawOn(workbook.xssfSheet(labels.get("sheet.summary")), 5, chart.firstRow() - 2, 7, chart.firstRow() + 8);
    }

    /** 1. Which binding themes have gaps, and where; with several programmes, each beside the others. */
    private static void coverage(SheetWriter sheet, Labels labels, SteeringReportContent content, Map<String, String> regionNames) {
        sheet.blank().paragraph(labels.get("summary.q1"), 7, true);
        sheet.paragraph(labels.format("summary.q1.counted", content.coverage().size()), 7, false);
        if (content.sideBySide()) {
            sheet.paragraph(labels.format("summary.q1.programme", content.programmes().get(0).title()), 7, false);
        }
        sheet.subHeader(List.of(labels.get("col.theme"), labels.get("summary.covered"), labels.get("summary.gap"),
                labels.get("summary.noAgreement"), labels.get("col.total"), labels.get("summary.mostGapsIn"), labels.get("col.count")));
        if (content.bindingThemes().isEmpty()) {
            sheet.paragraph(labels.get("summary.q1.none"), 7, false);
        }
        for (ReportLines.Theme theme : content.bindingThemes()) {
            tally(sheet, theme.name(), List.of(theme), content.coverage(), regionNames);
        }
        if (content.sideBySide()) {
            // Every programme on one line: its binding themes' cells added up.
            sheet.paragraph(labels.get("summary.q1.programmes"), 7, false);
            sheet.subHeader(List.of(labels.get("col.programme"), labels.get("summary.covered"), labels.get("summary.gap"),
                    labels.get("summary.noAgreement"), labels.get("col.total"), labels.get("summary.mostGapsIn"), labels.get("col.count")));
            for (ReportLines.ProgrammeCoverage programme : content.programmes()) {
                tally(sheet, programme.title(), programme.bindingThemes(), programme.coverage(), regionNames);
            }
        }
    }

    /** One row: the cells of these themes over these lines, covered, gap and without an agreement, and the region with most not covered. */
    private static void tally(SheetWriter sheet, String subject, List<ReportLines.Theme> themes, List<ReportLines.CoverageLine> lines,
                              Map<String, String> regionNames) {
        long covered = 0;
        long gap = 0;
        long without = 0;
        Map<String, Long> notCoveredPerRegion = new TreeMap<>();
        for (ReportLines.Theme theme : themes) {
            for (ReportLines.CoverageLine line : lines) {
                String cell = line.cells().getOrDefault(theme.id(), "NO_ACTIVE_AGREEMENT");
                if ("ADOPTED_WITH_COMMITMENTS".equals(cell) || "DEVIATION".equals(cell)) {
                    covered++;
                    continue;
                }
                if ("NO_ACTIVE_AGREEMENT".equals(cell)) {
                    without++;
                } else {
                    gap++;
                }
                notCoveredPerRegion.merge(line.regionCode() == null ? "" : line.regionCode(), 1L, Long::sum);
            }
        }
        Map.Entry<String, Long> worst = worst(notCoveredPerRegion);
        sheet.row().text(subject).integer(covered).integer(gap).integer(without).integer(covered + gap + without)
                .text(worst == null ? null : regionNames.getOrDefault(worst.getKey(), worst.getKey()))
                .integer(worst == null ? null : worst.getValue());
    }

    /** 2. Which milestones are late: per theme and region, and the longest overdue by name. */
    private static void milestones(SheetWriter sheet, Labels labels, MilestoneTally tally, Map<String, String> regionNames, String year) {
        sheet.blank().paragraph(labels.get("summary.q2"), 7, true);
        List<String> parts = new ArrayList<>();
        tally.perStatus().forEach((status, count) ->
                parts.add(count + " " + labels.word("ProgressStatus." + status).toLowerCase(labels.language())));
        sheet.paragraph(labels.format("summary.q2.counted", tally.total(), year, String.join(" + ", parts), tally.overdue()), 7, false);
        sheet.subHeader(List.of(labels.get("col.theme"), labels.get("summary.milestones"), labels.get("summary.overdue"),
                labels.get("summary.behind"), labels.get("summary.achieved"), labels.get("summary.mostOverdueIn"),
                labels.get("col.count")));
        List<MilestoneTally.Theme> themes = tally.themes();
        themes.sort(Comparator.comparingLong((MilestoneTally.Theme t) -> t.overdue).reversed().thenComparing(t -> t.name));
        MilestoneTally.Theme rest = new MilestoneTally.Theme(labels.format("summary.otherThemes", Math.max(0, themes.size() - THEMES)));
        for (int i = 0; i < themes.size(); i++) {
            MilestoneTally.Theme t = themes.get(i);
            if (i >= THEMES) {
                rest.total += t.total;
                rest.overdue += t.overdue;
                rest.behind += t.behind;
                rest.achieved += t.achieved;
                t.overduePerRegion.forEach((r, n) -> rest.overduePerRegion.merge(r, n, Long::sum));
                continue;
            }
            themeRow(sheet, t, regionNames);
        }
        if (themes.size() > THEMES) {
            themeRow(sheet, rest, regionNames);
        }
        List<ReportLines.MilestoneLine> oldest = tally.oldestOverdue();
        if (!oldest.isEmpty()) {
            sheet.subHeader(List.of(labels.get("summary.oldestOverdue"), labels.get("col.dueDate"), labels.get("col.reportedStatus"),
                    labels.get("col.percent"), "", labels.get("col.organisation"), labels.get("col.region")));
            for (ReportLines.MilestoneLine m : oldest) {
                String reported = m.reportedStatus() == null ? "NOT_STARTED" : m.reportedStatus();
                sheet.row().text(m.title()).date(m.dueDate())
                        .status(labels.word("ProgressStatus." + reported), SteeringWorkbookWriter.reportedLight(reported))
                        .percent(m.percentComplete()).skip().text(m.organisationName()).text(m.regionCode());
            }
        }
    }

    private static void themeRow(SheetWriter sheet, MilestoneTally.Theme t, Map<String, String> regionNames) {
        Map.Entry<String, Long> worst = worst(t.overduePerRegion);
        sheet.row().text(t.name).integer(t.total).integer(t.overdue).integer(t.behind).integer(t.achieved)
                .text(worst == null ? null : regionNames.getOrDefault(worst.getKey(), worst.getKey()))
                .integer(worst == null ? null : worst.getValue());
    }

    /** 3. Who has not submitted this year's evaluation, and which were returned. */
    private static void evaluations(SheetWriter sheet, Labels labels, SteeringReportContent content, String year) {
        sheet.blank().paragraph(labels.format("summary.q3", year), 7, true);
        List<ReportLines.EvaluationLine> missing = new ArrayList<>();
        List<ReportLines.EvaluationLine> returned = new ArrayList<>();
        long accepted = 0;
        long awaiting = 0;
        for (ReportLines.EvaluationLine e : content.evaluations()) {
            switch (e.status()) {
                case "ACCEPTED" -> accepted++;
                case "SUBMITTED" -> awaiting++;
                case "RETURNED" -> returned.add(e);
                default -> missing.add(e);
            }
        }
        sheet.paragraph(labels.format("summary.q3.counted", content.evaluations().size(), accepted, awaiting, returned.size(),
                missing.size()), 7, false);
        sheet.labelled(labels.format("summary.notSubmitted", missing.size()), names(labels, missing), 6);
        sheet.labelled(labels.format("summary.returned", returned.size()), names(labels, returned), 6);
    }

    /** The organisations by name, sorted, with their region; the first {@value #NAMES}, and how many more. */
    static String names(Labels labels, List<ReportLines.EvaluationLine> lines) {
        if (lines.isEmpty()) {
            return labels.get("summary.nobody");
        }
        List<String> all = lines.stream().map(SummarySheet::name).sorted().distinct().toList();
        String named = String.join(", ", all.subList(0, Math.min(NAMES, all.size())));
        return all.size() > NAMES ? named + labels.format("risk.group.more", all.size() - NAMES) : named;
    }

    static String name(ReportLines.EvaluationLine e) {
        return e.regionCode() == null || "REGIONAL".equals(e.level()) || "NATIONAL".equals(e.level())
                ? e.organisationName() : e.organisationName() + " (" + e.regionCode() + ")";
    }

    /** 4. Where the incidental money runs out: per first year without money; then money per law, with the chart. */
    private static BarChart money(SheetWriter sheet, Labels labels, SteeringReportContent content, SummaryFigures figures) {
        sheet.blank().paragraph(labels.get("summary.q4"), 7, true);
        Map<Integer, List<ReportLines.RiskLine>> perYear = new TreeMap<>();
        BigDecimal cliffTotal = BigDecimal.ZERO;
        long cliffs = 0;
        for (ReportLines.RiskLine r : content.risks()) {
            if ("FUNDING_CLIFF".equals(r.kind())) {
                perYear.computeIfAbsent(r.cliffYear(), y -> new ArrayList<>()).add(r);
                cliffTotal = cliffTotal.add(r.amount() == null ? BigDecimal.ZERO : r.amount());
                cliffs++;
            }
        }
        sheet.paragraph(labels.format("summary.q4.counted", cliffs, labels.euros(cliffTotal)), 7, false);
        sheet.subHeader(List.of(labels.get("summary.firstYearWithout"), labels.get("summary.commitments"),
                labels.get("summary.amountPerYear"), labels.get("summary.largest"), "", "", ""));
        for (Map.Entry<Integer, List<ReportLines.RiskLine>> year : perYear.entrySet()) {
            List<ReportLines.RiskLine> list = new ArrayList<>(year.getValue());
            BigDecimal amount = list.stream().map(r -> r.amount() == null ? BigDecimal.ZERO : r.amount())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            list.sort(Comparator.comparing((ReportLines.RiskLine r) -> r.amount() == null ? BigDecimal.ZERO : r.amount()).reversed());
            String largest = list.stream().limit(3)
                    .map(r -> r.subject() + " (" + r.organisationName() + ", " + labels.euros(r.amount()) + ")")
                    .collect(Collectors.joining("; "));
            sheet.row().plain(year.getKey()).integer(list.size()).wholeMoney(amount).wrapped(largest, 4);
        }

        sheet.blank().paragraph(labels.get("summary.moneyPerLaw"), 5, true);
        sheet.subHeader(List.of(labels.get("col.law"), labels.get("col.structural"), labels.get("col.incidental"),
                labels.get("col.budgeted"), labels.get("col.spent")));
        int firstLawRow = sheet.nextRowIndex();
        List<String> lawLabels = new ArrayList<>();
        List<Double> structural = new ArrayList<>();
        List<Double> incidental = new ArrayList<>();
        SteeringWorkbookWriter.MoneyTotals grand = new SteeringWorkbookWriter.MoneyTotals();
        BigDecimal totalStructural = BigDecimal.ZERO;
        for (String law : SteeringWorkbookWriter.LAWS) {
            SteeringWorkbookWriter.MoneyTotals perLaw = new SteeringWorkbookWriter.MoneyTotals();
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
            totalStructural = totalStructural.add(lawStructural);
            grand.add(perLaw.budgeted, perLaw.allocated, perLaw.spent);
            String label = labels.word("LegalBasis." + law);
            lawLabels.add(label);
            structural.add(lawStructural.doubleValue());
            incidental.add(lawIncidental.doubleValue());
            sheet.row().text(label).wholeMoney(lawStructural).wholeMoney(lawIncidental).wholeMoney(perLaw.budgeted)
                    .wholeMoney(perLaw.spent);
        }
        sheet.row().text(labels.get("col.total")).wholeMoney(totalStructural).wholeMoney(grand.budgeted.subtract(totalStructural))
                .wholeMoney(grand.budgeted).wholeMoney(grand.spent);
        BigDecimal share = figures.structuralShare();
        sheet.paragraph(share == null ? labels.get("summary.noBudget")
                : labels.format("summary.structuralShare", share.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP)), 5, false);
        return new BarChart(labels.get("summary.chartTitle"), 0, firstLawRow, lawLabels, List.of(
                new BarChart.Series(labels.get("col.structural"), 1, structural, BarChart.STRUCTURAL_COLOUR),
                new BarChart.Series(labels.get("col.incidental"), 2, incidental, BarChart.INCIDENTAL_COLOUR)));
    }

    private static Map.Entry<String, Long> worst(Map<String, Long> perRegion) {
        return perRegion.entrySet().stream().filter(e -> e.getValue() > 0)
                .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .orElse(null);
    }
}
