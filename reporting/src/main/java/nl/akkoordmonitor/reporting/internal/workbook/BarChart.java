package nl.akkoordmonitor.reporting.internal.workbook;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.util.List;

/**
 * A clustered bar chart over a small block of cells that is already written to a sheet.
 *
 * <p>With SXSSF the written rows may already be flushed to disk, so the chart cannot read them
 * back: it gets the values as arrays (the chart's cache, which Excel shows at once) together with
 * the cell ranges they came from (which Excel uses when the cells change). The drawing itself is
 * made on the in-memory XSSF part of the sheet.
 *
 * @param title           the chart title
 * @param categoryColumn  column of the category labels
 * @param firstRow        first data row (0-based)
 * @param categories      the category labels, one per row
 * @param series          one series per value column
 */
public record BarChart(String title, int categoryColumn, int firstRow, List<String> categories, List<Series> series) {

    /** Dark blue for structural money, the Rijkshuisstijl's; orange for incidental, which stops. */
    public static final byte[] STRUCTURAL_COLOUR = {(byte) 0x15, (byte) 0x42, (byte) 0x73};
    public static final byte[] INCIDENTAL_COLOUR = {(byte) 0xE1, (byte) 0x70, (byte) 0x00};

    /**
     * One bar per category, read from {@code column}, filled with {@code rgb}. The fill is written
     * out: without it LibreOffice, and a PDF made from it, draws no bars at all.
     */
    public record Series(String name, int column, List<Double> values, byte[] rgb) {
    }

    /** Draws the chart with its top-left corner at (col1, row1) and bottom-right at (col2, row2). */
    public XSSFChart drawOn(XSSFSheet sheet, int col1, int row1, int col2, int row2) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, col1, row1, col2, row2);
        XSSFChart chart = drawing.createChart(anchor);
        // The title stays out of the picture: a small chart keeps its room for the bars, and the
        // line above it on the sheet says what it shows. Screen readers get it as the chart's name.
        chart.getCTChartSpace().getChart().addNewAutoTitleDeleted().setVal(true);
        drawing.getCTDrawing().getTwoCellAnchorArray(drawing.getCTDrawing().sizeOfTwoCellAnchorArray() - 1)
                .getGraphicFrame().getNvGraphicFramePr().getCNvPr().setDescr(title);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);

        XDDFCategoryAxis categoryAxis = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis valueAxis = chart.createValueAxis(AxisPosition.LEFT);
        valueAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        valueAxis.setCrossBetween(AxisCrossBetween.BETWEEN);
        valueAxis.setNumberFormat(WorkbookStyles.WHOLE_EURO_FORMAT);

        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categoryAxis, valueAxis);
        data.setBarDirection(BarDirection.COL);
        data.setBarGrouping(BarGrouping.CLUSTERED);
        data.setVaryColors(false);
        int lastRow = firstRow + categories.size() - 1;
        var categorySource = XDDFDataSourcesFactory.fromArray(categories.toArray(String[]::new),
                range(sheet, firstRow, lastRow, categoryColumn));
        for (Series s : series) {
            var values = XDDFDataSourcesFactory.fromArray(s.values().toArray(Double[]::new),
                    range(sheet, firstRow, lastRow, s.column()));
            XDDFChartData.Series added = data.addSeries(categorySource, values);
            added.setTitle(s.name(), null);
            XDDFShapeProperties shape = new XDDFShapeProperties();
            shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(s.rgb())));
            added.setShapeProperties(shape);
        }
        chart.plot(data);
        return chart;
    }

    private static String range(XSSFSheet sheet, int firstRow, int lastRow, int column) {
        return new CellRangeAddress(firstRow, lastRow, column, column).formatAsString(sheet.getSheetName(), true);
    }

}
