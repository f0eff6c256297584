package nl.akkoordmonitor.reporting.internal.progress;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.agreements.AgreementAccess;
import nl.akkoordmonitor.agreements.AgreementSummary;
import nl.akkoordmonitor.agreements.Agreements;
import nl.akkoordmonitor.agreements.CommitmentSummary;
import nl.akkoordmonitor.agreements.Organisation;
import nl.akkoordmonitor.agreements.Organisations;
import nl.akkoordmonitor.milestones.MilestoneReporting;
import nl.akkoordmonitor.milestones.MilestoneRow;
import nl.akkoordmonitor.milestones.MilestoneState;
import nl.akkoordmonitor.milestones.ProgressStatus;
import nl.akkoordmonitor.milestones.ProgressEntry;
import nl.akkoordmonitor.milestones.ProgressProblem;
import nl.akkoordmonitor.milestones.ProgressResult;
import nl.akkoordmonitor.platform.audit.AuditEntry;
import nl.akkoordmonitor.platform.audit.AuditLog;
import nl.akkoordmonitor.platform.message.Message;
import nl.akkoordmonitor.platform.problem.ForbiddenException;
import nl.akkoordmonitor.platform.problem.Violation;
import nl.akkoordmonitor.platform.security.Actor;
import nl.akkoordmonitor.platform.security.Role;
import nl.akkoordmonitor.reporting.internal.upload.UploadRejectedException;
import nl.akkoordmonitor.reporting.internal.upload.WorkbookUploadGuard;
import nl.akkoordmonitor.reporting.internal.workbook.Labels;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Excel round trip for milestone progress: the template of an organisation's open milestones,
 * and the upload that records the filled-in rows as progress reports, all or nothing.
 *
 * <p>Idempotency: every row gets a key made of the milestone id and the hash of the file's
 * content (what its rows say, not its bytes). The milestones module skips a key it has seen, so
 * uploading the same file again, even after saving it once more in Excel, adds nothing.
 */
@Singleton
public class ProgressRoundTrip {

    private final MilestoneReporting milestones;
    private final Agreements agreements;
    private final AgreementAccess access;
    private final Organisations organisations;
    private final WorkbookUploadGuard guard;
    private final ProgressUploadRepository uploads;
    private final AuditLog auditLog;
    private final Clock clock;

    ProgressRoundTrip(MilestoneReporting milestones, Agreements agreements, AgreementAccess access, Organisations organisations,
                      WorkbookUploadGuard guard, ProgressUploadRepository uploads, AuditLog auditLog, Clock clock) {
        this.milestones = milestones;
        this.agreements = agreements;
        this.access = access;
        this.organisations = organisations;
        this.guard = guard;
        this.uploads = uploads;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** A template file: its name and bytes. */
    public record TemplateFile(String fileName, byte[] bytes) {
    }

    /** The template with the open milestones of the actor's organisation's agreements, in the language of {@code labels}. */
    @Transactional(readOnly = true)
    public TemplateFile template(Actor actor, Labels labels) {
        Organisation organisation = reportingOrganisation(actor);
        List<MilestoneRow> open = new ArrayList<>();
        milestones.forEachMilestone(access.scopeOf(actor), null, row -> {
            if (row.ownerOrganisationId() == organisation.id() && row.open()) {
                open.add(row);
            }
        });
        Map<Long, String> agreementTitles = new HashMap<>();
        Map<Long, String> commitmentTitles = new HashMap<>();
        // An organisation owns one or two agreements: a lookup per agreement, not per milestone.
        open.stream().map(MilestoneRow::agreementId).distinct().forEach(agreementId -> {
            agreementTitles.put(agreementId, agreements.find(agreementId).map(AgreementSummary::title).orElse(""));
            for (CommitmentSummary c : agreements.commitmentsOf(agreementId)) {
                commitmentTitles.put(c.id(), c.title());
            }
        });
        List<TemplateMilestone> lines = open.stream().map(m -> new TemplateMilestone(m.id(),
                agreementTitles.get(m.agreementId()), m.coreThemeName(), commitmentTitles.getOrDefault(m.commitmentId(), ""),
                m.title(), m.dueDate(), labels.label(m.latestStatus() == null ? ProgressStatus.NOT_STARTED : m.latestStatus()),
                m.state() == MilestoneState.OVERDUE, m.percentComplete())).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProgressTemplate.write(labels, organisation.name(), lines, out);
        String fileName = labels.format("template.fileName", codeOf(organisation), LocalDate.now(clock).toString());
        return new TemplateFile(fileName, out.toByteArray());
    }

    /**
     * Reads an uploaded template and records every filled-in row, or nothing.
     *
     * @throws UploadRejectedException (400) for a file that is no xlsx, too large, a zip bomb, not
     *                                 the template, or has rows that do not pass; every row problem is listed
     */
    @Transactional
    public UploadReceipt upload(Actor actor, String fileName, byte[] bytes, Labels labels) {
        Organisation organisation = reportingOrganisation(actor);
        ProgressUploadReader.Result read;
        try (XSSFWorkbook workbook = guard.open(bytes)) {
            Set<Long> own = new HashSet<>();
            milestones.forEachMilestone(access.scopeOf(actor), null, row -> {
                if (row.ownerOrganisationId() == organisation.id()) {
                    own.add(row.id());
                }
            });
            read = ProgressUploadReader.read(workbook, own::contains, labels);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        LocalDate today = LocalDate.now(clock);
        List<ProgressEntry> entries = read.rows().stream().map(row -> new ProgressEntry(row.milestoneId(), today,
                row.status(), row.percent(), row.narrative(),
                idempotencyKey(row.milestoneId(), read.contentHash()))).toList();
        ProgressResult result = milestones.recordProgress(actor, entries);
        if (!result.stored()) {
            List<Violation> violations = result.problems().stream()
                    .map(p -> toViolation(p, read.rows().get(p.index()), read.labels())).toList();
            throw new UploadRejectedException("upload-rows-refused", Message.of("upload.rowsRefused", violations.size()), violations);
        }

        ProgressUploadEntity saved = uploads.save(new ProgressUploadEntity(null, organisation.id(), actor.userId(), clock.instant(),
                fileName, read.contentHash(), entries.size(), result.created(), result.alreadyRecorded()));
        UploadReceipt receipt = new UploadReceipt(saved.id(), entries.size(), result.created(), result.alreadyRecorded());
        auditLog.record(actor, AuditEntry.of("progress_upload", saved.id(), "UPLOAD").values(null, receipt)
                .organisation(organisation.id()));
        return receipt;
    }

    /** Only users who act for an organisation that owns agreements report progress. */
    private Organisation reportingOrganisation(Actor actor) {
        if (actor.role() == Role.ADMIN || actor.organisationId() == null) {
            throw new ForbiddenException(Message.of("PROGRESS_BY_ORGANISATION"));
        }
        return organisations.get(actor.organisationId());
    }

    private static String codeOf(Organisation organisation) {
        return organisation.code() != null ? organisation.code() : String.valueOf(organisation.id());
    }

    /** A problem the milestones module found with a row (e.g. achieved but not 100%), at the row's cell. */
    private static Violation toViolation(ProgressProblem problem, ProgressRow row, Labels labels) {
        int column = switch (problem.field() == null ? "" : problem.field().replaceFirst("^/", "")) {
            case "status" -> ProgressTemplate.STATUS;
            case "percentComplete" -> ProgressTemplate.PERCENT;
            case "narrative" -> ProgressTemplate.NARRATIVE;
            default -> ProgressTemplate.ID;
        };
        String sheet = labels.get("template.sheet");
        String header = ProgressTemplate.COLUMNS.get(column).header(labels);
        return new Violation(problem.rule(), new CellReference(sheet, row.row() - 1, column, false, false).formatAsString(),
                Message.of("upload.cell", sheet, row.row(), header, problem.message()));
    }

    static String idempotencyKey(long milestoneId, String contentHash) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((milestoneId + ":" + contentHash).getBytes(StandardCharsets.UTF_8));
            return "xlsx:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
