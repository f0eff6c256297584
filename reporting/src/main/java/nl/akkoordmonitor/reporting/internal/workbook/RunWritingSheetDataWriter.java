package nl.akkoordmonitor.reporting.internal.workbook;

import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.streaming.SheetDataWriter;

import java.io.IOException;
import java.io.Writer;

/**
 * POI's writer of a streamed sheet's XML, with a faster way to write text. POI escapes a text one
 * code point at a time and hands each character to the writer separately, which takes most of
 * the time of a report full of names and narratives. This writes the runs between characters
 * that need escaping in one call each, and produces exactly the same XML (a test compares the two
 * on every kind of character).
 */
final class RunWritingSheetDataWriter extends SheetDataWriter {

    RunWritingSheetDataWriter(SharedStringsTable sharedStrings) throws IOException {
        super(sharedStrings);
    }

    /** For tests: writes to the given writer instead of a temporary file. */
    RunWritingSheetDataWriter(Writer out) throws IOException {
        super(out);
    }

    @Override
    protected void outputEscapedString(String text) throws IOException {
        if (text == null || text.isEmpty()) {
            return;
        }
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            String escaped = escaped(text.charAt(i));
            if (escaped != null) {
                if (i > run) {
                    _out.write(text, run, i - run);
                }
                _out.write(escaped);
                run = i + 1;
            }
        }
        if (run < text.length()) {
            _out.write(text, run, text.length() - run);
        }
    }

    /**
     * What POI writes instead of the character, or null when it writes the character itself.
     * Surrogate pairs need no care: neither half is ever replaced, so POI writes both as they are.
     */
    static String escaped(char c) {
        switch (c) {
            case '<':
                return "&lt;";
            case '>':
                return "&gt;";
            case '&':
                return "&amp;";
            case '"':
                return "&quot;";
            case '\n':
                return "&#xa;";
            case '\r':
                return "&#xd;";
            case '\t':
                return "&#x9;";
            case '\u00a0':
                return "&#xa0;";
            default:
                // Control characters and the non-characters U+FFFE and U+FFFF are not allowed in XML.
                return c < ' ' || c >= '\ufffe' ? "?" : null;
        }
    }
}
