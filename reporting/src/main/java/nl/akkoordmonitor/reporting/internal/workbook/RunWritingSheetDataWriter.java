package nl.akkoordmonitor.reporting.internal.workbook;

import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.streaming.SheetDataWriter;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * POI's writer of a streamed sheet's XML, made faster in two ways; the XML is exactly the same
 * (a test compares the two on every kind of character).
 * <ul>
 * <li>Text: POI escapes a text one code point at a time and hands each character to the writer
 * separately, which takes most of the time of a report full of names and narratives. This writes
 * the runs between characters that need escaping in one call each.</li>
 * <li>Buffer: POI writes a cell in about ten small pieces, each through a {@link java.io.BufferedWriter},
 * which takes a lock on every piece; that was a third of the time of writing the milestones sheet.
 * A sheet is written by one thread at a time, so {@link SheetBuffer} collects the pieces without
 * a lock and hands them to the UTF-8 encoder in large blocks.</li>
 * </ul>
 */
final class RunWritingSheetDataWriter extends SheetDataWriter {

    RunWritingSheetDataWriter(SharedStringsTable sharedStrings) throws IOException {
        super(sharedStrings);
    }

    /** For tests: writes to the given writer instead of a temporary file. */
    RunWritingSheetDataWriter(Writer out) throws IOException {
        super(out);
    }

    /** The temporary file's writer, as POI makes it but with {@link SheetBuffer} instead of a BufferedWriter. */
    @Override
    public Writer createWriter(File file) throws IOException {
        FileOutputStream stream = new FileOutputStream(file);
        OutputStream decorated;
        try {
            decorated = decorateOutputStream(stream);
        } catch (IOException e) {
            stream.close();
            throw e;
        }
        return new SheetBuffer(new OutputStreamWriter(decorated, StandardCharsets.UTF_8));
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

    /**
     * A character buffer in front of a writer that, unlike {@link java.io.BufferedWriter}, takes no
     * lock: for one thread at a time.
     */
    static final class SheetBuffer extends Writer {
        private final Writer out;
        private final char[] buffer = new char[16 * 1024];
        private int size;

        SheetBuffer(Writer out) {
            this.out = out;
        }

        @Override
        public void write(int c) throws IOException {
            if (size == buffer.length) {
                flushBuffer();
            }
            buffer[size++] = (char) c;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            if (length > buffer.length - size) {
                flushBuffer();
                if (length > buffer.length) {
                    out.write(chars, offset, length);
                    return;
                }
            }
            System.arraycopy(chars, offset, buffer, size, length);
            size += length;
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            if (length > buffer.length - size) {
                flushBuffer();
                if (length > buffer.length) {
                    out.write(text, offset, length);
                    return;
                }
            }
            text.getChars(offset, offset + length, buffer, size);
            size += length;
        }

        @Override
        public void write(String text) throws IOException {
            write(text, 0, text.length());
        }

        private void flushBuffer() throws IOException {
            if (size > 0) {
                out.write(buffer, 0, size);
                size = 0;
            }
        }

        @Override
        public void flush() throws IOException {
            flushBuffer();
            out.flush();
        }

        @Override
        public void close() throws IOException {
            try {
                flushBuffer();
            } finally {
                out.close();
            }
        }
    }
}
