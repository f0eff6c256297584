package nl.akkoordmonitor.reporting.internal.progress;

import nl.akkoordmonitor.milestones.ProgressStatus;
import nl.akkoordmonitor.reporting.internal.workbook.Column;
import nl.akkoordmonitor.reporting.internal.workbook.Labels;
import nl.akkoordmonitor.reporting.internal.workbook.PrintLayout;
import nl.akkoordmonitor.reporting.internal.workbook.TrafficLight;
import nl.akkoordmonitor.reporting.internal.workbook.SheetWriter;
import nl.akkoordmonitor.reporting.internal.workbook.StreamingWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;

/**
 * The milestone-progress template (voortgangssjabloon): one row per open milestone, with the
 * status last reported and whether it is over its due date. The identifying columns are locked;
 * the municipality fills in the three coloured columns, status (a drop-down of the vocabulary's
 * words, "Niet gestart" included), percent complete (a whole number 0–100) and a narrative, and uploads
 * the file again. The instruction on top says what the upload does with each row.
 * {@link ProgressUploadReader} reads exactly this layout back.
 */
public final class ProgressTemplate {

    /** Rows above the header: title, instruction and what each column is for. */
    static final int HEADER_ROW = 3;
    static final int ID = 0;
    static final int STATUS = 9;
    static final int PERCENT = 10;
    static final int NARRATIVE = 11;

    static final List<Column> COLUMNS = List.of(
            Column.id("col.milestoneId"),
            Column.wrapped("col.agreement", 24),
            Column.wrapped("col.theme", 20),
            Column.wrapped("col.commitment", 24),
            Column.wrapped("col.milestone", 32),
            Column.date("col.dueDate"),
            Column.status("template.lastStatus", 14),
            Column.status("col.overdue", 11),
            Column.percent("template.lastPercent"),
            Column.status("template.status", 16),
            Column.percent("template.percent"),
            Column.wrapped("template.narrative", 50));

    /**
     * Protection only keeps people from typing over the ids by accident; it is no security
     * measure (the password is in this source), the upload checks every id again.
     */
    private static final String PROTECTION = "akkoordmonitor";

    private ProgressTemplate() {
    }

    /** The statuses a municipality can report, as the drop-down shows them in this language. */
    static List<String> statusWords(Labels labels) {
        return Arrays.stream(ProgressStatus.values()).map(labels::label).toList();
    }

    /** The template in Dutch. */
    public static void write(String organisationName, List<TemplateMilestone> milestones, OutputStream out) {
        write(Labels.DUTCH, organisationName, milestones, out);
    }

    /** The template in the language of {@code labels}; the upload reads either language back. */
    public static void write(Labels labels, String organisationName, List<TemplateMilestone> milestones, OutputStream out) {
        try (StreamingWorkbook workbook = new StreamingWorkbook(labels)) {
            String sheetName = labels.get("template.sheet");
            SheetWriter sheet = workbook.sheet(sheetName, COLUMNS)
                    .title(labels.format("template.title", organisationName))
                    .paragraph(instruction(labels), COLUMNS.size(), false);
            describeColumns(sheet, workbook, labels);
            sheet.header();
            // The three columns to fill in stand out: coloured, in the header and in every row.
            Row header = sheet.poi().getRow(HEADER_ROW);
            for (int column : List.of(STATUS, PERCENT, NARRATIVE)) {
                header.getCell(column).setCellStyle(workbook.styles().inputHeader());
            }
            String overdue = labels.word("milestone.overdue");
            for (TemplateMilestone m : milestones) {
                SheetWriter.RowWriter row = sheet.row()
                        .plain(m.milestoneId()).text(m.agreementTitle()).text(m.themeName())
                        .text(m.commitmentTitle()).text(m.title()).date(m.dueDate())
                        .status(m.lastStatus(), TrafficLight.NONE)
                        .status(m.overdue() ? overdue : null, m.overdue() ? TrafficLight.RED : TrafficLight.NONE)
                        .percent(m.lastPercent());
                row.poi().createCell(STATUS).setCellStyle(workbook.styles().input());
                row.poi().createCell(PERCENT).setCellStyle(workbook.styles().inputPercent());
                row.poi().createCell(NARRATIVE).setCellStyle(workbook.styles().input());
            }
            sheet.print(new PrintLayout(labels.format("template.title", organisationName), ""));
            sheet.finish();
            int lastRow = Math.max(HEADER_ROW + 1, HEADER_ROW + milestones.size());
            addValidations(sheet.poi(), lastRow, labels);
            sheet.poi().protectSheet(PROTECTION);
            // Filtering and sorting stay possible on the protected sheet.
            var xssf = workbook.xssfSheet(sheetName);
            xssf.lockAutoFilter(false);
            xssf.lockSort(false);
            xssf.lockFormatColumns(false);
            workbook.write(out);
        }
    }

    /** What to fill in and what the upload does, with the words of the drop-down and the headers. */
    static String instruction(Labels labels) {
        return labels.format("template.instruction", String.join(", ", statusWords(labels)),
                labels.label(ProgressStatus.NOT_STARTED), labels.label(ProgressStatus.ACHIEVED),
                COLUMNS.get(STATUS).header(labels), COLUMNS.get(PERCENT).header(labels), COLUMNS.get(ID).header(labels));
    }

    /** A row above the header that says, per column, whether and how to fill it in. */
    private static void describeColumns(SheetWriter sheet, StreamingWorkbook workbook, Labels labels) {
        Row row = sheet.poi().createRow(sheet.nextRowIndex());
        String readOnly = labels.get("template.describe.readOnly");
        for (int c = 0; c < COLUMNS.size(); c++) {
            String text = switch (c) {
                case STATUS -> labels.get("template.describe.status");
                case PERCENT -> labels.get("template.describe.percent");
                case NARRATIVE -> labels.format("template.describe.narrative", ProgressUploadReader.MAX_NARRATIVE);
                default -> c == ID ? labels.get("template.describe.id") : readOnly;
            };
            Cell cell = row.createCell(c);
            cell.setCellValue(text);
            cell.setCellStyle(c == STATUS || c == PERCENT || c == NARRATIVE ? workbook.styles().input() : workbook.styles().wrapped());
        }
        row.setHeightInPoints(3 * 14.5f + 2);
        sheet.skipRow();
    }

    private static void addValidations(SXSSFSheet sheet, int lastRow, Labels labels) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint statuses = helper.createExplicitListConstraint(statusWords(labels).toArray(String[]::new));
        DataValidation status = helper.createValidation(statuses, new CellRangeAddressList(HEADER_ROW + 1, lastRow, STATUS, STATUS));
        // POI inverts this flag for XSSF: true writes showDropDown="0", which shows Excel's arrow.
        status.setSuppressDropDownArrow(true);
        status.setShowErrorBox(true);
        status.setErrorStyle(DataValidation.ErrorStyle.STOP);
        status.createErrorBox(labels.get("template.statusErrorTitle"), labels.get("template.statusError"));
        status.setShowPromptBox(true);
        status.createPromptBox(labels.get("template.statusPromptTitle"), labels.get("template.statusPrompt"));
        sheet.addValidationData(status);

        DataValidationConstraint whole = helper.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN, "0", "100");
        DataValidation percent = helper.createValidation(whole, new CellRangeAddressList(HEADER_ROW + 1, lastRow, PERCENT, PERCENT));
        percent.setShowErrorBox(true);
        percent.createErrorBox(labels.get("template.percentErrorTitle"), labels.get("template.percentError"));
        sheet.addValidationData(percent);
    }
}
