package nl.akkoordmonitor.reporting.internal.workbook;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The report's writer of sheet XML writes exactly what POI's own does, and POI still calls the
 * method it overrides: the guard for a POI upgrade (see the note beside the POI version in the
 * reporting POM).
 */
class RunWritingSheetDataWriterTest {

    @Test
    void writesEveryCharacterExactlyAsPoiDoes() throws IOException {
        List<String> texts = new ArrayList<>(List.of("", "Rookvrije generatie", "<b>&\"'</b>", "regel 1\nregel 2\r\n\tinspringen",
                "€ 1.250,00 – zo'n 40% – Friese & Groningse gemeenten", "harde\u00a0spatie", "bel\u0007en\u0000nul",
                "\ufffe\uffff\ufffd", "emoji \ud83d\ude00 en ä", "losse \ud800 helft", "=HYPERLINK(\"http://x\")"));
        Random random = new Random(7);
        for (int i = 0; i < 2_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int c = random.nextInt(40); c > 0; c--) {
                // Mostly the interesting corners of the character set, some of everything.
                int kind = random.nextInt(4);
                text.append(kind == 0 ? (char) random.nextInt(256) : kind == 1 ? "<>&\"\n\r\t\u00a0\ufffe\uffff".charAt(random.nextInt(10))
                        : kind == 2 ? (char) (0xd800 + random.nextInt(0x800)) : (char) random.nextInt(0x10000));
            }
            texts.add(text.toString());
        }
        for (String text : texts) {
            assertEquals(poi(text), ours(text), () -> "for " + text.codePoints().mapToObj(Integer::toHexString).toList());
        }
    }

    @Test
    void poiStillWritesEveryTextCellThroughTheMethodItOverrides() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 100, false, false) {
            @Override
            protected SheetDataWriter createSheetDataWriter() throws IOException {
                // POI's own writer, counting the calls to the method the report's writer overrides.
                return new SheetDataWriter(getSharedStringSource()) {
                    @Override
                    protected void outputEscapedString(String text) throws IOException {
                        calls.incrementAndGet();
                        super.outputEscapedString(text);
                    }
                };
            }
        }) {
            Row row = workbook.createSheet("Blad").createRow(0);
            row.createCell(0).setCellValue("Rook & vrij");
            row.createCell(1).setCellValue("tweede");
            workbook.write(OutputStream.nullOutputStream());
            workbook.dispose();
        }
        assertEquals(2, calls.get(), "POI no longer writes text through outputEscapedString: the override does nothing");
    }

    /**
     * The whole sheet through the report's writer and its buffer: texts longer than the buffer, and
     * multi-byte characters and surrogate pairs falling on the buffer's edge, come out as POI writes them.
     */
    @Test
    void aWholeSheetComesOutByteForByteAsPoiWritesIt() throws IOException {
        List<String> texts = List.of("Rookvrije generatie", "<b>&\"'</b>", "regel 1\nregel 2", "harde\u00a0spatie",
                "emoji \ud83d\ude00", "=HYPERLINK(\"http://x\")", " spatie voor", "bel\u0007",
                longText(new Random(3), 27_000), longText(new Random(4), 21_000));
        assertEquals(sheetXml(new SXSSFWorkbook(null, 100, false, false), texts),
                sheetXml(new SXSSFWorkbook(null, 100, false, false) {
                    @Override
                    protected SheetDataWriter createSheetDataWriter() throws IOException {
                        return new RunWritingSheetDataWriter(getSharedStringSource());
                    }
                }, texts));
    }

    /** A text longer than the writer's buffer, of random words with multi-byte characters and surrogate pairs. */
    private static String longText(Random random, int length) {
        String[] words = {"één", "€", "\ud83d\ude00", "preventie", "ä", "Zoë", "&", "<b>", "\u00a0", "regel\n"};
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            text.append(words[random.nextInt(words.length)]).append(random.nextInt(1000)).append(' ');
        }
        return text.toString();
    }

    private static String sheetXml(SXSSFWorkbook workbook, List<String> texts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (workbook) {
            var sheet = workbook.createSheet("Blad");
            for (int r = 0; r < 300; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(texts.get(r % texts.size()));
                row.createCell(1).setCellValue(r * 1.5);
                row.createCell(2).setCellValue(texts.get((r + 3) % texts.size()) + r);
            }
            workbook.write(out);
            workbook.dispose();
        }
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(out.toByteArray()))) {
            PackagePart sheet = pkg.getPart(PackagingURIHelper.createPartName("/xl/worksheets/sheet1.xml"));
            try (var in = sheet.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new AssertionError(e);
        }
    }

    private static String poi(String text) throws IOException {
        StringWriter out = new StringWriter();
        new SheetDataWriter(out) {
            void write(String s) throws IOException {
                outputEscapedString(s);
            }
        }.write(text);
        return out.toString();
    }

    private static String ours(String text) throws IOException {
        StringWriter out = new StringWriter();
        new RunWritingSheetDataWriter(out).outputEscapedString(text);
        return out.toString();
    }
}
