package nl.akkoordmonitor.reporting.internal.steering;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportWarmUpTest {

    @Test
    void theWarmUpWritesAWholeReportOfMadeUpLinesSoThatEveryWriterRuns() throws IOException {
        ExecutorService executor = Executors.newCachedThreadPool();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            SteeringWorkbookWriter.Written written = ReportWarmUp.writeMadeUpReport(executor, out);
            assertTrue(written.rows() > ReportWarmUp.ROWS, "milestones and the other sheets: " + written.rows());
        } finally {
            executor.shutdownNow();
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertEquals(List.of("Samenvatting", "Dekking kernthema's", "Mijlpalen", "Evaluaties", "Indicatoren",
                    "Financiering", "Risico's"), names);
            // Title, header and one row per made-up milestone.
            assertEquals(ReportWarmUp.ROWS + 1, workbook.getSheet("Mijlpalen").getLastRowNum());
            assertTrue(workbook.getSheet("Samenvatting").getDrawingPatriarch().getCharts().size() == 1, "the chart is drawn too");
        }
    }
}
