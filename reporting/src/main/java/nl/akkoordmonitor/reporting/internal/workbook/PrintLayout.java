package nl.akkoordmonitor.reporting.internal.workbook;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * How a sheet prints: A4 landscape, one page wide (a summary also one page high), the title and
 * header rows on every page, and a footer that says what the paper is: the report's title (scope
 * and year) on the left, the date it was made in the middle, "pagina X van Y" (or "page X of Y") on the right; the
 * sheet's name in the header.
 *
 * @param footerLeft   e.g. "Voortgangsrapportage 2025 – GGD Groningen"
 * @param footerCenter e.g. "Gemaakt op 01-12-2026"
 * @param pagesHigh    0: as many pages as the rows need; else the sheet is printed smaller to fit
 *                     on at most this many pages (1 for the summary)
 */
public record PrintLayout(String footerLeft, String footerCenter, int pagesHigh) {

    /** One page wide, as many pages high as the rows need. */
    public PrintLayout(String footerLeft, String footerCenter) {
        this(footerLeft, footerCenter, 0);
    }

    /** The same layout, fitted on one page. */
    public PrintLayout onOnePage() {
        return onAtMost(1);
    }

    /** The same layout, printed smaller when needed to fit on at most this many pages. */
    public PrintLayout onAtMost(int pages) {
        return new PrintLayout(footerLeft, footerCenter, pages);
    }

    void applyTo(SXSSFSheet sheet, int repeatFrom, int repeatTo, int lastColumn, int lastRow, Labels labels) {
        PrintSetup setup = sheet.getPrintSetup();
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        setup.setLandscape(true);
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) pagesHigh);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(false);
        // Margins in inches.
        sheet.setMargin(PageMargin.LEFT, 0.5);
        sheet.setMargin(PageMargin.RIGHT, 0.5);
        sheet.setMargin(PageMargin.TOP, 0.6);
        sheet.setMargin(PageMargin.BOTTOM, 0.6);
        sheet.setMargin(PageMargin.HEADER, 0.25);
        sheet.setMargin(PageMargin.FOOTER, 0.25);
        if (repeatTo >= 0 && pagesHigh != 1) {
            sheet.setRepeatingRows(new CellRangeAddress(repeatFrom, repeatTo, -1, -1));
        }
        sheet.getHeader().setLeft("&A");
        sheet.getFooter().setLeft(escape(footerLeft));
        sheet.getFooter().setCenter(escape(footerCenter));
        sheet.getFooter().setRight(labels.format("print.pageOfPages", "&P", "&N"));
        int index = sheet.getWorkbook().getSheetIndex(sheet);
        sheet.getWorkbook().setPrintArea(index, 0, lastColumn, 0, lastRow);
    }

    /** An ampersand starts a code in a header or footer; a literal one is written twice. */
    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&&");
    }
}
