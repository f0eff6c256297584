package nl.akkoordmonitor.reporting.internal.workbook;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.Deflater;

/**
 * A workbook written row by row with SXSSF: only the last {@value #ROW_WINDOW} rows of each sheet
 * stay in memory; the rest goes to temporary files. That keeps the national report inside a small
 * heap whatever the size of the country's data.
 */
public final class StreamingWorkbook implements AutoCloseable {

    /** Rows kept in memory per sheet; 100 is POI's default and plenty for a row writer. */
    static final int ROW_WINDOW = 100;

    private final SXSSFWorkbook workbook;
    private final WorkbookStyles styles;
    private final List<SheetWriter> sheets = new CopyOnWriteArrayList<>();
    private final Labels labels;

    /** An empty Dutch workbook; {@link #sheet} adds the sheets one after another. */
    public StreamingWorkbook() {
        this(Labels.DUTCH, List.of());
    }

    /** An empty workbook in the language of these labels. */
    public StreamingWorkbook(Labels labels) {
        this(labels, List.of());
    }

    /**
     * A workbook with these sheets, empty and in this order. {@link #sheet} then fills them in any
     * order, and different threads may fill different sheets at the same time: each sheet streams
     * its rows to a file of its own. Whatever concerns the workbook as a whole (new sheets,
     * {@link #finish}, drawings, {@link #write}) must happen while no other thread is writing.
     * Every sheet's column headers are in the language of {@code labels}.
     */
    public StreamingWorkbook(Labels labels, List<String> sheetNames) {
        this.labels = labels;
        // POI's defaults. Inline strings instead of a shared-strings table: the table would grow
        // in memory with every distinct narrative. The temporary files are not compressed: they
        // live on disk, not in the heap, and compressing them costs a third of the writing time.
        // Texts are written in runs instead of character by character (RunWritingSheetDataWriter).
        // The file is zipped at deflate's fastest level: zipping the sheets' XML at POI's default
        // level took a third of the national report's time; the file is a third larger for it.
        workbook = new SXSSFWorkbook(null, ROW_WINDOW, false, false) {
            @Override
            protected SheetDataWriter createSheetDataWriter() throws IOException {
                return new RunWritingSheetDataWriter(getSharedStringSource());
            }

            @Override
            protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
                ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
                zip.setLevel(Deflater.BEST_SPEED);
                return zip;
            }
        };
        styles = new WorkbookStyles(workbook);
        sheetNames.forEach(workbook::createSheet);
    }

    /** A writer for the sheet of that name, created at the end of the workbook if it is not there yet. */
    public SheetWriter sheet(String name, List<Column> columns) {
        SXSSFSheet existing = workbook.getSheet(name);
        SheetWriter sheet = new SheetWriter(existing != null ? existing : workbook.createSheet(name), columns, styles, labels);
        sheets.add(sheet);
        return sheet;
    }

    /** Freezes the header and adds the filter of every table written through {@link #sheet}. */
    public void finish() {
        sheets.forEach(SheetWriter::finish);
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

    /** The words of this workbook, in its language; safe to use from any thread. */
    public Labels labels() {
        return labels;
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
