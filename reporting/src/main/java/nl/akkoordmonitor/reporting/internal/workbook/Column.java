package nl.akkoordmonitor.reporting.internal.workbook;

/**
 * One column of a sheet: its header (the key of a text in {@link Labels}, put into words in the
 * workbook's language, or a fixed text such as a theme name for the coverage matrix), its width
 * in characters and the kind of value it holds. Widths are fixed on purpose: SXSSF cannot
 * autosize columns without keeping every row in memory.
 */
public record Column(String labelKey, String fixedHeader, int width, ColumnType type) {

    /** The header in the language of these labels. */
    public String header(Labels labels) {
        return labelKey == null ? fixedHeader : labels.get(labelKey);
    }

    public static Column text(String labelKey, int width) {
        return new Column(labelKey, null, width, ColumnType.TEXT);
    }

    public static Column integer(String labelKey) {
        return new Column(labelKey, null, 12, ColumnType.INTEGER);
    }

    /** An id: a number shown as it is, without thousands separator. */
    public static Column id(String labelKey) {
        return new Column(labelKey, null, 10, ColumnType.PLAIN_NUMBER);
    }

    /** A year: shown as 2025, never 2.025. */
    public static Column year(String labelKey) {
        return new Column(labelKey, null, 10, ColumnType.PLAIN_NUMBER);
    }

    /** Long text that wraps inside the column, its row growing with it. */
    public static Column wrapped(String labelKey, int width) {
        return new Column(labelKey, null, width, ColumnType.WRAPPED);
    }

    public static Column decimal(String labelKey) {
        return new Column(labelKey, null, 12, ColumnType.DECIMAL);
    }

    public static Column money(String labelKey) {
        return new Column(labelKey, null, 18, ColumnType.MONEY);
    }

    public static Column date(String labelKey) {
        return new Column(labelKey, null, 12, ColumnType.DATE);
    }

    public static Column percent(String labelKey) {
        return new Column(labelKey, null, 11, ColumnType.PERCENT);
    }

    /** A column whose header is not a fixed label, such as a core theme's name. */
    public static Column named(String header, int width, ColumnType type) {
        return new Column(null, header, width, type);
    }

    public static Column status(String labelKey, int width) {
        return new Column(labelKey, null, width, ColumnType.STATUS);
    }
}
