package nl.akkoordmonitor.reporting.internal.workbook;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The estimate of how many lines a wrapped text takes decides a row's height: too few and Excel
 * cuts the text off, too many and a page is half blank. The figures come from the regional report
 * printed in Calibri's metric twin Carlito, as PrintedReportTest prints it; TextLines holds the
 * widths of Calibri's characters.
 */
class SheetWriterLinesTest {

    private static final String RATINGS = "Minder gezondheidsachterstanden: Groen; Een gezonde fysieke leefomgeving: Groen; "
            + "Een gezonde leefstijl (roken, overgewicht, alcohol): Groen; Mentale weerbaarheid en mentale gezondheid: "
            + "Rood; Mentaal gezond online: Groen; Domeinoverstijgend werken vanuit een regionale preventie-infrastructuur: "
            + "Oranje; Een sterke sociale basis: Oranje";

    @Test
    void proseIsWrappedAtSpacesLikeTheSpreadsheetDoes() {
        // Printed, this text takes eight lines in the Evaluaties sheet's column of 44.
        assertEquals(8, SheetWriter.lines(RATINGS, 44));
        // "Minder gezondheidsachterstanden: Groen; Een" fills a line of that column; one word more does not fit.
        assertEquals(1, SheetWriter.lines("Minder gezondheidsachterstanden: Groen; Een", 44));
        assertEquals(2, SheetWriter.lines("Minder gezondheidsachterstanden: Groen; Een gezonde", 44));
        // A funding stream's name that printed over the next row when it was taken for one line.
        assertEquals(2, SheetWriter.lines("Nationaal Programma Onderwijs – welzijn", 30));
        assertEquals(1, SheetWriter.lines("Jeugdwet – preventief jeugdbeleid", 30));
        // Kernthema in Mijlpalen, 20 wide: three, three and four lines on paper (a break after the hyphen).
        assertEquals(3, SheetWriter.lines("Mentale weerbaarheid en mentale gezondheid", 20));
        assertEquals(3, SheetWriter.lines("Een gezonde leefstijl (roken, overgewicht, alcohol)", 20));
        assertEquals(4, SheetWriter.lines("Domeinoverstijgend werken vanuit een regionale preventie-infrastructuur", 20));
    }

    @Test
    void aWordLongerThanALineIsBrokenAndEveryNewlineStartsALine() {
        assertEquals(7, SheetWriter.lines("x".repeat(60), 10));
        assertEquals(4, SheetWriter.lines("een\ntwee\n\ndrie", 30));
        assertEquals(1, SheetWriter.lines("", 30));
        assertEquals(1, SheetWriter.lines(null, 30));
        assertEquals(1, SheetWriter.lines("  twee  spaties  ", 30));
    }

    @Test
    void aShortTextOfWideLettersStillWraps() {
        // Column 12 holds 9.8 digits: five W's (each 1.76 digits wide) fit, six do not.
        assertEquals(1, SheetWriter.lines("WWWWW", 12));
        assertEquals(2, SheetWriter.lines("WWWWWW", 12));
        assertEquals(2, SheetWriter.lines("kort\nkort", 12));
    }

    @Test
    void aRowNeverGrowsBeyondAPage() {
        assertEquals(SheetWriter.MAX_LINES, SheetWriter.lines("woord ".repeat(2000), 20));
        assertEquals(SheetWriter.MAX_LINES, SheetWriter.lines("regel\n".repeat(100), 20));
    }

    @Test
    void boldLabelsCountEveryCharacter() {
        assertEquals(2, SheetWriter.boldLines("GGD-regio", 9));
        assertEquals(1, SheetWriter.boldLines("Jaar", 9));
    }
}
