package nl.akkoordmonitor.reporting.internal.workbook;

import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A workbook written row by row with SXSSF: only the last {@value #ROW_WINDOW} rows of each sheet
 * stay in memory; the rest goes to compressed temporary files. That keeps the national report
 * inside a small heap whatever the size of the country's data.
 */
public final class StreamingWorkbook implements AutoCloseable {

    /** Rows kept in memory per sheet; 100 is POI's default and plenty for a row writer. */
    static final int ROW_WINDOW = 100;

    private final SXSSFWorkbook workbook;
    private final WorkbookStyles styles;
    private final java.util.List<SheetWriter> sheets = new java.util.ArrayList<>();

    public StreamingWorkbook() {
        // Inline strings instead of a shared-strings table: the table would grow in memory with
        // every distinct narrative.
        workbook = new SXSSFWorkbook(null, ROW_WINDOW, true, false);
        styles = new WorkbookStyles(workbook);
    }

    /** A new sheet with a bold header row in row {@code headerRow}, frozen below it. */
    public SheetWriter sheet(String name, List<Column> columns) {
        SheetWriter sheet = new SheetWriter(workbook.createSheet(name), columns, styles);
        sheets.add(sheet);
        return sheet;
    }

    /** A sheet without a table layout (the summary), for free-form rows. */
    public SXSSFSheet freeSheet(String name) {
        return workbook.createSheet(name);
    }

    /** The in-memory XSSF part of a streamed sheet, where drawings, charts and validations live. */
    public XSSFSheet xssfSheet(String name) {
        return workbook.getXSSFWorkbook().getSheet(name);
    }

    /** Cells written through the sheet writers so far. */
    public long cells() {
        return sheets.stream().mapToLong(SheetWriter::cells).sum();
    }

    public SXSSFWorkbook poi() {
        return workbook;
    }

    public WorkbookStyles styles() {
        return styles;
    }

    public void write(OutputStream out) {
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the workbook", e);
        }
    }

    /** Closes the workbook and deletes its temporary files. */
    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }
}
