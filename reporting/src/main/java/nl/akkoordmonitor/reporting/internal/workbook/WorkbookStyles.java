package nl.akkoordmonitor.reporting.internal.workbook;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FontScheme;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;

import java.util.EnumMap;
import java.util.Map;

/**
 * The cell styles of one workbook, made once: a workbook holds at most 64,000 styles, so a style
 * per cell would break a national report.
 *
 * <p>Number formats are stored in Excel's invariant notation ({@code #,##0.00}, {@code dd-mm-yyyy});
 * a Dutch Excel shows them as {@code € 1.234,56} and {@code dd-mm-jjjj}. Ids and years get a plain {@code 0}:
 * never "2.025".
 */
public final class WorkbookStyles {

    /** Euro with two decimals; negative amounts keep the sign after the symbol, as Dutch Excel does. */
    public static final String EURO_FORMAT = "\"€\" #,##0.00;\"€\" -#,##0.00";
    public static final String DATE_FORMAT = "dd-mm-yyyy";
    public static final String PERCENT_FORMAT = "0\"%\"";
    /** Whole euros, for the summary's overview figures; the cents stay in the cell. */
    public static final String WHOLE_EURO_FORMAT = "\"€\" #,##0;\"€\" -#,##0";
    /** Ids and years: a plain number, never "2.025" or "12.345". */
    public static final String PLAIN_NUMBER_FORMAT = "0";

    private static final byte[] GREEN = {(byte) 0xC6, (byte) 0xEF, (byte) 0xCE};
    private static final byte[] AMBER = {(byte) 0xFF, (byte) 0xEB, (byte) 0x9C};
    private static final byte[] RED = {(byte) 0xFF, (byte) 0xC7, (byte) 0xCE};
    private static final byte[] HEADER = {(byte) 0x1F, (byte) 0x4E, (byte) 0x79};
    private static final byte[] INPUT = {(byte) 0xFF, (byte) 0xF8, (byte) 0xD6};
    private static final byte[] INPUT_HEADER = {(byte) 0x8A, (byte) 0x5A, (byte) 0x00};

    private final CellStyle header;
    private final CellStyle title;
    private final CellStyle text;
    private final CellStyle quotedText;
    private final CellStyle integer;
    private final CellStyle plainNumber;
    private final CellStyle wholeMoney;
    private final CellStyle wrapped;
    private final CellStyle boldWrapped;
    private final CellStyle quotedWrapped;
    private final CellStyle overspent;
    private final CellStyle input;
    private final CellStyle inputPercent;
    private final CellStyle inputHeader;
    private final CellStyle money;
    private final CellStyle date;
    private final CellStyle percent;
    private final CellStyle decimal;
    private final CellStyle bold;
    private final CellStyle unlockedText;
    private final CellStyle unlockedPercent;
    private final Map<TrafficLight, CellStyle> status = new EnumMap<>(TrafficLight.class);

    public WorkbookStyles(Workbook workbook) {
        // POI's default font is Calibri 11 "of the theme's minor scheme", but a streamed workbook
        // has no theme, and a style that does not apply a font of its own gets LibreOffice's
        // default (Liberation Sans 10), which wraps differently from what the rows' heights are
        // made for. Named plainly and applied by every style (plain(...)), Calibri (or its metric
        // twin Carlito) is used everywhere, as in Excel.
        if (workbook.getFontAt(0) instanceof XSSFFont plain) {
            plain.setScheme(FontScheme.NONE);
        }
        Font white = workbook.createFont();
        white.setBold(true);
        white.setColor(org.apache.poi.ss.usermodel.IndexedColors.WHITE.getIndex());
        Font large = workbook.createFont();
        large.setBold(true);
        large.setFontHeightInPoints((short) 14);

        header = plain(workbook);
        header.setFont(white);
        fill(header, HEADER);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setBorderBottom(BorderStyle.THIN);

        title = plain(workbook);
        title.setFont(large);

        // Text one character in from the left edge: beside a right-aligned number or date before
        // it ("11 GGD Groningen", "13-01-2025 Afgerond") it reads as a column of its own.
        text = plain(workbook);
        text.setVerticalAlignment(VerticalAlignment.TOP);
        text.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.LEFT);
        text.setIndention((short) 1);

        // Text that starts like a formula gets Excel's quote prefix: it stays text even when a
        // user edits the cell, so a narrative such as '=HYPERLINK(...)' is never evaluated.
        quotedText = plain(workbook);
        quotedText.cloneStyleFrom(text);
        quotedText.setQuotePrefixed(true);

        var format = workbook.createDataFormat();
        integer = plain(workbook);
        integer.setDataFormat(format.getFormat("#,##0"));
        integer.setVerticalAlignment(VerticalAlignment.TOP);
        plainNumber = plain(workbook);
        plainNumber.setDataFormat(format.getFormat(PLAIN_NUMBER_FORMAT));
        plainNumber.setVerticalAlignment(VerticalAlignment.TOP);
        plainNumber.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.LEFT);
        wrapped = plain(workbook);
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        wrapped.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.LEFT);
        wrapped.setIndention((short) 1);
        quotedWrapped = plain(workbook);
        quotedWrapped.cloneStyleFrom(wrapped);
        quotedWrapped.setQuotePrefixed(true);
        money = plain(workbook);
        money.setDataFormat(format.getFormat(EURO_FORMAT));
        money.setVerticalAlignment(VerticalAlignment.TOP);
        wholeMoney = plain(workbook);
        wholeMoney.setDataFormat(format.getFormat(WHOLE_EURO_FORMAT));
        wholeMoney.setVerticalAlignment(VerticalAlignment.TOP);
        // Money spent beyond what was allocated: red on red, the amount over in the cell beside it.
        overspent = plain(workbook);
        overspent.cloneStyleFrom(money);
        fill(overspent, RED);
        Font darkRed = workbook.createFont();
        darkRed.setBold(true);
        darkRed.setColor(org.apache.poi.ss.usermodel.IndexedColors.DARK_RED.getIndex());
        overspent.setFont(darkRed);
        date = plain(workbook);
        date.setDataFormat(format.getFormat(DATE_FORMAT));
        date.setVerticalAlignment(VerticalAlignment.TOP);
        percent = plain(workbook);
        percent.setDataFormat(format.getFormat(PERCENT_FORMAT));
        percent.setVerticalAlignment(VerticalAlignment.TOP);
        decimal = plain(workbook);
        decimal.setDataFormat(format.getFormat("#,##0.0##"));
        decimal.setVerticalAlignment(VerticalAlignment.TOP);
        bold = plain(workbook);
        bold.setFont(bold(workbook));
        boldWrapped = plain(workbook);
        Font boldPlain = workbook.createFont();
        boldPlain.setBold(true);
        boldWrapped.setFont(boldPlain);
        boldWrapped.setWrapText(true);
        boldWrapped.setVerticalAlignment(VerticalAlignment.TOP);

        unlockedText = plain(workbook);
        unlockedText.cloneStyleFrom(text);
        unlockedText.setLocked(false);
        unlockedPercent = plain(workbook);
        unlockedPercent.cloneStyleFrom(percent);
        unlockedPercent.setLocked(false);
        // The template's input columns: light yellow, as forms mark what to fill in.
        input = plain(workbook);
        input.cloneStyleFrom(unlockedText);
        input.setWrapText(true);
        fill(input, INPUT);
        thinBorders(input);
        inputPercent = plain(workbook);
        inputPercent.cloneStyleFrom(unlockedPercent);
        fill(inputPercent, INPUT);
        thinBorders(inputPercent);
        inputHeader = plain(workbook);
        inputHeader.cloneStyleFrom(header);
        fill(inputHeader, INPUT_HEADER);

        for (TrafficLight light : TrafficLight.values()) {
            CellStyle style = plain(workbook);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            style.setWrapText(true);
            style.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.LEFT);
            style.setIndention((short) 1);
            switch (light) {
                case GREEN -> fill(style, GREEN);
                case AMBER -> fill(style, AMBER);
                case RED -> fill(style, RED);
                case NONE -> { }
            }
            status.put(light, style);
        }
    }

    /** A new style that applies the workbook's plain font itself, instead of leaving it to the program. */
    private static CellStyle plain(Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(workbook.getFontAt(0));
        return style;
    }

    private static Font bold(Workbook workbook) {
        Font font = workbook.createFont();
        font.setBold(true);
        font.setFontHeightInPoints((short) 12);
        return font;
    }

    private static void thinBorders(CellStyle style) {
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
    }

    private static void fill(CellStyle style, byte[] rgb) {
        ((XSSFCellStyle) style).setFillForegroundColor(new XSSFColor(rgb, null));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    public CellStyle header() {
        return header;
    }

    public CellStyle title() {
        return title;
    }

    public CellStyle text() {
        return text;
    }

    public CellStyle quotedText() {
        return quotedText;
    }

    public CellStyle integer() {
        return integer;
    }

    public CellStyle money() {
        return money;
    }

    /** An id or a year: no thousands separator. */
    public CellStyle plainNumber() {
        return plainNumber;
    }

    public CellStyle wholeMoney() {
        return wholeMoney;
    }

    /** Text that wraps inside its column; its row grows. */
    public CellStyle wrapped() {
        return wrapped;
    }

    public CellStyle quotedWrapped() {
        return quotedWrapped;
    }

    public CellStyle boldWrapped() {
        return boldWrapped;
    }

    /** Spent beyond what was allocated. */
    public CellStyle overspent() {
        return overspent;
    }

    /** An input cell of the template: coloured, unlocked, wrapping. */
    public CellStyle input() {
        return input;
    }

    public CellStyle inputPercent() {
        return inputPercent;
    }

    /** The header of an input column of the template. */
    public CellStyle inputHeader() {
        return inputHeader;
    }

    public CellStyle date() {
        return date;
    }

    public CellStyle decimal() {
        return decimal;
    }

    public CellStyle bold() {
        return bold;
    }

    public CellStyle percent() {
        return percent;
    }

    /** For the input columns of a protected template sheet. */
    public CellStyle unlockedText() {
        return unlockedText;
    }

    public CellStyle unlockedPercent() {
        return unlockedPercent;
    }

    public CellStyle status(TrafficLight light) {
        return status.get(light);
    }
}
