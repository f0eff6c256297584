package nl.akkoordmonitor.demo.internal.benchmark;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;

/**
 * The floor of the benchmark: how long bare SXSSF takes to write a given number of cells, with no
 * database, no styles and no report logic. The steering report cannot be faster than this; the
 * benchmark prints the ratio of the two.
 */
public final class SxssfFloor {

    private SxssfFloor() {
    }

    /**
     * Writes {@code rows × columns} cells (alternately text and number) to a discarding stream,
     * with POI's default settings, which the report uses too: a window of 100 rows, uncompressed
     * temporary files and inline strings.
     */
    public static Duration measure(long rows, int columns) {
        long start = System.nanoTime();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 100, false, false);
             OutputStream out = OutputStream.nullOutputStream()) {
            SXSSFSheet sheet = workbook.createSheet("floor");
            for (int r = 0; r < rows; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < columns; c++) {
                    if (c % 2 == 0) {
                        row.createCell(c).setCellValue("cel " + r + "-" + c);
                    } else {
                        row.createCell(c).setCellValue(r * 1.5 + c);
                    }
                }
            }
            workbook.write(out);
            workbook.dispose();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
