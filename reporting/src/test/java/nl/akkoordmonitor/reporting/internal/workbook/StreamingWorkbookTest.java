package nl.akkoordmonitor.reporting.internal.workbook;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import nl.akkoordmonitor.platform.vocabulary.Vocabulary;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StreamingWorkbookTest {

    private static final List<Column> COLUMNS = List.of(
            Column.text("col.milestone", 40),
            Column.date("col.dueDate"),
            Column.money("col.budgeted"),
            Column.status("col.state", 16),
            Column.percent("col.percent"),
            Column.text("col.narrative", 60));

    @Test
    void writesAFrozenFilteredTableWithDutchHeadersAndFormats() throws IOException {
        XSSFWorkbook read = write(workbook -> {
            SheetWriter sheet = workbook.sheet("Mijlpalen", COLUMNS).title("Voortgangsrapportage 2025 – Amsterdam").header();
            for (int i = 0; i < 250; i++) {
                sheet.row().text("Mijlpaal " + i).date(LocalDate.of(2025, 3, 31)).money(new BigDecimal("1234.56"))
                        .status(Vocabulary.label(nl.akkoordmonitor.milestones.MilestoneState.AT_RISK), TrafficLight.AMBER).percent(40).text("loopt");
            }
            sheet.finish();
        });

        XSSFSheet sheet = read.getSheet("Mijlpalen");
        Row header = sheet.getRow(1);
        assertEquals(List.of("Mijlpaal", "Einddatum", "Begroot", "Status", "Percentage gereed", "Toelichting"),
                List.of(header.getCell(0).getStringCellValue(), header.getCell(1).getStringCellValue(),
                        header.getCell(2).getStringCellValue(), header.getCell(3).getStringCellValue(),
                        header.getCell(4).getStringCellValue(), header.getCell(5).getStringCellValue()));
        PaneInformation pane = sheet.getPaneInformation();
        assertTrue(pane.isFreezePane());
        assertEquals(2, pane.getHorizontalSplitPosition(), "rows above the data are frozen");
        assertEquals("A2:F252", sheet.getCTWorksheet().getAutoFilter().getRef());
        assertEquals(40 * 256, sheet.getColumnWidth(0));

        Row first = sheet.getRow(2);
        assertEquals(LocalDate.of(2025, 3, 31), first.getCell(1).getLocalDateTimeCellValue().toLocalDate());
        assertEquals("dd-mm-yyyy", first.getCell(1).getCellStyle().getDataFormatString());
        assertEquals(1234.56, first.getCell(2).getNumericCellValue());
        assertEquals(WorkbookStyles.EURO_FORMAT, first.getCell(2).getCellStyle().getDataFormatString());
        XSSFCellStyle status = (XSSFCellStyle) first.getCell(3).getCellStyle();
        assertEquals(FillPatternType.SOLID_FOREGROUND, status.getFillPattern());
        assertArrayEquals(new byte[]{(byte) 0xFF, (byte) 0xEB, (byte) 0x9C}, status.getFillForegroundXSSFColor().getRGB());
        assertEquals("Loopt achter", first.getCell(3).getStringCellValue());
    }

    @Test
    void writesFormulaLikeTextAsPlainTextNeverAsAFormula() throws IOException {
        String hostile = "=HYPERLINK(\"http://x\",\"y\")";
        XSSFWorkbook read = write(workbook -> {
            SheetWriter sheet = workbook.sheet("Mijlpalen", COLUMNS).header();
            sheet.row().text(hostile).skip().skip().skip().skip().text("+31 20 123 4567");
            sheet.row().text("gewone tekst");
            sheet.finish();
        });

        Cell cell = read.getSheet("Mijlpalen").getRow(1).getCell(0);
        assertEquals(CellType.STRING, cell.getCellType());
        assertEquals(hostile, cell.getStringCellValue());
        assertTrue(cell.getCellStyle().getQuotePrefixed(), "Excel keeps it text when a user edits the cell");
        Cell phone = read.getSheet("Mijlpalen").getRow(1).getCell(5);
        assertEquals(CellType.STRING, phone.getCellType());
        assertEquals("+31 20 123 4567", phone.getStringCellValue());
        Cell plain = read.getSheet("Mijlpalen").getRow(2).getCell(0);
        assertFalse(plain.getCellStyle().getQuotePrefixed());
    }

    @Test
    void aStatusThatWrapsMakesItsRowGrowAndAShortOneDoesNot() throws IOException {
        XSSFWorkbook read = write(workbook -> {
            SheetWriter sheet = workbook.sheet("Dekking", COLUMNS).header();
            sheet.row().text("Westerwolde").skip().skip().status("Ingevuld zonder afspraken", TrafficLight.AMBER);
            sheet.row().text("Pekela").skip().skip().status("Niet ingevuld", TrafficLight.RED);
            sheet.row().text("Oldambt").skip().skip().status(null, TrafficLight.NONE);
            sheet.finish();
        });

        XSSFSheet sheet = read.getSheet("Dekking");
        // Column 16 holds 13.8 digits: "Ingevuld zonder afspraken" takes two lines, and its row is two lines high.
        assertEquals(2 * SheetWriter.LINE_HEIGHT + 1, sheet.getRow(1).getHeightInPoints());
        assertEquals(sheet.getDefaultRowHeightInPoints(), sheet.getRow(2).getHeightInPoints());
        assertEquals(sheet.getDefaultRowHeightInPoints(), sheet.getRow(3).getHeightInPoints());
    }

    @Test
    void textsOverSeveralColumnsAreMergedAndTheirRowsAsHighAsTheyNeed() throws IOException {
        String long1 = "Een lange uitleg die over drie kolommen loopt en daar toch nog meer dan een regel nodig heeft, "
                + "want zo gaat dat met uitleg in een rapport.";
        List<Column> three = List.of(Column.text("col.region", 20), Column.text("col.organisation", 20), Column.wrapped("col.agreement", 20));
        XSSFWorkbook read = write(workbook -> {
            SheetWriter sheet = workbook.sheet("Uitleg", three);
            sheet.paragraph(long1, 3, false);
            sheet.labelled("Financieringsklif", long1, 2);
            sheet.row().wrapped(long1, 2).text("daarna");
            sheet.paragraph(1, "kort", 1, true);
            sheet.finish();
        });

        XSSFSheet sheet = read.getSheet("Uitleg");
        List<String> merged = sheet.getMergedRegions().stream().map(CellRangeAddress::formatAsString).sorted().toList();
        assertEquals(List.of("A1:C1", "A3:B3", "B2:C2"), merged);
        assertEquals(SheetWriter.lines(long1, 60) * SheetWriter.LINE_HEIGHT + 2, sheet.getRow(0).getHeightInPoints());
        assertEquals(SheetWriter.lines(long1, 40) * SheetWriter.LINE_HEIGHT + 2, sheet.getRow(1).getHeightInPoints());
        assertEquals("Financieringsklif", sheet.getRow(1).getCell(0).getStringCellValue());
        assertEquals(long1, sheet.getRow(1).getCell(1).getStringCellValue());
        assertEquals(SheetWriter.lines(long1, 40) * SheetWriter.LINE_HEIGHT + 1, sheet.getRow(2).getHeightInPoints());
        assertEquals("daarna", sheet.getRow(2).getCell(2).getStringCellValue(), "the next text goes after the merged columns");
        assertEquals("kort", sheet.getRow(3).getCell(1).getStringCellValue());
        assertEquals(SheetWriter.LINE_HEIGHT + 2, sheet.getRow(3).getHeightInPoints());
        assertTrue(SheetWriter.lines(long1, 40) > SheetWriter.lines(long1, 60));
    }

    @Test
    void cutsTextsThatExcelWouldRefuse() throws IOException {
        XSSFWorkbook read = write(workbook -> {
            SheetWriter sheet = workbook.sheet("Mijlpalen", COLUMNS).header();
            sheet.row().text("x".repeat(40_000));
            sheet.finish();
        });

        assertEquals(SheetWriter.MAX_TEXT, read.getSheet("Mijlpalen").getRow(1).getCell(0).getStringCellValue().length());
    }

    @Test
    void drawsABarChartOnAStreamedSheet() throws IOException {
        XSSFWorkbook read = write(workbook -> {
            SheetWriter sheet = workbook.sheet("Samenvatting", List.of(Column.text("col.law", 20),
                    Column.money("col.structural"), Column.money("col.incidental"))).header();
            sheet.row().text("Wpg").money(new BigDecimal("100.00")).money(new BigDecimal("50.00"));
            sheet.row().text("Wmo 2015").money(new BigDecimal("10.00")).money(new BigDecimal("90.00"));
            sheet.finish();
            new BarChart("Geld per wet", 0, 1, List.of("Wpg", "Wmo 2015"), List.of(
                    new BarChart.Series("Structureel", 1, List.of(100.0, 10.0), BarChart.STRUCTURAL_COLOUR),
                    new BarChart.Series("Incidenteel", 2, List.of(50.0, 90.0), BarChart.INCIDENTAL_COLOUR)))
                    .drawOn(workbook.xssfSheet("Samenvatting"), 4, 0, 12, 18);
        });

        List<XSSFChart> charts = read.getSheet("Samenvatting").getDrawingPatriarch().getCharts();
        assertEquals(1, charts.size());
        var series = charts.get(0).getChartSeries().get(0);
        assertEquals(2, series.getSeriesCount());
        assertEquals("Samenvatting!$B$2:$B$3", series.getSeries(0).getValuesData().getDataRangeReference());
        assertEquals(90.0, series.getSeries(1).getValuesData().getPointAt(1));
        assertNotNull(charts.get(0).getCTChartSpace().getChart().getAutoTitleDeleted(), "no title over the bars");
        // Every series is filled: without a fill LibreOffice draws no bars.
        for (int i = 0; i < series.getSeriesCount(); i++) {
            var fill = series.getSeries(i).getShapeProperties().getFillProperties();
            assertTrue(fill instanceof org.apache.poi.xddf.usermodel.XDDFSolidFillProperties, "series " + i + " has a solid fill");
        }
        var incidental = (org.apache.poi.xddf.usermodel.XDDFSolidFillProperties) series.getSeries(1).getShapeProperties().getFillProperties();
        assertArrayEquals(BarChart.INCIDENTAL_COLOUR, ((org.apache.poi.xddf.usermodel.XDDFColorRgbBinary) incidental.getColor()).getValue());
    }

    private static XSSFWorkbook write(java.util.function.Consumer<StreamingWorkbook> content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (StreamingWorkbook workbook = new StreamingWorkbook()) {
            content.accept(workbook);
            workbook.write(out);
        }
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }
}
