package nl.akkoordmonitor.reporting.internal.sisa;

import nl.akkoordmonitor.financing.SisaStatement;
import nl.akkoordmonitor.reporting.internal.workbook.Labels;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The SiSa statement as a sheet shaped like CBS's SiSa annex: one row per regulation indicator
 * (a regulation, or one of its parts), in SiSa's order, with spending in year T, cumulative
 * spending to T and final accounting yes/no, and the deadline above it. Small (tens of rows), so
 * an ordinary XSSF workbook.
 */
final class SisaWorkbook {

    static final int HEADER_ROW = 3;
    static final int SPENT = 4;
    static final int CUMULATIVE = 5;
    static final int FINAL = 6;

    private SisaWorkbook() {
    }

    /** One of the workbook's words ({@code sisa.workbook.*} in the reporting bundle), in the language of {@code labels}. */
    static String word(Labels labels, String key, Object... args) {
        return labels.format("sisa.workbook." + key, args);
    }

    static byte[] write(Labels labels, SisaStatement statement, String organisationName) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            int year = statement.year();
            XSSFSheet sheet = workbook.createSheet(word(labels, "sheet", String.valueOf(year)));
            CellStyle bold = workbook.createCellStyle();
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            bold.setFont(boldFont);
            CellStyle title = workbook.createCellStyle();
            Font titleFont = workbook.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 14);
            title.setFont(titleFont);
            CellStyle header = workbook.createCellStyle();
            header.setFont(boldFont);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            header.setWrapText(true);
            header.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.CENTER);
            CellStyle number = workbook.createCellStyle();
            number.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.LEFT);
            CellStyle euro = workbook.createCellStyle();
            euro.setDataFormat(workbook.createDataFormat().getFormat("€ #,##0.00"));
            CellStyle euroBold = workbook.createCellStyle();
            euroBold.cloneStyleFrom(euro);
            euroBold.setFont(boldFont);

            text(sheet.createRow(0), 0, word(labels, "title", String.valueOf(year), organisationName), title);
            text(sheet.createRow(1), 0, word(labels, "deadline", labels.longDate(statement.deadline())), bold);
            text(sheet.createRow(2), 0, word(labels, "note"), null);
            Row head = sheet.createRow(HEADER_ROW);
            String[] headers = {word(labels, "column.number"), word(labels, "column.code"), word(labels, "column.regulation"),
                    word(labels, "column.part"), word(labels, "column.spentInYear", String.valueOf(year)),
                    word(labels, "column.cumulative", String.valueOf(year)), word(labels, "column.final")};
            for (int c = 0; c < headers.length; c++) {
                text(head, c, headers[c], header);
            }
            int r = HEADER_ROW + 1;
            int count = 1;
            for (SisaStatement.Line line : statement.lines()) {
                Row row = sheet.createRow(r++);
                Cell nr = row.createCell(0);
                nr.setCellValue(count++);
                nr.setCellStyle(number);
                text(row, 1, code(line), null);
                text(row, 2, line.regulation(), null);
                text(row, 3, line.partName() == null ? "" : line.partCode() + " – " + line.partName(), null);
                money(row, SPENT, line.spentInYear().doubleValue(), euro);
                money(row, CUMULATIVE, line.spentCumulative().doubleValue(), euro);
                text(row, FINAL, labels.word(line.finalAccounting() ? "yes" : "no"), null);
            }
            if (statement.lines().isEmpty()) {
                text(sheet.createRow(r++), 0, word(labels, "noLines", String.valueOf(year)), null);
            } else {
                Row total = sheet.createRow(r);
                text(total, 2, word(labels, "total"), bold);
                // The totals are formulas, so that a reader sees they add up the rows above.
                for (int c : new int[]{SPENT, CUMULATIVE}) {
                    String column = org.apache.poi.ss.util.CellReference.convertNumToColString(c);
                    Cell cell = total.createCell(c);
                    cell.setCellFormula("SUM(" + column + (HEADER_ROW + 2) + ":" + column + r + ")");
                    cell.setCellStyle(euroBold);
                }
                sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, r - 1, 0, headers.length - 1));
            }
            sheet.createFreezePane(0, HEADER_ROW + 1);
            // Printed on one page wide, landscape, as the SiSa annex is.
            sheet.getPrintSetup().setLandscape(true);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            int[] widths = {6, 14, 40, 36, 20, 24, 16};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            head.setHeightInPoints(32);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The SiSa indicator: the regulation's code with the part's, e.g. H12 / 03. */
    private static String code(SisaStatement.Line line) {
        String regulation = line.sisaCode() == null ? "" : line.sisaCode();
        if (line.partSisaCode() == null) {
            return regulation;
        }
        return regulation.isEmpty() ? line.partSisaCode() : regulation + " / " + line.partSisaCode();
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void money(Row row, int column, double value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }
}
