package nl.akkoordmonitor.reporting.internal.workbook;

import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
