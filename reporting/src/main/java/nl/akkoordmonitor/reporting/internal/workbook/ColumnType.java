package nl.akkoordmonitor.reporting.internal.workbook;

/** What a column holds, which decides its cell style. */
public enum ColumnType {
    TEXT, INTEGER, DECIMAL, MONEY, DATE, PERCENT, STATUS
}
