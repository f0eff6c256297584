package nl.akkoordmonitor.reporting.internal.progress;

import nl.akkoordmonitor.milestones.ProgressStatus;
import nl.akkoordmonitor.platform.message.Message;
import nl.akkoordmonitor.platform.problem.Violation;
import nl.akkoordmonitor.reporting.internal.upload.UploadRejectedException;
import nl.akkoordmonitor.reporting.internal.workbook.Labels;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;
import java.util.stream.Stream;

/**
 * Reads a filled-in {@link ProgressTemplate} back, row by row, and collects every problem instead
 * of stopping at the first, so that the municipality can fix the whole file in one go.
 *
 * <p>A row whose input cells (status, percent, narrative) are all empty is skipped: the template
 * lists every open milestone, and a municipality reports on the ones that moved. A row with
 * anything in them needs a status, and a percentage unless the status is "Niet gestart" (0%).
 * The template's instruction says the same; keep the two together.
 */
public final class ProgressUploadReader {

    /** The milestones module keeps narratives as text; a few pages is plenty for one report. */
    static final int MAX_NARRATIVE = 4000;

    private static final DataFormatter FORMATTER = new DataFormatter(java.util.Locale.ROOT);

    private ProgressUploadReader() {
    }

    /**
     * @param isOwn true for the ids of the milestones the uploader may report on
     * @return the rows to store, with a hash of their content
     * @throws UploadRejectedException listing every problem when one row is wrong
     */
    public static Result read(Workbook workbook, LongPredicate isOwn) {
        return read(workbook, isOwn, Labels.DUTCH);
    }

    /**
     * Reads a template in either language: the one its sheet's name shows (Voortgang or Progress).
     * Its sheet and column names and status words are the file's; a status may be typed in either
     * language.
     *
     * @param asked the caller's language, for the name of the sheet that is missing
     */
    public static Result read(Workbook workbook, LongPredicate isOwn, Labels asked) {
        Labels labels = Stream.of(asked, asked == Labels.DUTCH ? Labels.ENGLISH : Labels.DUTCH)
                .filter(l -> workbook.getSheet(l.get("template.sheet")) != null).findFirst().orElse(null);
        if (labels == null) {
            throw new UploadRejectedException("upload-not-template", Message.of("upload.noSheet", asked.get("template.sheet")));
        }
        String sheetName = labels.get("template.sheet");
        Sheet sheet = workbook.getSheet(sheetName);
        checkHeader(sheet, sheetName, labels);

        List<ProgressRow> rows = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        Map<Long, Integer> seen = new HashMap<>();
        for (int r = ProgressTemplate.HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            String statusText = text(row.getCell(ProgressTemplate.STATUS));
            String percentText = text(row.getCell(ProgressTemplate.PERCENT));
            String narrative = text(row.getCell(ProgressTemplate.NARRATIVE));
            if (statusText.isEmpty() && percentText.isEmpty() && narrative.isEmpty()) {
                continue;
            }
            int before = violations.size();
            Problems problems = new Problems(labels, sheetName, r, violations);

            Long milestoneId = milestoneId(row.getCell(ProgressTemplate.ID), problems);
            if (milestoneId != null) {
                if (!isOwn.test(milestoneId)) {
                    problems.add(ProgressTemplate.ID, "MILESTONE_NOT_YOURS", Message.of("upload.unknownMilestone", milestoneId));
                } else if (seen.containsKey(milestoneId)) {
                    problems.add(ProgressTemplate.ID, "DUPLICATE_MILESTONE",
                            Message.of("upload.duplicateMilestone", milestoneId, seen.get(milestoneId)));
                } else {
                    seen.put(milestoneId, r + 1);
                }
            }
            ProgressStatus status = null;
            if (statusText.isEmpty()) {
                problems.add(ProgressTemplate.STATUS, "STATUS_MISSING", Message.of("upload.missingStatus"));
            } else {
                status = status(statusText, labels);
                if (status == null) {
                    problems.add(ProgressTemplate.STATUS, "STATUS_UNKNOWN",
                            Message.of("upload.badStatus", statusText, ProgressTemplate.statusWords(labels)));
                }
            }
            Integer percent = status == ProgressStatus.NOT_STARTED && percentText.isEmpty() ? Integer.valueOf(0)
                    : percent(row.getCell(ProgressTemplate.PERCENT), percentText, problems);
            if (narrative.length() > MAX_NARRATIVE) {
                problems.add(ProgressTemplate.NARRATIVE, "NARRATIVE_TOO_LONG",
                        Message.of("upload.narrativeTooLong", narrative.length(), MAX_NARRATIVE));
            }
            if (violations.size() == before) {
                rows.add(new ProgressRow(r + 1, milestoneId, status, percent, narrative.isEmpty() ? null : narrative));
            }
        }
        if (!violations.isEmpty()) {
            throw new UploadRejectedException("upload-rows-refused",
                    Message.of("upload.rowsRefused", violations.size()), violations);
        }
        if (rows.isEmpty()) {
            throw new UploadRejectedException("upload-empty-template", Message.of("upload.nothingToStore"));
        }
        return new Result(List.copyOf(rows), contentHash(rows), labels);
    }

    /**
     * The rows to store and a hash of what they say (not of the file's bytes, nor of its
     * language); {@code labels} are the words of the file.
     */
    public record Result(List<ProgressRow> rows, String contentHash, Labels labels) {
    }

    /** The status whose word this is, in the file's language or else the other; case and spaces do not matter. */
    private static ProgressStatus status(String text, Labels labels) {
        String wanted = text.strip();
        for (Labels language : List.of(labels, labels == Labels.DUTCH ? Labels.ENGLISH : Labels.DUTCH)) {
            for (ProgressStatus status : ProgressStatus.values()) {
                if (language.label(status).equalsIgnoreCase(wanted)) {
                    return status;
                }
            }
        }
        return null;
    }

    private static void checkHeader(Sheet sheet, String sheetName, Labels labels) {
        Row header = sheet.getRow(ProgressTemplate.HEADER_ROW);
        boolean matches = header != null;
        for (int c = 0; matches && c < ProgressTemplate.COLUMNS.size(); c++) {
            matches = ProgressTemplate.COLUMNS.get(c).header(labels).equals(text(header.getCell(c)));
        }
        if (!matches) {
            throw new UploadRejectedException("upload-not-template", Message.of("upload.badHeader", sheetName));
        }
    }

    private static Long milestoneId(Cell cell, Problems problems) {
        String text = text(cell);
        if (text.isEmpty()) {
            problems.add(ProgressTemplate.ID, "MILESTONE_ID_MISSING", Message.of("upload.missingId"));
            return null;
        }
        try {
            return new BigDecimal(text).longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            problems.add(ProgressTemplate.ID, "MILESTONE_ID_INVALID", Message.of("upload.badId", text));
            return null;
        }
    }

    private static Integer percent(Cell cell, String text, Problems problems) {
        if (text.isEmpty()) {
            problems.add(ProgressTemplate.PERCENT, "PERCENT_MISSING", Message.of("upload.missingPercent"));
            return null;
        }
        try {
            BigDecimal value = cell.getCellType() == CellType.NUMERIC ? BigDecimal.valueOf(cell.getNumericCellValue())
                    : new BigDecimal(text.replace("%", "").strip().replace(',', '.'));
            int whole = value.stripTrailingZeros().intValueExact();
            if (whole >= 0 && whole <= 100) {
                return whole;
            }
        } catch (ArithmeticException | NumberFormatException e) {
            // reported below
        }
        problems.add(ProgressTemplate.PERCENT, "PERCENT_INVALID", Message.of("upload.badPercent", text));
        return null;
    }

    /** What a cell shows, as text; numbers without their format, so 40 stays "40" and not "40%". */
    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
        }
        if (cell.getCellType() == CellType.FORMULA) {
            // A formula's cached result is what the municipality saw; the formula itself is never run.
            return cell.getCachedFormulaResultType() == CellType.NUMERIC
                    ? BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString()
                    : cell.getCachedFormulaResultType() == CellType.STRING ? cell.getStringCellValue().strip() : "";
        }
        return FORMATTER.formatCellValue(cell).strip();
    }

    private static String contentHash(List<ProgressRow> rows) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (ProgressRow row : rows) {
                String line = row.milestoneId() + "\u001f" + row.status() + "\u001f" + row.percent() + "\u001f"
                        + (row.narrative() == null ? "" : row.narrative()) + "\u001e";
                digest.update(line.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Collects the problems of one row with their cell address. */
    private record Problems(Labels labels, String sheet, int rowIndex, List<Violation> into) {

        void add(int column, String rule, Message message) {
            String columnName = ProgressTemplate.COLUMNS.get(column).header(labels);
            String cell = new CellReference(sheet, rowIndex, column, false, false).formatAsString();
            into.add(new Violation(rule, cell, Message.of("upload.cell", sheet, rowIndex + 1, columnName, message)));
        }
    }
}
