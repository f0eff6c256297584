package nl.akkoordmonitor.reporting.internal.workbook;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

import java.util.EnumMap;
import java.util.Map;

/**
 * The cell styles of one workbook, made once: a workbook holds at most 64,000 styles, so a style
 * per cell would break a national report.
 *
 * <p>Number formats are stored in Excel's invariant notation ({@code #,##0.00}, {@code dd-mm-yyyy});
 * a Dutch Excel shows them as {@code € 1.234,56} and {@code dd-mm-jjjj}.
 */
public final class WorkbookStyles {

    /** Euro with two decimals; negative amounts keep the sign after the symbol, as Dutch Excel does. */
    public static final String EURO_FORMAT = "\"€\" #,##0.00;\"€\" -#,##0.00";
    public static final String DATE_FORMAT = "dd-mm-yyyy";
    public static final String PERCENT_FORMAT = "0\"%\"";

    private static final byte[] GREEN = {(byte) 0xC6, (byte) 0xEF, (byte) 0xCE};
    private static final byte[] AMBER = {(byte) 0xFF, (byte) 0xEB, (byte) 0x9C};
    private static final byte[] RED = {(byte) 0xFF, (byte) 0xC7, (byte) 0xCE};
    private static final byte[] HEADER = {(byte) 0x1F, (byte) 0x4E, (byte) 0x79};

    private final CellStyle header;
    private final CellStyle title;
    private final CellStyle text;
    private final CellStyle quotedText;
    private final CellStyle integer;
    private final CellStyle money;
    private final CellStyle date;
    private final CellStyle percent;
    private final CellStyle decimal;
    private final CellStyle bold;
    private final CellStyle unlockedText;
    private final CellStyle unlockedPercent;
    private final Map<TrafficLight, CellStyle> status = new EnumMap<>(TrafficLight.class);

    public WorkbookStyles(Workbook workbook) {
        Font white = workbook.createFont();
        white.setBold(true);
        white.setColor(org.apache.poi.ss.usermodel.IndexedColors.WHITE.getIndex());
        Font large = workbook.createFont();
        large.setBold(true);
        large.setFontHeightInPoints((short) 14);

        header = workbook.createCellStyle();
        header.setFont(white);
        fill(header, HEADER);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setBorderBottom(BorderStyle.THIN);

        title = workbook.createCellStyle();
        title.setFont(large);

        text = workbook.createCellStyle();
        text.setVerticalAlignment(VerticalAlignment.TOP);

        // Text that starts like a formula gets Excel's quote prefix: it stays text even when a
        // user edits the cell, so a narrative such as '=HYPERLINK(...)' is never evaluated.
        quotedText = workbook.createCellStyle();
        quotedText.cloneStyleFrom(text);
        quotedText.setQuotePrefixed(true);

        var format = workbook.createDataFormat();
        integer = workbook.createCellStyle();
        integer.setDataFormat(format.getFormat("#,##0"));
        money = workbook.createCellStyle();
        money.setDataFormat(format.getFormat(EURO_FORMAT));
        date = workbook.createCellStyle();
        date.setDataFormat(format.getFormat(DATE_FORMAT));
        percent = workbook.createCellStyle();
        percent.setDataFormat(format.getFormat(PERCENT_FORMAT));
        decimal = workbook.createCellStyle();
        decimal.setDataFormat(format.getFormat("#,##0.0##"));
        bold = workbook.createCellStyle();
        bold.setFont(bold(workbook));

        unlockedText = workbook.createCellStyle();
        unlockedText.cloneStyleFrom(text);
        unlockedText.setLocked(false);
        unlockedPercent = workbook.createCellStyle();
        unlockedPercent.cloneStyleFrom(percent);
        unlockedPercent.setLocked(false);

        for (TrafficLight light : TrafficLight.values()) {
            CellStyle style = workbook.createCellStyle();
            switch (light) {
                case GREEN -> fill(style, GREEN);
                case AMBER -> fill(style, AMBER);
                case RED -> fill(style, RED);
                case NONE -> { }
            }
            status.put(light, style);
        }
    }

    private static Font bold(Workbook workbook) {
        Font font = workbook.createFont();
        font.setBold(true);
        font.setFontHeightInPoints((short) 12);
        return font;
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
