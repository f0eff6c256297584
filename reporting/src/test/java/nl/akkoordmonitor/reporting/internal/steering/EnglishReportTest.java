package nl.akkoordmonitor.reporting.internal.steering;

import nl.akkoordmonitor.platform.message.Languages;
import nl.akkoordmonitor.platform.message.MessageBundle;
import nl.akkoordmonitor.reporting.internal.workbook.Labels;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The steering report in English (asked for with {@code Accept-Language: en}): English sheets,
 * headers, explanations and vocabulary words, written on two threads like the Dutch one, and not
 * one Dutch label left.
 */
class EnglishReportTest {

    @Test
    void everySheetHeaderAndExplanationIsEnglish() throws IOException {
        try (XSSFWorkbook workbook = write(Labels.ENGLISH)) {
            List<String> names = new ArrayList<>();
            workbook.forEach(s -> names.add(s.getSheetName()));
            assertEquals(List.of("Summary", "Core theme coverage", "Milestones", "Evaluations", "Indicators", "Funding", "Risks"), names);

            XSSFSheet milestones = workbook.getSheet("Milestones");
            Row header = milestones.getRow(SteeringWorkbookWriterTest.headerRow(milestones));
            assertEquals(List.of("Milestone ID", "GGD region", "Organisation", "Agreement", "Core theme", "Commitment", "Milestone",
                    "Responsible", "Due date", "Reported status", "Past the due date", "Percentage complete", "Last report",
                    "Explanation"), SteeringWorkbookWriterTest.cells(header));
            Row delayed = milestones.getRow(SteeringWorkbookWriterTest.headerRow(milestones) + 2);
            assertEquals("Delayed", delayed.getCell(9).getStringCellValue(), "the vocabulary's word, in English");
            assertEquals("Past its due date", delayed.getCell(10).getStringCellValue());

            String summary = SteeringWorkbookWriterTest.text(workbook.getSheet("Summary"));
            assertTrue(summary.contains("Produced on 01/05/2026. Counted for GGD Utrecht: 2 GGD regions and municipalities"), summary);
            assertTrue(summary.contains("1. Binding core themes: where are the gaps?"), summary);
            assertTrue(summary.contains("4. Where does the incidental funding run out?"), summary);
            assertTrue(workbook.getSheet("Summary").getFooter().getCenter().contains("Produced on 01/05/2026")
                    || workbook.getSheet("Summary").getFooter().getLeft().contains("Produced on 01/05/2026")
                    || workbook.getSheet("Summary").getFooter().getRight().contains("Produced on 01/05/2026"),
                    "the footer says when the report was made, in English");
            String coverage = SteeringWorkbookWriterTest.text(workbook.getSheet("Core theme coverage"));
            assertTrue(coverage.contains("Adopted with commitments") && coverage.contains("No active agreement"), coverage);
            String funding = SteeringWorkbookWriterTest.text(workbook.getSheet("Funding"));
            assertTrue(funding.contains("Totals by law and type") && funding.contains("Public Health Act (Wpg)"), funding);
            String risks = SteeringWorkbookWriterTest.text(workbook.getSheet("Risks"));
            assertTrue(risks.contains("Funding cliff") && risks.contains("Overspending"), risks);
        }
    }

    @Test
    void noDutchLabelOrVocabularyWordIsLeft() throws IOException {
        Set<String> dutchWords = dutchOnlyWords();
        assertTrue(dutchWords.contains("Samenvatting") && dutchWords.contains("Op schema") && dutchWords.contains("Totaal"),
                "the check knows the Dutch words");
        try (XSSFWorkbook workbook = write(Labels.ENGLISH)) {
            List<String> found = new ArrayList<>();
            DataFormatter formatter = new DataFormatter();
            workbook.forEach(sheet -> {
                if (dutchWords.contains(sheet.getSheetName())) {
                    found.add("sheet " + sheet.getSheetName());
                }
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        String text = formatter.formatCellValue(cell).strip();
                        if (dutchWords.contains(text)) {
                            found.add(sheet.getSheetName() + "!" + cell.getAddress() + " " + text);
                        }
                    }
                }
            });
            assertEquals(List.of(), found);
        }
        try (XSSFWorkbook dutch = write(Labels.DUTCH)) {
            assertEquals("Samenvatting", dutch.getSheetName(0), "the same check would find the Dutch report's words");
        }
    }

    /** Every Dutch label and vocabulary word without placeholders whose English differs. */
    private static Set<String> dutchOnlyWords() {
        Set<String> words = new TreeSet<>();
        Map<String, String> dutch = new MessageBundle("reporting").texts(Languages.DUTCH);
        Map<String, String> english = new MessageBundle("reporting").texts(Languages.ENGLISH);
        dutch.forEach((key, text) -> {
            if (!text.contains("{") && !text.equals(english.get(key))) {
                words.add(text);
            }
        });
        ResourceBundle.Control noFallback = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        ResourceBundle nl = ResourceBundle.getBundle("nl.akkoordmonitor.platform.vocabulary.vocabulary", Languages.DUTCH, noFallback);
        ResourceBundle en = ResourceBundle.getBundle("nl.akkoordmonitor.platform.vocabulary.vocabulary", Languages.ENGLISH, noFallback);
        for (String key : nl.keySet()) {
            if (!nl.getString(key).equals(en.getString(key))) {
                words.add(nl.getString(key));
            }
        }
        return words;
    }

    static XSSFWorkbook write(Labels labels) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SteeringReportContent.RowSource<ReportLines.MilestoneLine> milestones = SteeringReportContent.RowSource.of(List.of(
                new ReportLines.MilestoneLine(11, "GG3014", "Utrecht", "Akkoord Utrecht", "Roken", "Rookvrij",
                        "Pleinen rookvrij", "Utrecht", LocalDate.of(2025, 6, 30), "ON_TRACK", "ON_TRACK", 50,
                        LocalDate.of(2025, 4, 1), null),
                new ReportLines.MilestoneLine(12, "GG3014", "Utrecht", "Akkoord Utrecht", "Alcohol", "Nix18",
                        "Voorlichting scholen", "Utrecht", LocalDate.of(2025, 3, 31), "OVERDUE", "DELAYED", 20, null, null)));
        // The service puts an indicator's source into words when it gathers the lines, in the report's language.
        SteeringReportContent dutch = SteeringWorkbookWriterTest.content();
        List<ReportLines.IndicatorLine> indicators = dutch.indicators().stream().map(i -> new ReportLines.IndicatorLine(
                i.indicatorCode(), i.indicatorName(), i.unit(), i.direction(), labels.word("IndicatorSource.GGD_GEZONDHEIDSMONITOR"),
                i.organisationName(), i.agreementTitle(), i.baselineValue(), i.baselineYear(), i.targetValue(), i.targetYear(),
                i.latestValue(), i.latestYear(), i.judgement())).toList();
        SteeringReportContent content = new SteeringReportContent(dutch.summary(), dutch.bindingThemes(), dutch.coverage(),
                dutch.evaluations(), indicators, dutch.money(), dutch.streams(), dutch.risks(), dutch.perRegion());
        SteeringWorkbookWriter.write(labels, labels.format("report.title", "2025", "GGD Utrecht"), milestones,
                () -> content, task -> new Thread(task).start(), LocalDate.of(2026, 5, 1), out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }
}
