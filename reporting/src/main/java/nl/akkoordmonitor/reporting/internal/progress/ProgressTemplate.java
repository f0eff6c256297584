package nl.akkoordmonitor.reporting.internal.progress;

import nl.akkoordmonitor.milestones.ProgressStatus;
import nl.akkoordmonitor.platform.vocabulary.Vocabulary;
import nl.akkoordmonitor.reporting.internal.workbook.Column;
import nl.akkoordmonitor.reporting.internal.workbook.Labels;
import nl.akkoordmonitor.reporting.internal.workbook.SheetWriter;
import nl.akkoordmonitor.reporting.internal.workbook.StreamingWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;

/**
 * The milestone-progress template (voortgangssjabloon): one row per open milestone. The
 * identifying columns are locked; the municipality fills in status (a drop-down of the Dutch
 * labels), percent complete (a whole number 0–100) and a narrative, and uploads the file again.
 * {@link ProgressUploadReader} reads exactly this layout back.
 */
public final class ProgressTemplate {

    /** Rows above the header: title and instruction. */
    static final int HEADER_ROW = 2;
    static final int ID = 0;
    static final int STATUS = 8;
    static final int PERCENT = 9;
    static final int NARRATIVE = 10;

    static final List<Column> COLUMNS = List.of(
            Column.integer("col.milestoneId"),
            Column.text("col.agreement", 30),
            Column.text("col.theme", 24),
            Column.text("col.commitment", 30),
            Column.text("col.milestone", 40),
            Column.date("col.dueDate"),
            Column.text("template.currentState", 18),
            Column.percent("template.lastPercent"),
            Column.status("template.status", 16),
            Column.percent("template.percent"),
            Column.text("template.narrative", 60));

    /**
     * Protection only keeps people from typing over the ids by accident; it is no security
     * measure (the password is in this source), the upload checks every id again.
     */
    private static final String PROTECTION = "akkoordmonitor";

    private ProgressTemplate() {
    }

    /** The statuses a municipality can report, as the drop-down shows them. */
    static List<String> statusWords() {
        return Arrays.stream(ProgressStatus.values()).map(Vocabulary::label).toList();
    }

    public static void write(String organisationName, List<TemplateMilestone> milestones, OutputStream out) {
        try (StreamingWorkbook workbook = new StreamingWorkbook()) {
            String sheetName = Labels.get("template.sheet");
            SheetWriter sheet = workbook.sheet(sheetName, COLUMNS)
                    .title(Labels.format("template.title", organisationName))
                    .note(Labels.get("template.instruction"))
                    .header();
            for (TemplateMilestone m : milestones) {
                SheetWriter.RowWriter row = sheet.row()
                        .integer(m.milestoneId()).text(m.agreementTitle()).text(m.themeName())
                        .text(m.commitmentTitle()).text(m.title()).date(m.dueDate()).text(m.currentState())
                        .percent(m.lastPercent());
                Cell status = row.poi().createCell(STATUS);
                status.setCellStyle(workbook.styles().unlockedText());
                row.poi().createCell(PERCENT).setCellStyle(workbook.styles().unlockedPercent());
                row.poi().createCell(NARRATIVE).setCellStyle(workbook.styles().unlockedText());
            }
            sheet.finish();
            int lastRow = Math.max(HEADER_ROW + 1, HEADER_ROW + milestones.size());
            addValidations(sheet.poi(), lastRow);
            sheet.poi().protectSheet(PROTECTION);
            // Filtering and sorting stay possible on the protected sheet.
            var xssf = workbook.xssfSheet(sheetName);
            xssf.lockAutoFilter(false);
            xssf.lockSort(false);
            xssf.lockFormatColumns(false);
            workbook.write(out);
        }
    }

    private static void addValidations(SXSSFSheet sheet, int lastRow) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint statuses = helper.createExplicitListConstraint(statusWords().toArray(String[]::new));
        DataValidation status = helper.createValidation(statuses, new CellRangeAddressList(HEADER_ROW + 1, lastRow, STATUS, STATUS));
        // POI inverts this flag for XSSF: true writes showDropDown="0", which shows Excel's arrow.
        status.setSuppressDropDownArrow(true);
        status.setShowErrorBox(true);
        status.setErrorStyle(DataValidation.ErrorStyle.STOP);
        status.createErrorBox(Labels.get("template.statusErrorTitle"), Labels.get("template.statusError"));
        status.setShowPromptBox(true);
        status.createPromptBox(Labels.get("template.statusPromptTitle"), Labels.get("template.statusPrompt"));
        sheet.addValidationData(status);

        DataValidationConstraint whole = helper.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN, "0", "100");
        DataValidation percent = helper.createValidation(whole, new CellRangeAddressList(HEADER_ROW + 1, lastRow, PERCENT, PERCENT));
        percent.setShowErrorBox(true);
        percent.createErrorBox(Labels.get("template.percentErrorTitle"), Labels.get("template.percentError"));
        sheet.addValidationData(percent);
    }
}
