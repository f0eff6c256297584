package nl.akkoordmonitor.reporting.internal.workbook;

/**
 * How many lines a text takes in a wrapped cell of a given column width, measured with the
 * widths of Calibri's characters (the workbook's font; Carlito, which LibreOffice uses in its
 * place, has the same widths). SXSSF cannot measure the rows it has already written, and neither
 * Excel nor LibreOffice makes a row with an explicit height grow, so the row's height is set from
 * this estimate: too low and Excel cuts the text off, too high and a printed page is half blank.
 *
 * <p>Calibrated on the printed regional report: a line breaks, as in the spreadsheet, at a space
 * or after a hyphen, and holds text up to the column's width less 2.2 (the cell's indent and
 * margins), in widths of the digit '0' that column widths are measured in.
 */
final class TextLines {

    /** Advance widths in 1/2048 em of Calibri's lower case letters a..z. */
    private static final int[] LOWER = {981, 1076, 866, 1076, 1019, 625, 964, 1076, 470, 490, 931, 470, 1636, 1076, 1080, 1076,
            1076, 714, 801, 686, 1076, 925, 1464, 887, 927, 809};
    /** The same for the capitals A..Z. */
    private static final int[] UPPER = {1185, 1114, 1092, 1260, 1000, 941, 1292, 1276, 516, 653, 1064, 861, 1751, 1322, 1356,
            1058, 1378, 1112, 941, 998, 1314, 1162, 1822, 1063, 998, 959};
    /** The digits, and the unit of a column's width. */
    private static final int DIGIT = 1038;
    /** What the cell's indent and margins take of a column's width, in digits. */
    static final double MARGIN = 2.2;

    private TextLines() {
    }

    /** Lines of the text in a column this many digits wide; every newline starts a line; at most {@code max}. */
    static int of(String text, int width, int max) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        double room = Math.max(2, width - MARGIN) * DIGIT;
        // Most texts of a report are short: no character is as wide as two digits.
        if (text.length() * 2.0 * DIGIT <= room && text.indexOf('\n') < 0) {
            return 1;
        }
        int lines = 0;
        int start = 0;
        while (true) {
            int end = text.indexOf('\n', start);
            lines += paragraph(text, start, end < 0 ? text.length() : end, room);
            if (lines >= max) {
                return max;
            }
            if (end < 0) {
                return lines;
            }
            start = end + 1;
        }
    }

    /**
     * Lines of the paragraph from {@code start} to {@code stop}, wrapped greedily as the spreadsheet
     * does: a break at a space or after a hyphen, a too long word broken anywhere.
     */
    private static int paragraph(String text, int start, int stop, double room) {
        int lines = 1;
        double used = 0;
        double pendingSpace = 0;
        int i = start;
        while (i < stop) {
            char c = text.charAt(i);
            if (c == ' ') {
                pendingSpace += width(c);
                i++;
                continue;
            }
            int end = i;
            double word = 0;
            while (end < stop && text.charAt(end) != ' ') {
                word += width(text.charAt(end));
                end++;
                if (text.charAt(end - 1) == '-') {
                    break;
                }
            }
            if (used > 0 && used + pendingSpace + word > room) {
                lines++;
                used = 0;
            } else if (used > 0) {
                used += pendingSpace;
            }
            pendingSpace = 0;
            // A word wider than a line fills whole lines and goes on on the next.
            while (word > room) {
                lines++;
                word -= room;
            }
            used += word;
            i = end;
        }
        return lines;
    }

    private static double width(char c) {
        if (c >= 'a' && c <= 'z') {
            return LOWER[c - 'a'];
        }
        if (c >= 'A' && c <= 'Z') {
            return UPPER[c - 'A'];
        }
        if (c >= '0' && c <= '9') {
            return DIGIT;
        }
        return switch (c) {
            case ' ' -> 463;
            case ',', '.' -> 514;
            case ';', ':' -> 548;
            case '(', ')' -> 621;
            case '-' -> 627;
            case '\'' -> 452;
            case '/' -> 793;
            case '%' -> 1463;
            // Accented letters, dashes, the euro sign and the rest: about as wide as a digit.
            default -> DIGIT;
        };
    }
}
