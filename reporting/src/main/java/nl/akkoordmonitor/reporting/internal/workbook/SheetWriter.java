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
 * Writes one table-shaped sheet: optional title lines, one header row with the column labels in
 * the workbook's language, then data rows. {@link #finish()} freezes the header, adds an
 * auto-filter over the table and fixes the column widths.
 */
public final class SheetWriter {

    /** Excel refuses longer cell texts. */
    static final int MAX_TEXT = 32_767;

    private final SXSSFSheet sheet;
    private final List<Column> columns;
    private final WorkbookStyles styles;
    private final Labels labels;
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
    private PrintLayout print;
    /** Rows repeated at the top of every printed page; by default the title and header rows. */
    private int repeatFrom = 0;
    private int repeatRowsTo = -1;

    SheetWriter(SXSSFSheet sheet, List<Column> columns, WorkbookStyles styles, Labels labels) {
        this.sheet = sheet;
        this.labels = labels;
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

    /**
     * A text over the first {@code span} columns, wrapped, its row as high as it needs: an
     * explanation or a list of names.
     */
    public SheetWriter paragraph(String text, int span, boolean bold) {
        return paragraph(0, text, span, bold);
    }

    /** A wrapped text from column {@code first} over {@code span} columns. */
    public SheetWriter paragraph(int first, String text, int span, boolean bold) {
        Row row = sheet.createRow(nextRow);
        writeText(row.createCell(first), text, bold ? styles.boldWrapped() : styles.wrapped());
        int width = 0;
        for (int c = first; c < first + span && c < columns.size(); c++) {
            width += columns.get(c).width();
        }
        if (span > 1) {
            sheet.addMergedRegionUnsafe(new CellRangeAddress(nextRow, nextRow, first, first + span - 1));
        }
        row.setHeightInPoints(lines(text, width) * LINE_HEIGHT + 2);
        nextRow++;
        return this;
    }

    /** A label in the first column and a wrapped text over the next {@code span} columns. */
    public SheetWriter labelled(String label, String text, int span) {
        Row row = sheet.createRow(nextRow);
        writeText(row.createCell(0), label, styles.boldWrapped());
        writeText(row.createCell(1), text, styles.wrapped());
        int width = 0;
        for (int c = 1; c <= span && c < columns.size(); c++) {
            width += columns.get(c).width();
        }
        if (span > 1) {
            sheet.addMergedRegionUnsafe(new CellRangeAddress(nextRow, nextRow, 1, span));
        }
        row.setHeightInPoints(Math.max(boldLines(label, columns.get(0).width()), lines(text, width)) * LINE_HEIGHT + 2);
        nextRow++;
        return this;
    }

    /** A bold line between blocks of a free-form sheet such as the summary. */
    public SheetWriter section(String text) {
        nextRow++;
        writeText(sheet.createRow(nextRow++).createCell(0), text, styles.bold());
        return this;
    }

    /** A header-styled row inside a free-form sheet; it gets no filter and no frozen pane. */
    public SheetWriter subHeader(List<String> texts) {
        Row row = sheet.createRow(nextRow++);
        int lines = 1;
        for (int i = 0; i < texts.size(); i++) {
            writeText(row.createCell(i), texts.get(i), styles.header());
            lines = Math.max(lines, boldLines(texts.get(i), columns.get(i).width()));
        }
        row.setHeightInPoints(lines * LINE_HEIGHT + 2);
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
        int lines = 1;
        for (int i = 0; i < columns.size(); i++) {
            String text = columns.get(i).header(labels);
            writeText(row.createCell(i), text, styles.header());
            lines = Math.max(lines, boldLines(text, columns.get(i).width()));
        }
        // A header is never cut off: the row is as high as its longest wrapped label.
        row.setHeightInPoints(lines * LINE_HEIGHT + 2);
        cells += columns.size();
        return this;
    }

    /** Points per line of text in the default font (Calibri 11). */
    static final float LINE_HEIGHT = 14.5f;
    /** A row never grows beyond this many lines, so that one row fits on a page. */
    static final int MAX_LINES = 24;

    /** How many lines a wrapped text takes in a column of this width: {@link TextLines}. */
    static int lines(String text, int width) {
        return TextLines.of(text, width, MAX_LINES);
    }

    /**
     * The same for bold text (headers, labels), counted by characters: a bold character is about
     * as wide as the '0' the width is measured in, and the cell's padding takes one more.
     * "GGD-regio" needs two lines in a column 9 wide.
     */
    static int boldLines(String text, int width) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        int perLine = Math.max(4, width - 1);
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines += Math.max(1, (paragraph.length() + perLine - 1) / perLine);
        }
        return Math.min(MAX_LINES, lines);
    }

    /**
     * Prints the sheet on A4 landscape, fitted to one page wide (and to one page high when
     * {@code onePage}), with the title and header rows on every page and a footer; applied by
     * {@link #finish()}, when the last row is known.
     */
    public SheetWriter print(PrintLayout layout) {
        this.print = layout;
        return this;
    }

    /** Repeat these rows on every printed page (default: from the title to the header row). */
    public SheetWriter repeatRows(int firstRow, int lastRow) {
        this.repeatFrom = firstRow;
        this.repeatRowsTo = lastRow;
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
        return headerRow < 0 ? 0 : (tableEnd < 0 ? nextRow : tableEnd) - headerRow - 1;
    }

    public int headerRowIndex() {
        return headerRow;
    }

    public SXSSFSheet poi() {
        return sheet;
    }

    /** Freezes the rows up to the header and the filter over the table, and sets up printing; call once, after the last row. */
    public void finish() {
        if (tableEnd < 0) {
            tableEnd = nextRow;
        }
        if (headerRow >= 0) {
            sheet.createFreezePane(0, headerRow + 1);
            sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, tableEnd - 1), 0, columns.size() - 1));
        }
        if (print != null) {
            print.applyTo(sheet, repeatFrom, Math.max(repeatRowsTo, headerRow), columns.size() - 1, Math.max(0, nextRow - 1), labels);
        }
    }

    private int tableEnd = -1;

    /**
     * Ends the filtered table here: rows written after it (totals, notes) stay outside the
     * filter, so that filtering and summing the table's rows gives the real total.
     */
    public SheetWriter endTable() {
        tableEnd = nextRow;
        return this;
    }

    /** Moves past a row the caller wrote itself through {@link #poi()}. */
    public SheetWriter skipRow() {
        nextRow++;
        return this;
    }

    /** An empty row. */
    public SheetWriter blank() {
        nextRow++;
        return this;
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
        private int lines = 1;

        private RowWriter(Row row) {
            this.row = row;
        }

        private Cell next() {
            cells++;
            return row.createCell(column++);
        }

        /** A text; in a wrapped column it wraps and the row grows to show all of it. */
        public RowWriter text(String value) {
            if (column < columns.size() && columns.get(column).type() == ColumnType.WRAPPED) {
                int width = columns.get(column).width();
                writeText(next(), value, styles.wrapped(), styles.quotedWrapped());
                grow(lines(value, width));
                return this;
            }
            writeText(next(), value, styles.text(), styles.quotedText());
            return this;
        }

        /** A text wrapped over this and the next columns, {@code span} in all; the row grows to show it. */
        public RowWriter wrapped(String value, int span) {
            int first = column;
            int width = 0;
            for (int c = first; c < first + span && c < columns.size(); c++) {
                width += columns.get(c).width();
            }
            writeText(next(), value, styles.wrapped(), styles.quotedWrapped());
            column = first + span;
            if (span > 1) {
                sheet.addMergedRegionUnsafe(new CellRangeAddress(row.getRowNum(), row.getRowNum(), first, first + span - 1));
            }
            grow(lines(value, width));
            return this;
        }

        /** An id or a year, without thousands separator. */
        public RowWriter plain(Number value) {
            Cell cell = next();
            cell.setCellStyle(styles.plainNumber());
            if (value != null) {
                cell.setCellValue(value.doubleValue());
            }
            return this;
        }

        /** Money in whole euros on screen and paper; the cell keeps the cents. */
        public RowWriter wholeMoney(BigDecimal value) {
            Cell cell = next();
            cell.setCellStyle(styles.wholeMoney());
            if (value != null) {
                cell.setCellValue(value.doubleValue());
            }
            return this;
        }

        /** Money in a given style, e.g. red for overspending. */
        public RowWriter money(BigDecimal value, CellStyle style) {
            Cell cell = next();
            cell.setCellStyle(style);
            if (value != null) {
                cell.setCellValue(value.doubleValue());
            }
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
            int width = column < columns.size() ? columns.get(column).width() : 0;
            Cell cell = next();
            CellStyle style = styles.status(light == null ? TrafficLight.NONE : light);
            if (label != null) {
                cell.setCellValue(label);
                // The label wraps in its cell: the row grows so that no label is cut off.
                grow(lines(label, width));
            }
            cell.setCellStyle(style);
            return this;
        }

        private void grow(int needed) {
            if (needed > lines) {
                lines = needed;
                row.setHeightInPoints(lines * LINE_HEIGHT + 1);
            }
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
