package nl.akkoordmonitor.web.internal.steering;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.agreements.AgreementLevel;
import nl.akkoordmonitor.agreements.AgreementStatus;
import nl.akkoordmonitor.agreements.AgreementSummary;
import nl.akkoordmonitor.agreements.Agreements;
import nl.akkoordmonitor.agreements.Coverage;
import nl.akkoordmonitor.agreements.CoverageState;
import nl.akkoordmonitor.agreements.Organisation;
import nl.akkoordmonitor.agreements.Organisations;
import nl.akkoordmonitor.agreements.Scope;
import nl.akkoordmonitor.financing.FinancingAnalysis;
import nl.akkoordmonitor.financing.FundingCliff;
import nl.akkoordmonitor.financing.MoneyOverview;
import nl.akkoordmonitor.financing.StreamMoney;
import nl.akkoordmonitor.milestones.EvaluationCompleteness;
import nl.akkoordmonitor.milestones.EvaluationReporting;
import nl.akkoordmonitor.milestones.EvaluationRow;
import nl.akkoordmonitor.milestones.EvaluationStatus;
import nl.akkoordmonitor.milestones.MilestoneOwnerCount;
import nl.akkoordmonitor.milestones.MilestoneRegionCount;
import nl.akkoordmonitor.milestones.MilestoneYearCount;
import nl.akkoordmonitor.milestones.MilestoneReporting;
import nl.akkoordmonitor.milestones.MilestoneState;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.stream.Collectors;

/**
 * The figures of the steering pages, from the agreements, milestones and financing APIs: the same
 * calls the steering report and the API endpoints make for a scope and year, so that the three
 * agree. A handful of queries per page, whatever the number of regions and municipalities; a
 * detail page runs only the queries of its own part.
 * Scope checks are the caller's ({@link SteeringAccess}).
 */
@Singleton
public class SteeringFigures {

    private final Agreements agreements;
    private final MilestoneReporting milestones;
    private final EvaluationReporting evaluations;
    private final FinancingAnalysis financing;
    private final Organisations organisations;
    private final ExecutorService blocking;

    SteeringFigures(Agreements agreements, MilestoneReporting milestones, EvaluationReporting evaluations, FinancingAnalysis financing,
                    Organisations organisations, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.organisations = organisations;
        this.blocking = blocking;
        this.agreements = agreements;
        this.milestones = milestones;
        this.evaluations = evaluations;
        this.financing = financing;
    }

    /** Milestones of one owner, region or theme that need attention. */
    public record Attention(long overdue, long atRisk, long delayed, long total) {
        static final Attention NONE = new Attention(0, 0, 0, 0);

        Attention plus(MilestoneState state, long count) {
            return new Attention(overdue + (state == MilestoneState.OVERDUE ? count : 0),
                    atRisk + (state == MilestoneState.AT_RISK ? count : 0),
                    delayed + (state == MilestoneState.DELAYED ? count : 0), total + count);
        }
    }

    /** Evaluation figures of a region; the same definitions as {@link EvaluationCompleteness}. */
    public record Completeness(long expected, long submitted, long onTime, long awaitingReview, long returned,
                               long accepted, long missing) {
        static Completeness of(List<EvaluationRow> rows) {
            long submitted = rows.stream().filter(r -> r.firstSubmittedOn() != null).count();
            return new Completeness(rows.size(), submitted,
                    rows.stream().filter(r -> Boolean.TRUE.equals(r.onTime())).count(),
                    rows.stream().filter(r -> r.status() == EvaluationStatus.SUBMITTED).count(),
                    rows.stream().filter(r -> r.status() == EvaluationStatus.RETURNED).count(),
                    rows.stream().filter(r -> r.status() == EvaluationStatus.ACCEPTED).count(),
                    rows.size() - submitted);
        }
    }

    /** A year in which incidental money runs out for some commitments. */
    public record CliffYear(int firstYearWithout, long commitments, BigDecimal amount) {
    }

    /**
     * Coverage of the binding themes: the matrix (null without a national agreement), how many
     * municipalities of each region cover each theme, and the summary counts of the steering report.
     *
     * @param programmeId the programme (national agreement) of the matrix; null without one
     * @param programmes  every programme the scope's active agreements hang under, side by side (empty where not asked)
     */
    public record CoverageFigures(@Nullable Coverage coverage, Map<Long, Map<String, Long>> coveringPerRegion, long activeAgreements,
                                  long fullyCovered, long withGaps, long withoutAgreement, @Nullable Long programmeId,
                                  List<ProgrammeLine> programmes) {
        public Map<String, Long> covering(long regionId) {
            return coveringPerRegion.getOrDefault(regionId, Map.of());
        }
    }

    /** One programme beside the others: its active agreements in scope and how its regions and municipalities cover its binding themes. */
    public record ProgrammeLine(long id, String title, long activeAgreements, long fullyCovered, long withGaps, long withoutAgreement) {
    }

    /** Milestones that need attention: in total, per core theme (with its name), per region and per region and theme. */
    public record MilestoneFigures(Attention all, Map<String, Attention> perTheme, Map<String, String> themeNames,
                                   Map<Long, Attention> perRegion) {
        public Attention of(long regionId) {
            return perRegion.getOrDefault(regionId, Attention.NONE);
        }
    }

    /** Evaluation completeness of the scope and of each region in it. */
    public record EvaluationFigures(EvaluationCompleteness completeness, Map<Long, Completeness> perRegion) {
        public Completeness of(long regionId) {
            return perRegion.getOrDefault(regionId, Completeness.of(List.of()));
        }
    }

    /** Money per law × nature and the funding cliffs per first year without money. */
    public record MoneyFigures(MoneyOverview money, List<CliffYear> cliffs, long cliffCommitments) {
    }

    /** The four questions for the whole country: the national dashboard. */
    public record Overview(int year, CoverageFigures coverage, MilestoneFigures milestones, EvaluationFigures evaluations,
                           MoneyFigures money) {
    }

    /** One municipality on its region's start page. */
    public record MunicipalityLine(Coverage.Row coverage, @Nullable AgreementSummary agreement, long covered, long explained,
                                   long missing, Attention milestones, @Nullable EvaluationRow evaluation, Spending spending) {
    }

    /** A comply-or-explain deviation of a municipality, with its explanation, listed for the GGD's advice. */
    public record Deviation(Coverage.Row municipality, String theme, @Nullable String justification) {
    }

    /** Whether a municipality reported spending on the money allocated to it in the year. */
    public enum Spending { REPORTED, NOT_REPORTED, NOTHING_ALLOCATED }

    /** A GGD region's own start page: its agreement and every municipality. */
    public record RegionOverview(int year, @Nullable AgreementSummary regionAgreement, @Nullable Coverage coverage,
                                 List<MunicipalityLine> municipalities) {
    }

    /** Only the coverage of a scope and year (for lists of the regions and municipalities in it); null without a national agreement. */
    @Nullable
    public Coverage coverage(Scope scope, int year) {
        List<AgreementSummary> active = agreements.activeIn(year, scope);
        return agreements.nationalAgreementOf(year, active).map(nationalId -> agreements.coverage(nationalId, year, scope)).orElse(null);
    }

    /**
     * The dashboard of a scope: the four parts below together. Each detail page asks only for its
     * own part, so that it runs only the queries it shows.
     */
    public Overview overview(Scope scope, int year) {
        return new Overview(year, coverageFigures(scope, year, null, false), milestoneFigures(scope, year), evaluationFigures(scope, year),
                moneyFigures(scope, year));
    }

    /** The GGD regions that exist, by code: the rows of the national tables. */
    public List<Organisation> regions() {
        return organisations.currentRegions();
    }

    /**
     * Coverage of the binding themes of the programme chosen (else the one most of the scope's
     * active agreements hang under), with every programme side by side: two queries for each
     * programme's matrix, one for the active agreements.
     */
    public CoverageFigures coverageFigures(Scope scope, int year, @Nullable Long programme) {
        return coverageFigures(scope, year, programme, true);
    }

    private CoverageFigures coverageFigures(Scope scope, int year, @Nullable Long programme, boolean sideBySide) {
        List<AgreementSummary> active = agreements.activeIn(year, scope);
        List<Long> programmes = sideBySide ? agreements.programmesOf(year, active) : agreements.nationalAgreementOf(year, active).stream().toList();
        Long shown = programme != null && programmes.contains(programme) ? programme : programmes.isEmpty() ? null : programmes.get(0);
        Coverage coverage = shown == null ? null : agreements.coverage(shown, year, scope);
        Map<Long, Map<String, Long>> covering = new HashMap<>();
        if (coverage != null) {
            for (Coverage.Row row : coverage.municipalities()) {
                Map<String, Long> themes = covering.computeIfAbsent(row.ggdRegionId(), r -> new LinkedHashMap<>());
                row.cells().forEach((theme, state) -> themes.merge(theme, state.covers() ? 1L : 0L, Long::sum));
            }
        }
        long[] counts = counts(coverage);
        List<ProgrammeLine> lines = new ArrayList<>();
        if (sideBySide && programmes.size() > 1) {
            Map<Long, Long> agreementsPerProgramme = active.stream()
                    .collect(Collectors.groupingBy(AgreementSummary::nationalId, Collectors.counting()));
            for (long id : programmes) {
                long[] of = id == shown ? counts : counts(agreements.coverage(id, year, scope));
                lines.add(new ProgrammeLine(id, agreements.get(id).title(), agreementsPerProgramme.getOrDefault(id, 0L), of[0], of[1], of[2]));
            }
        }
        return new CoverageFigures(coverage, covering, active.size(), counts[0], counts[1], counts[2], shown, lines);
    }

    /** Regions and municipalities fully covered, with gaps, and without an active agreement, as the steering report's summary counts them. */
    private static long[] counts(@Nullable Coverage coverage) {
        long[] counts = new long[3];
        if (coverage == null) {
            return counts;
        }
        List<Coverage.Row> rows = new ArrayList<>(coverage.regions());
        rows.addAll(coverage.municipalities());
        for (Coverage.Row row : rows) {
            counts[row.agreementId() == null ? 2 : row.covered() ? 0 : 1]++;
        }
        return counts;
    }

    /** Milestones needing attention in the year, in one query grouped by region, theme and state. */
    public MilestoneFigures milestoneFigures(Scope scope, int year) {
        Map<Long, Attention> perRegion = new HashMap<>();
        Map<String, Attention> perTheme = new TreeMap<>();
        Map<String, String> themeNames = new HashMap<>();
        Attention all = Attention.NONE;
        for (MilestoneRegionCount count : milestones.countsByRegionThemeAndState(scope, year)) {
            Attention one = Attention.NONE.plus(count.state(), count.count());
            all = add(all, one);
            perTheme.merge(count.coreThemeCode(), one, SteeringFigures::add);
            themeNames.putIfAbsent(count.coreThemeCode(), count.coreThemeName());
            if (count.ggdRegionId() != null) {
                perRegion.merge(count.ggdRegionId(), one, SteeringFigures::add);
            }
        }
        return new MilestoneFigures(all, perTheme, themeNames, perRegion);
    }

    /** How many milestones due in each of these years are in each state, in one query. */
    public Map<Integer, Map<MilestoneState, Long>> milestonesPerYear(Scope scope, int fromYear, int toYear) {
        Map<Integer, Map<MilestoneState, Long>> perYear = new TreeMap<>();
        for (int y = fromYear; y <= toYear; y++) {
            perYear.put(y, new EnumMap<>(MilestoneState.class));
        }
        for (MilestoneYearCount count : milestones.countsByYearAndState(scope, fromYear, toYear)) {
            perYear.get(count.year()).merge(count.state(), count.count(), Long::sum);
        }
        return perYear;
    }

    /** Evaluation completeness of the scope and per region, with the definitions of {@link EvaluationCompleteness}. */
    public EvaluationFigures evaluationFigures(Scope scope, int year) {
        EvaluationCompleteness completeness = evaluations.completeness(scope, year);
        Map<Long, Completeness> perRegion = new HashMap<>();
        evaluations.rows(scope, year, null).stream()
                .filter(r -> r.ggdRegionId() != null)
                .collect(Collectors.groupingBy(EvaluationRow::ggdRegionId))
                .forEach((region, rows) -> perRegion.put(region, Completeness.of(rows)));
        return new EvaluationFigures(completeness, perRegion);
    }

    /** Money per law × nature in the year, and the funding cliffs summed per first year without money. */
    public MoneyFigures moneyFigures(Scope scope, int year) {
        // Two independent national queries: the money per law runs beside the (slower) funding cliffs.
        CompletableFuture<MoneyOverview> perLaw = CompletableFuture.supplyAsync(() -> financing.moneyByLawAndNature(scope, year), blocking);
        List<FundingCliff> cliffs = financing.fundingCliffs(scope);
        Map<Integer, List<FundingCliff>> byYear = cliffs.stream()
                .collect(Collectors.groupingBy(c -> c.lastIncidentalYear() + 1, TreeMap::new, Collectors.toList()));
        List<CliffYear> cliffYears = byYear.entrySet().stream()
                .map(e -> new CliffYear(e.getKey(), e.getValue().size(), e.getValue().stream()
                        .map(FundingCliff::lastIncidentalAmount).reduce(BigDecimal.ZERO, BigDecimal::add)))
                .toList();
        try {
            return new MoneyFigures(perLaw.join(), cliffYears, cliffs.size());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** A region's start page: every municipality with its agreement, themes, milestones, evaluation and spending. */
    public RegionOverview region(long regionId, int year) {
        Scope scope = Scope.region(regionId);
        List<AgreementSummary> inRegion = agreements.agreementsIn(scope, year);
        List<AgreementSummary> active = inRegion.stream().filter(a -> a.status() == AgreementStatus.ACTIVE).toList();
        Coverage coverage = agreements.nationalAgreementOf(year, active).map(nationalId -> agreements.coverage(nationalId, year, scope))
                .orElse(null);

        AgreementSummary regionAgreement = inRegion.stream()
                .filter(a -> a.level() == AgreementLevel.REGIONAL && a.ownerId() == regionId)
                .max(Comparator.comparing((AgreementSummary a) -> a.status() == AgreementStatus.ACTIVE).thenComparing(AgreementSummary::id))
                .orElse(null);
        // Per municipality its most relevant local agreement of the year: the active one, else the newest draft.
        Map<Long, AgreementSummary> local = new HashMap<>();
        for (AgreementSummary a : inRegion) {
            if (a.level() == AgreementLevel.LOCAL) {
                local.merge(a.ownerId(), a, (x, y) -> rank(y) > rank(x) || (rank(y) == rank(x) && y.id() > x.id()) ? y : x);
            }
        }
        Map<Long, Attention> perOwner = new HashMap<>();
        for (MilestoneOwnerCount count : milestones.countsByOwnerThemeAndState(scope, year)) {
            perOwner.merge(count.ownerOrganisationId(), Attention.NONE.plus(count.state(), count.count()), SteeringFigures::add);
        }
        Map<Long, EvaluationRow> evaluationOf = new HashMap<>();
        for (EvaluationRow row : evaluations.rows(active, year, null)) {
            if (row.level() == AgreementLevel.LOCAL) {
                evaluationOf.put(row.ownerId(), row);
            }
        }
        Map<Long, Spending> spending = new HashMap<>();
        for (StreamMoney stream : financing.moneyPerStream(scope, year)) {
            if (stream.allocated().signum() > 0) {
                Spending s = stream.spent().signum() > 0 ? Spending.REPORTED : Spending.NOT_REPORTED;
                spending.merge(stream.recipientId(), s, (x, y) -> x == Spending.REPORTED || y == Spending.REPORTED ? Spending.REPORTED : x);
            }
        }
        List<MunicipalityLine> lines = new ArrayList<>();
        if (coverage != null) {
            for (Coverage.Row row : coverage.municipalities()) {
                Map<CoverageState, Long> states = new EnumMap<>(CoverageState.class);
                row.cells().values().forEach(state -> states.merge(state, 1L, Long::sum));
                long covered = states.getOrDefault(CoverageState.ADOPTED_WITH_COMMITMENTS, 0L);
                long explained = states.getOrDefault(CoverageState.DEVIATION, 0L);
                lines.add(new MunicipalityLine(row, local.get(row.organisationId()), covered, explained,
                        row.cells().size() - covered - explained, perOwner.getOrDefault(row.organisationId(), Attention.NONE),
                        evaluationOf.get(row.organisationId()),
                        spending.getOrDefault(row.organisationId(), Spending.NOTHING_ALLOCATED)));
            }
        }
        return new RegionOverview(year, regionAgreement, coverage, lines);
    }

    private static int rank(AgreementSummary a) {
        return a.status() == AgreementStatus.ACTIVE ? 2 : a.status() == AgreementStatus.DRAFT ? 1 : 0;
    }

    private static Attention add(Attention a, Attention b) {
        return new Attention(a.overdue() + b.overdue(), a.atRisk() + b.atRisk(), a.delayed() + b.delayed(), a.total() + b.total());
    }
}
