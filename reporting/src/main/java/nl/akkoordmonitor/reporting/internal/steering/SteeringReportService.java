package nl.akkoordmonitor.reporting.internal.steering;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.agreements.Coverage;
import nl.akkoordmonitor.agreements.AgreementAccess;
import nl.akkoordmonitor.agreements.AgreementLevel;
import nl.akkoordmonitor.agreements.AgreementStatus;
import nl.akkoordmonitor.agreements.AgreementSummary;
import nl.akkoordmonitor.agreements.Agreements;
import nl.akkoordmonitor.agreements.Organisation;
import nl.akkoordmonitor.agreements.OrganisationType;
import nl.akkoordmonitor.agreements.Organisations;
import nl.akkoordmonitor.agreements.Scope;
import nl.akkoordmonitor.financing.FinancingAnalysis;
import nl.akkoordmonitor.financing.FundingCliff;
import nl.akkoordmonitor.financing.MoneyOverview;
import nl.akkoordmonitor.financing.Overspending;
import nl.akkoordmonitor.financing.StreamMoney;
import nl.akkoordmonitor.milestones.EvaluationReporting;
import nl.akkoordmonitor.milestones.EvaluationRow;
import nl.akkoordmonitor.milestones.IndicatorReporting;
import nl.akkoordmonitor.milestones.IndicatorRow;
import nl.akkoordmonitor.milestones.MilestoneReporting;
import nl.akkoordmonitor.milestones.MilestoneRow;
import nl.akkoordmonitor.milestones.ThemeRating;
import nl.akkoordmonitor.platform.message.Message;
import nl.akkoordmonitor.platform.problem.Violation;
import nl.akkoordmonitor.platform.problem.BadRequestException;
import nl.akkoordmonitor.platform.problem.ForbiddenException;
import nl.akkoordmonitor.platform.problem.NotFoundException;
import nl.akkoordmonitor.platform.security.Actor;
import nl.akkoordmonitor.reporting.SteeringReports;
import nl.akkoordmonitor.reporting.internal.workbook.Labels;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.stream.Collectors;

/**
 * Builds the steering report for a scope and year from the agreements, milestones and financing
 * APIs, using their own overviews for the headline figures so that the workbook says what their
 * endpoints say.
 */
@Singleton
public class SteeringReportService implements SteeringReports {


    /** Milestone rows read ahead of the writer at most: a few MB, whatever the size of the country. */
    private static final int MILESTONES_AHEAD = 5_000;

    private final Agreements agreements;
    private final AgreementAccess access;
    private final Organisations organisations;
    private final MilestoneReporting milestones;
    private final EvaluationReporting evaluations;
    private final IndicatorReporting indicators;
    private final FinancingAnalysis financing;
    private final Clock clock;
    private final ExecutorService executor;
    private final TransactionOperations<Connection> transactions;
    private final ReportSlots slots;

    SteeringReportService(Agreements agreements, AgreementAccess access, Organisations organisations,
                          MilestoneReporting milestones, EvaluationReporting evaluations, IndicatorReporting indicators,
                          FinancingAnalysis financing, Clock clock, @Named(TaskExecutors.IO) ExecutorService executor,
                          TransactionOperations<Connection> transactions, ReportSlots slots) {
        this.agreements = agreements;
        this.access = access;
        this.organisations = organisations;
        this.milestones = milestones;
        this.evaluations = evaluations;
        this.indicators = indicators;
        this.financing = financing;
        this.clock = clock;
        this.executor = executor;
        this.transactions = transactions;
        this.slots = slots;
    }

    /**
     * The part of the country a report covers, resolved and checked against what the actor may see,
     * with its code and name, and the programmes it shows.
     */
    public record NamedScope(Scope scope, String code, String name, ProgrammeChoice programmes) {

        public NamedScope(Scope scope, String code, String name) {
            this(scope, code, name, ProgrammeChoice.MAIN);
        }

        /** The same part of the country, showing these programmes. */
        public NamedScope showing(ProgrammeChoice choice) {
            return new NamedScope(scope, code, name, choice);
        }
    }

    /**
     * Which programmes (national agreements) a report shows: the one most of the scope's active
     * agreements hang under ({@link #MAIN}, the default), every one they hang under side by side
     * ({@link #ALL}), or one chosen national agreement.
     */
    public record ProgrammeChoice(@Nullable Long nationalId, boolean all) {
        public static final ProgrammeChoice MAIN = new ProgrammeChoice(null, false);
        public static final ProgrammeChoice ALL = new ProgrammeChoice(null, true);
    }

    /**
     * The programme choice of a request: absent for the main programme, {@code all} for every
     * programme side by side, or the id of a national agreement (a 404 when it is no national
     * agreement the caller can see, a 400 when it is no id).
     */
    public ProgrammeChoice programme(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return ProgrammeChoice.MAIN;
        }
        if (SteeringReports.ALL_PROGRAMMES.equalsIgnoreCase(value.strip())) {
            return ProgrammeChoice.ALL;
        }
        long id;
        try {
            id = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new BadRequestException(Violation.at("programme", Message.of("REPORT_PROGRAMME_FORMAT", value)));
        }
        return agreements.find(id).filter(a -> a.level() == AgreementLevel.NATIONAL && a.status() != AgreementStatus.DRAFT)
                .map(a -> new ProgrammeChoice(a.id(), false))
                .orElseThrow(() -> new NotFoundException(Message.of("REPORT_PROGRAMME_NOT_FOUND", id)));
    }

    /**
     * @param code NL for the country, a GGD region's code (GG3406) or a municipality's (GM0363);
     *             null for the actor's own scope
     */
    public NamedScope resolve(Actor actor, String code) {
        return resolve(actor, code, Labels.DUTCH);
    }

    /** The same, with the country's name in the language of {@code labels}. */
    public NamedScope resolve(Actor actor, String code, Labels labels) {
        Scope visible = access.scopeOf(actor);
        NamedScope scope;
        Long municipalityRegion = null;
        if (code == null || code.isBlank()) {
            if (visible.level() == Scope.Level.NATIONAL) {
                scope = national(labels);
            } else {
                Organisation own = organisations.get(visible.organisationId());
                scope = ofOrganisation(own);
                municipalityRegion = own.ggdRegionId();
            }
        } else if (NATIONAL.equalsIgnoreCase(code.strip())) {
            scope = national(labels);
        } else {
            Organisation organisation = organisations.findByCode(code.strip().toUpperCase())
                    .orElseThrow(() -> new NotFoundException(Message.of("REPORT_SCOPE_NOT_FOUND", code)));
            scope = ofOrganisation(organisation);
            municipalityRegion = organisation.ggdRegionId();
        }
        if (!scope.scope().within(visible, municipalityRegion)) {
            throw new ForbiddenException(Message.of("REPORT_NOT_YOURS", scope.name()));
        }
        return scope;
    }

    private static NamedScope national(Labels labels) {
        return new NamedScope(Scope.national(), NATIONAL, labels.get("report.scope.national"));
    }

    private static NamedScope ofOrganisation(Organisation organisation) {
        if (organisation.type() == OrganisationType.GGD_REGION) {
            return new NamedScope(Scope.region(organisation.id()), organisation.code(), organisation.name());
        }
        if (organisation.type() == OrganisationType.MUNICIPALITY) {
            return new NamedScope(Scope.municipality(organisation.id()), organisation.code(), organisation.name());
        }
        throw new BadRequestException(Violation.at("scope", Message.of("REPORT_SCOPE_KIND", organisation.code())));
    }

    /** The file's name, in the report's language: voortgangsrapportage-2025-GM0363.xlsx. */
    public static String fileName(Labels labels, NamedScope scope, int year) {
        return labels.format("report.fileName", String.valueOf(year), scope.code());
    }

    /**
     * Writes the report; returns the rows and cells written.
     *
     * <p>The work is spread over threads, so that the database and the workbook writer keep both of
     * the machine's cores busy. One reads the milestones, by far the most rows, from the start and
     * turns them into report lines; another meanwhile looks up the agreements in scope and their
     * names, which the lines need; this thread creates the workbook and writes the lines into the
     * milestones sheet as they arrive; a fourth gathers the other figures and writes the other
     * sheets (see {@link SteeringWorkbookWriter#write}). Each reader has a read-only transaction of
     * its own.
     * Only a few reports are made at the same time (see {@link ReportSlots}).
     */
    public SteeringWorkbookWriter.Written write(NamedScope scope, int year, OutputStream out) {
        try (PreparedReport report = prepare(scope, year, Labels.DUTCH)) {
            report.writeTo(out);
            return report.written();
        }
    }

    /**
     * Makes the report's sheets once a report slot is free; the caller then sends the file as it
     * is zipped ({@link PreparedReport#writeTo}), never holding the whole file in memory, and
     * closes it. The slot is given back as soon as the sheets are made: they wait in temporary
     * files on disk, so a slow download holds no slot, no database connection and little heap.
     *
     * @param labels the words of the report, in the language the caller asked for
     * @throws nl.akkoordmonitor.platform.problem.BusyException (503) when no slot comes free in time
     */
    public PreparedReport prepare(NamedScope scope, int year, Labels labels) {
        return new PreparedReport(slots.run(() -> buildNow(scope, year, labels)));
    }

    /** A report made and waiting to be sent; closing it removes its temporary files. */
    public static final class PreparedReport implements AutoCloseable {
        private final SteeringWorkbookWriter.Built built;

        PreparedReport(SteeringWorkbookWriter.Built built) {
            this.built = built;
        }

        public SteeringWorkbookWriter.Written written() {
            return built.written();
        }

        public void writeTo(OutputStream out) {
            built.writeTo(out);
        }

        @Override
        public void close() {
            built.close();
        }
    }

    @Override
    public ReportSize write(Actor actor, String scope, int year, OutputStream out) {
        SteeringWorkbookWriter.Written written = write(resolve(actor, scope), year, out);
        return new ReportSize(written.rows(), written.cells());
    }

    private SteeringWorkbookWriter.Built buildNow(NamedScope scope, int year, Labels labels) {
        String title = labels.format("report.title", String.valueOf(year), scope.name());
        // Three things start at once: the milestone query (the most rows), the agreements in scope
        // with their names, and, on this thread, the workbook itself. The milestone rows need the
        // names only when the first of them is there.
        CompletableFuture<InScope> inScope = CompletableFuture.supplyAsync(() -> {
            // The active agreements in scope, asked once: the report's agreement count, the expected
            // evaluations and the national agreement of its coverage all come from this list.
            List<AgreementSummary> active = agreements.activeIn(year, scope.scope());
            // One query for every commitment in scope, with its agreement, owner and region: the
            // names the sheets need, instead of a lookup per agreement.
            return new InScope(active, new ReportNames(organisations, agreements, active,
                    agreements.commitmentsIn(scope.scope(), null)));
        }, executor);
        try (RowsAhead<ReportLines.MilestoneLine> milestoneLines = new RowsAhead<>(executor, MILESTONES_AHEAD,
                sink -> milestones.forEachMilestone(scope.scope(), year,
                        row -> sink.accept(milestoneLine(row, Tasks.joined(inScope).names()))))) {
            return SteeringWorkbookWriter.build(labels, title, milestoneLines::forEach,
                    () -> content(scope, year, Tasks.joined(inScope), labels), executor, LocalDate.now(clock));
        } finally {
            // Never leave the lookup running after the report, also when the report failed early.
            inScope.exceptionally(failure -> null).join();
        }
    }

    /** The active agreements in scope and the names of what is in it. */
    private record InScope(List<AgreementSummary> active, ReportNames names) {
    }

    /**
     * Everything but the milestones. The money analyses take the database longest: they run beside
     * the other questions instead of after them, in a read-only transaction of their own. They are
     * started here, outside any transaction: a task started inside one would take the transaction's
     * connection along (Micronaut propagates it to the executor's threads) and share it with this one.
     */
    private SteeringReportContent content(NamedScope scope, int year, InScope known, Labels labels) {
        CompletableFuture<Money> money = CompletableFuture.supplyAsync(() -> transactions.executeRead(status -> {
            List<StreamMoney> streams = financing.moneyPerStream(scope.scope(), year);
            return new Money(financing.moneyByLawAndNature(scope.scope(), year, streams), streams,
                    financing.fundingCliffs(scope.scope()), financing.overspending(scope.scope(), year));
        }), executor);
        try {
            return transactions.executeRead(status -> content(scope, year, known.active(), known.names(), labels, money));
        } finally {
            // Never leave the money query running after the report, also when the report failed early.
            money.exceptionally(failure -> null).join();
        }
    }

    /** The money figures of a report's scope and year. */
    private record Money(MoneyOverview overview, List<StreamMoney> streams, List<FundingCliff> cliffs, List<Overspending> overspending) {
    }

    /** Everything but the milestones, from the agreements, milestones and financing APIs. */
    private SteeringReportContent content(NamedScope scope, int year, List<AgreementSummary> active, ReportNames names, Labels labels,
                                          CompletableFuture<Money> asked) {
        List<ReportLines.RiskLine> risks = new ArrayList<>();

        List<ReportLines.ProgrammeCoverage> coverage = coverage(scope, year, active, names);
        List<ReportLines.EvaluationLine> evaluationLines = evaluationLines(year, active, names, risks, labels);
        List<ReportLines.IndicatorLine> indicatorLines = indicators.indicatorRows(scope.scope(), year).stream()
                .map(i -> indicatorLine(i, names, labels)).toList();

        Money found = Tasks.joined(asked);
        MoneyOverview money = found.overview();
        List<ReportLines.LawNatureLine> moneyLines = money.lines().stream()
                .map(l -> new ReportLines.LawNatureLine(l.legalBasis().name(), l.nature().name(), l.budgeted(), l.allocated(), l.spent()))
                .toList();
        List<ReportLines.StreamLine> streams = found.streams().stream().map(s -> streamLine(s, names)).toList();
        List<FundingCliff> cliffs = found.cliffs();
        List<Overspending> overspending = found.overspending();

        BigDecimal share = money.structuralShare().budgetedPercent() == null ? null
                : money.structuralShare().budgetedPercent().movePointLeft(2);
        SummaryFigures summary = new SummaryFigures(year, scope.name(), active.size(), share);

        for (FundingCliff cliff : cliffs) {
            Long owner = cliff.agreementOwnerId();
            risks.add(new ReportLines.RiskLine("FUNDING_CLIFF", names.code(cliff.ggdRegionId()), names.organisation(owner),
                    names.commitment(cliff.agreementId(), cliff.commitmentId()),
                    labels.format("risk.detail.cliff", String.valueOf(cliff.lastIncidentalYear()), years(cliff.uncoveredYears())),
                    null, cliff.lastIncidentalYear() + 1, cliff.lastIncidentalAmount()));
        }
        for (Overspending o : overspending) {
            risks.add(new ReportLines.RiskLine("OVERSPENDING", names.code(names.agreementOf(o.agreementId())
                    .map(AgreementSummary::ggdRegionId).orElse(null)), names.organisation(o.recipientId()),
                    o.streamName() + " – " + names.commitment(o.agreementId(), o.commitmentId()),
                    labels.format("risk.detail.overspending", String.valueOf(o.year())), null, null, o.overspentBy()));
        }
        ReportLines.ProgrammeCoverage first = coverage.isEmpty() ? null : coverage.get(0);
        return new SteeringReportContent(summary, first == null ? List.of() : first.bindingThemes(), first == null ? List.of() : first.coverage(),
                evaluationLines, indicatorLines, moneyLines, streams, risks, scope.scope().level() == Scope.Level.NATIONAL, coverage);
    }

    /**
     * The coverage of the programmes the report shows (see {@link ProgrammeChoice}), the main one
     * first; empty without any national agreement.
     */
    private List<ReportLines.ProgrammeCoverage> coverage(NamedScope scope, int year, List<AgreementSummary> active, ReportNames names) {
        ProgrammeChoice choice = scope.programmes();
        List<Long> ids = choice.nationalId() != null ? List.of(choice.nationalId())
                : choice.all() ? agreements.programmesOf(year, active)
                : agreements.nationalAgreementOf(year, active).stream().toList();
        List<ReportLines.ProgrammeCoverage> programmes = new ArrayList<>();
        for (long nationalId : ids) {
            programmes.add(coverage(nationalId, scope, year, names));
        }
        return programmes;
    }

    /**
     * The agreements module's coverage matrix of one national agreement: every region and
     * municipality in scope, also those without an active agreement.
     */
    private ReportLines.ProgrammeCoverage coverage(long nationalId, NamedScope scope, int year, ReportNames names) {
        Coverage coverage = agreements.coverage(nationalId, year, scope.scope());
        Map<String, Long> themeIds = new LinkedHashMap<>();
        List<ReportLines.Theme> themes = new ArrayList<>();
        for (Coverage.Theme theme : coverage.themes()) {
            themeIds.put(theme.code(), theme.id());
            themes.add(new ReportLines.Theme(theme.id(), theme.code(), theme.name()));
        }
        Map<Long, List<Coverage.Row>> municipalitiesPerRegion = new LinkedHashMap<>();
        for (Coverage.Row row : coverage.municipalities()) {
            municipalitiesPerRegion.computeIfAbsent(row.ggdRegionId(), r -> new ArrayList<>()).add(row);
        }
        List<ReportLines.CoverageLine> lines = new ArrayList<>();
        List<Coverage.Row> ordered = new ArrayList<>();
        for (Coverage.Row region : coverage.regions()) {
            ordered.add(region);
            ordered.addAll(municipalitiesPerRegion.getOrDefault(region.organisationId(), List.of()));
            municipalitiesPerRegion.remove(region.organisationId());
        }
        municipalitiesPerRegion.values().forEach(ordered::addAll);
        for (Coverage.Row row : ordered) {
            boolean region = row.ggdRegionId() == null;
            Map<Long, String> cells = new LinkedHashMap<>();
            row.cells().forEach((code, state) -> cells.put(themeIds.get(code), state.name()));
            lines.add(new ReportLines.CoverageLine(region ? row.code() : row.ggdRegionCode(), row.code(), row.name(),
                    region ? "REGIONAL" : "LOCAL", row.agreementId() == null ? null : names.agreement(row.agreementId()), cells));
        }
        return new ReportLines.ProgrammeCoverage(nationalId, agreements.get(nationalId).title(), themes, lines);
    }

    private ReportLines.MilestoneLine milestoneLine(MilestoneRow row, ReportNames names) {
        return new ReportLines.MilestoneLine(row.id(), names.code(row.ggdRegionId()), names.organisation(row.ownerOrganisationId()),
                names.agreement(row.agreementId()), row.coreThemeName(), names.commitment(row.agreementId(), row.commitmentId()),
                row.title(), names.organisation(row.responsibleOrganisationId()), row.dueDate(), row.state().name(),
                row.latestStatus() == null ? null : row.latestStatus().name(), row.percentComplete(), row.latestReportDate(), row.latestNarrative());
    }

    private List<ReportLines.EvaluationLine> evaluationLines(int year, List<AgreementSummary> active, ReportNames names,
                                                             List<ReportLines.RiskLine> risks, Labels labels) {
        ZoneId zone = clock.getZone();
        List<ReportLines.EvaluationLine> lines = new ArrayList<>();
        LocalDate deadline = evaluations.deadline(year);
        for (EvaluationRow row : evaluations.rows(active, year, null)) {
            String status = row.status() == null ? "NOT_STARTED" : row.status().name();
            Map<String, String> ratings = new LinkedHashMap<>();
            for (ThemeRating rating : row.ratings()) {
                if (rating.rating() != null) {
                    ratings.put(rating.coreThemeName(), rating.rating().name());
                }
            }
            LocalDate reviewed = row.acceptedAt() != null ? LocalDate.ofInstant(row.acceptedAt(), zone)
                    : row.returnedAt() != null ? LocalDate.ofInstant(row.returnedAt(), zone) : null;
            String region = names.code(row.ggdRegionId());
            lines.add(new ReportLines.EvaluationLine(region, row.ownerName(), row.agreementTitle(), row.level().name(), year,
                    status, row.firstSubmittedOn(), row.onTime(), reviewed, ratings, row.returnReason()));
            if (row.firstSubmittedOn() == null) {
                risks.add(new ReportLines.RiskLine("EVALUATION_MISSING", region, row.ownerName(), row.agreementTitle(),
                        labels.format("risk.detail.missing", String.valueOf(year)), deadline, null, null));
            } else if (row.status() == nl.akkoordmonitor.milestones.EvaluationStatus.RETURNED) {
                String detail = row.returnReason() == null ? labels.format("risk.detail.returned", String.valueOf(year))
                        : labels.format("risk.detail.returnedBecause", String.valueOf(year), row.returnReason());
                risks.add(new ReportLines.RiskLine("EVALUATION_RETURNED", region, row.ownerName(), row.agreementTitle(),
                        detail, reviewed, null, null));
            }
        }
        return lines;
    }

    private static ReportLines.IndicatorLine indicatorLine(IndicatorRow i, ReportNames names, Labels labels) {
        return new ReportLines.IndicatorLine(i.indicatorCode(), i.indicatorName(), i.unit(), i.direction().name(),
                labels.label(i.source()),
                names.organisation(i.ownerOrganisationId()), names.agreement(i.agreementId()),
                i.baselineValue(), i.baselineYear(), i.targetValue(), i.targetYear(), i.measuredValue(), i.measuredYear(),
                i.judgement().name());
    }

    private static ReportLines.StreamLine streamLine(StreamMoney s, ReportNames names) {
        return new ReportLines.StreamLine(s.name(), s.source().name(), s.legalBasis().name(), s.nature().name(),
                names.organisation(s.recipientId()), s.earmarked(), s.budgeted(), s.allocated(), s.spent());
    }

    private static String years(List<Integer> years) {
        return years.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

}
