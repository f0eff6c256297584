package nl.akkoordmonitor.reporting.internal.workbook;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one table-shaped sheet: optional title lines, one header row with the Dutch column
 * labels, then data rows. {@link #finish()} freezes the header, adds an auto-filter over the
 * table and fixes the column widths.
 */
public final class SheetWriter {

    /** Excel refuses longer cell texts. */
    static final int MAX_TEXT = 32_767;

    private final SXSSFSheet sheet;
    private final List<Column> columns;
    private final WorkbookStyles styles;
    private int nextRow;
    private int headerRow = -1;
    private long cells;
    /**
     * Excel's serial number per date. POI's own conversion asks the workbook for its 1904 flag
     * on every cell, which costs more than the cell itself; a report has only a few hundred
     * distinct dates.
     */
    private final Map<LocalDate, Double> serialDates = new HashMap<>();
    private final boolean date1904;

    SheetWriter(SXSSFSheet sheet, List<Column> columns, WorkbookStyles styles) {
        this.sheet = sheet;
        this.date1904 = sheet.getWorkbook().getXSSFWorkbook().isDate1904();
        this.columns = List.copyOf(columns);
        this.styles = styles;
        for (int i = 0; i < columns.size(); i++) {
            // Width is in 1/256 of a character.
            sheet.setColumnWidth(i, Math.min(255, columns.get(i).width()) * 256);
        }
    }

    /** A bold line above the table, e.g. "Voortgangsrapportage 2025 – Amsterdam". */
    public SheetWriter title(String text) {
        Cell cell = sheet.createRow(nextRow++).createCell(0);
        writeText(cell, text, styles.title());
        return this;
    }

    /** A plain line above the table. */
    public SheetWriter note(String text) {
        writeText(sheet.createRow(nextRow++).createCell(0), text, styles.text());
        return this;
    }

    /** A bold line between blocks of a free-form sheet such as the summary. */
    public SheetWriter section(String text) {
        nextRow++;
        writeText(sheet.createRow(nextRow++).createCell(0), text, styles.bold());
        return this;
    }

    /** A header-styled row inside a free-form sheet; it gets no filter and no frozen pane. */
    public SheetWriter subHeader(List<String> labels) {
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < labels.size(); i++) {
            writeText(row.createCell(i), labels.get(i), styles.header());
        }
        return this;
    }

    /** Index of the row the next {@link #row()} writes. */
    public int nextRowIndex() {
        return nextRow;
    }

    /** For a free-form sheet: keeps the first rows (the title) in view. */
    public void freezeTop(int rows) {
        sheet.createFreezePane(0, rows);
    }

    public SheetWriter header() {
        headerRow = nextRow++;
        Row row = sheet.createRow(headerRow);
        for (int i = 0; i < columns.size(); i++) {
            writeText(row.createCell(i), columns.get(i).header(), styles.header());
        }
        cells += columns.size();
        return this;
    }

    /** A new data row; fill it left to right. */
    public RowWriter row() {
        return new RowWriter(sheet.createRow(nextRow++));
    }

    /** Cells written so far, header included: the benchmark writes as many with bare SXSSF. */
    public long cells() {
        return cells;
    }

    /** Number of data rows written so far. */
    public int dataRows() {
        return headerRow < 0 ? 0 : nextRow - headerRow - 1;
    }

    public int headerRowIndex() {
        return headerRow;
    }

    public SXSSFSheet poi() {
        return sheet;
    }

    /** Freezes the rows up to the header and the filter over the table; call once, after the last row. */
    public void finish() {
        if (headerRow < 0) {
            return;
        }
        sheet.createFreezePane(0, headerRow + 1);
        sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, nextRow - 1), 0, columns.size() - 1));
    }

    /**
     * Writes a text as text, never as a formula: SXSSF stores strings as inline strings, and
     * a text that Excel would read as a formula when edited gets the quote prefix.
     */
    static void writeText(Cell cell, String value, CellStyle plain, CellStyle quoted) {
        if (value == null || value.isEmpty()) {
            cell.setCellStyle(plain);
            return;
        }
        String text = value.length() > MAX_TEXT ? value.substring(0, MAX_TEXT - 1) + "…" : value;
        cell.setCellValue(text);
        cell.setCellStyle(looksLikeFormula(text) ? quoted : plain);
    }

    private void writeText(Cell cell, String value, CellStyle style) {
        writeText(cell, value, style, style == styles.text() ? styles.quotedText() : style);
    }

    static boolean looksLikeFormula(String text) {
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** One data row. Each call fills the next column; null leaves the cell empty. */
    public final class RowWriter {

        private final Row row;
        private int column;

        private RowWriter(Row row) {
            this.row = row;
        }

        private Cell next() {
            cells++;
            return row.createCell(column++);
        }

        public RowWriter text(String value) {
            writeText(next(), value, styles.text(), styles.quotedText());
            return this;
        }

        public RowWriter integer(Number value) {
            Cell cell = next();
            cell.setCellStyle(styles.integer());
            if (value != null) {
                cell.setCellValue(value.doubleValue());
            }
            return this;
        }

        /** Money is exact in the database; Excel holds doubles, which are exact to the cent up to 10^13 euro. */
        public RowWriter money(BigDecimal value) {
            Cell cell = next();
            cell.setCellStyle(styles.money());
            if (value != null) {
                cell.setCellValue(value.doubleValue());
            }
            return this;
        }

        public RowWriter date(LocalDate value) {
            Cell cell = next();
            cell.setCellStyle(styles.date());
            if (value != null) {
                cell.setCellValue(serialDates.computeIfAbsent(value, d -> DateUtil.getExcelDate(d.atStartOfDay(), date1904)));
            }
            return this;
        }

        /** A measured value, such as a prevalence of 18.4 (%). */
        public RowWriter decimal(Number value) {
            Cell cell = next();
            cell.setCellStyle(styles.decimal());
            if (value != null) {
                cell.setCellValue(value.doubleValue());
            }
            return this;
        }

        /** A percentage as a whole number 0–100, shown with a % sign. */
        public RowWriter percent(Number value) {
            Cell cell = next();
            cell.setCellStyle(styles.percent());
            if (value != null) {
                cell.setCellValue(value.doubleValue());
            }
            return this;
        }

        /** A Dutch status label on a green, amber or red fill. */
        public RowWriter status(String label, TrafficLight light) {
            Cell cell = next();
            CellStyle style = styles.status(light == null ? TrafficLight.NONE : light);
            if (label != null) {
                cell.setCellValue(label);
            }
            cell.setCellStyle(style);
            return this;
        }

        /** An empty cell. */
        public RowWriter skip() {
            column++;
            return this;
        }

        public Row poi() {
            return row;
        }
    }
}
