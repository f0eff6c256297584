package nl.akkoordmonitor.reporting.internal.workbook;

/**
 * One column of a sheet: its Dutch header (from {@link Labels}, or a theme name for the coverage
 * matrix), its width in characters and the kind of value it holds. Widths are fixed on purpose:
 * SXSSF cannot autosize columns without keeping every row in memory.
 */
public record Column(String header, int width, ColumnType type) {

    public static Column text(String labelKey, int width) {
        return new Column(Labels.get(labelKey), width, ColumnType.TEXT);
    }

    public static Column integer(String labelKey) {
        return new Column(Labels.get(labelKey), 12, ColumnType.INTEGER);
    }

    /** An id: a number shown as it is, without thousands separator. */
    public static Column id(String labelKey) {
        return new Column(Labels.get(labelKey), 10, ColumnType.PLAIN_NUMBER);
    }

    /** A year: shown as 2025, never 2.025. */
    public static Column year(String labelKey) {
        return new Column(Labels.get(labelKey), 10, ColumnType.PLAIN_NUMBER);
    }

    /** Long text that wraps inside the column, its row growing with it. */
    public static Column wrapped(String labelKey, int width) {
        return new Column(Labels.get(labelKey), width, ColumnType.WRAPPED);
    }

    public static Column decimal(String labelKey) {
        return new Column(Labels.get(labelKey), 12, ColumnType.DECIMAL);
    }

    public static Column money(String labelKey) {
        return new Column(Labels.get(labelKey), 18, ColumnType.MONEY);
    }

    public static Column date(String labelKey) {
        return new Column(Labels.get(labelKey), 12, ColumnType.DATE);
    }

    public static Column percent(String labelKey) {
        return new Column(Labels.get(labelKey), 11, ColumnType.PERCENT);
    }

    /** A column whose header is not a fixed label, such as a core theme's name. */
    public static Column named(String header, int width, ColumnType type) {
        return new Column(header, width, type);
    }

    public static Column status(String labelKey, int width) {
        return new Column(Labels.get(labelKey), width, ColumnType.STATUS);
    }
}
