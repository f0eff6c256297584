package nl.akkoordmonitor.reporting.internal.workbook;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * How a sheet prints: A4 landscape, one page wide (a summary also one page high), the title and
 * header rows on every page, and a footer that says what the paper is: the report's title (scope
 * and year) on the left, the date it was made in the middle, "pagina X van Y" on the right; the
 * sheet's name in the header.
 *
 * @param footerLeft   e.g. "Voortgangsrapportage 2025 – GGD Groningen"
 * @param footerCenter e.g. "Gemaakt op 01-12-2026"
 * @param onePage      fit the whole sheet on one page (the summary), not only its width
 */
public record PrintLayout(String footerLeft, String footerCenter, boolean onePage) {

    /** The same layout, fitted on one page. */
    public PrintLayout onOnePage() {
        return new PrintLayout(footerLeft, footerCenter, true);
    }

    void applyTo(SXSSFSheet sheet, int repeatFrom, int repeatTo, int lastColumn, int lastRow) {
        PrintSetup setup = sheet.getPrintSetup();
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        setup.setLandscape(true);
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) (onePage ? 1 : 0));
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
        if (repeatTo >= 0 && !onePage) {
            sheet.setRepeatingRows(new CellRangeAddress(repeatFrom, repeatTo, -1, -1));
        }
        sheet.getHeader().setLeft("&A");
        sheet.getFooter().setLeft(escape(footerLeft));
        sheet.getFooter().setCenter(escape(footerCenter));
        sheet.getFooter().setRight("pagina &P van &N");
        int index = sheet.getWorkbook().getSheetIndex(sheet);
        sheet.getWorkbook().setPrintArea(index, 0, lastColumn, 0, lastRow);
    }

    /** An ampersand starts a code in a header or footer; a literal one is written twice. */
    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&&");
    }
}
