package nl.akkoordmonitor.reporting.internal.upload;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkbookUploadGuardTest {

    private final WorkbookUploadGuard guard = new WorkbookUploadGuard(1024 * 1024, 0.01, 100L * 1024 * 1024);

    @Test
    void opensARealWorkbook() throws IOException {
        try (XSSFWorkbook workbook = guard.open(realWorkbook())) {
            assertEquals("Voortgang", workbook.getSheetAt(0).getSheetName());
        }
    }

    @Test
    void refusesTextWhateverItIsCalled() {
        assertRefused(WorkbookUploadGuard.NOT_XLSX, "milestone;status\n1;ON_TRACK".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void refusesAnOldXlsFile() {
        UploadRejectedException e = assertRefused(WorkbookUploadGuard.NOT_XLSX,
                new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0});
        assertTrue(nl.akkoordmonitor.platform.message.Messages.of("reporting").dutch(e.detail()).contains(".xls"));
    }

    @Test
    void refusesAZipThatIsNoOfficeFile() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hallo".getBytes(StandardCharsets.UTF_8));
        }
        assertRefused(WorkbookUploadGuard.NOT_XLSX, bytes.toByteArray());
    }

    @Test
    void refusesAWordDocumentRenamedToXlsx() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("geen werkmap");
            document.write(bytes);
        }
        assertRefused(WorkbookUploadGuard.NOT_XLSX, bytes.toByteArray());
    }

    @Test
    void refusesAnEmptyFile() {
        assertRefused(WorkbookUploadGuard.NOT_XLSX, new byte[0]);
    }

    @Test
    void refusesAFileOverTheSizeLimit() throws IOException {
        WorkbookUploadGuard small = new WorkbookUploadGuard(1000, 0.01, 100L * 1024 * 1024);
        UploadRejectedException e = assertThrows(UploadRejectedException.class, () -> small.open(realWorkbook()));
        assertEquals(WorkbookUploadGuard.TOO_LARGE, e.type());
    }

    @Test
    void refusesAZipBomb() throws IOException {
        assertRefused(WorkbookUploadGuard.ZIP_BOMB, withExtraEntry(realWorkbook(), "xl/media/bom.xml", 40 * 1024 * 1024));
    }

    @Test
    void refusesAnEntryOverTheMaximumSizeEvenWhenItCompressesModestly() throws IOException {
        WorkbookUploadGuard strict = new WorkbookUploadGuard(1024 * 1024, 0.0001, 1024 * 1024);
        UploadRejectedException e = assertThrows(UploadRejectedException.class,
                () -> strict.open(withExtraEntry(realWorkbook(), "xl/media/groot.xml", 2 * 1024 * 1024)));
        assertEquals(WorkbookUploadGuard.ZIP_BOMB, e.type());
    }

    private UploadRejectedException assertRefused(String type, byte[] bytes) {
        UploadRejectedException e = assertThrows(UploadRejectedException.class, () -> guard.open(bytes).close());
        assertEquals(type, e.type());
        assertEquals(400, e.status().getCode());
        return e;
    }

    static byte[] realWorkbook() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Voortgang").createRow(0).createCell(0).setCellValue("Mijlpaal-id");
            workbook.write(bytes);
        }
        return bytes.toByteArray();
    }

    /** The workbook with one more, highly compressible entry of {@code size} bytes. */
    static byte[] withExtraEntry(byte[] workbook, String name, int size) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(out);
            }
            out.putNextEntry(new ZipEntry(name));
            byte[] block = new byte[64 * 1024];
            java.util.Arrays.fill(block, (byte) ' ');
            for (int written = 0; written < size; written += block.length) {
                out.write(block);
            }
        }
        return bytes.toByteArray();
    }
}
