package nl.akkoordmonitor.reporting.internal.workbook;

/** What a column holds, which decides its cell style. */
public enum ColumnType {
    TEXT, INTEGER, DECIMAL, MONEY, DATE, PERCENT, STATUS,
    /** Long text that wraps inside the column; its row grows. */
    WRAPPED,
    /** An id or a year: a number without thousands separator. */
    PLAIN_NUMBER
}
