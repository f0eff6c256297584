package nl.akkoordmonitor.milestones.internal.evaluation;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.agreements.AgreementSummary;
import nl.akkoordmonitor.agreements.Agreements;
import nl.akkoordmonitor.agreements.Scope;
import nl.akkoordmonitor.milestones.CompletenessFigure;
import nl.akkoordmonitor.milestones.EvaluationCompleteness;
import nl.akkoordmonitor.milestones.EvaluationReporting;
import nl.akkoordmonitor.milestones.EvaluationRow;
import nl.akkoordmonitor.milestones.EvaluationStatus;
import nl.akkoordmonitor.milestones.ProgrammeCompleteness;
import nl.akkoordmonitor.milestones.ProgrammesCompleteness;
import nl.akkoordmonitor.milestones.Rating;
import nl.akkoordmonitor.milestones.ThemeRating;
import nl.akkoordmonitor.platform.sql.Rows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Completeness of a year's evaluations. The expected evaluations are the ACTIVE agreements of the
 * year in the scope, asked once from the agreements module; their evaluations are counted and
 * listed in one SQL statement each over this module's schema. Counts and lists share the
 * conditions of {@link #condition}, so a figure always matches the list behind it.
 */
@Singleton
@Transactional(readOnly = true)
class CompletenessService implements EvaluationReporting {

    private static final String FROM = """
             \sFROM unnest(?) AS x(agreement_id)
             LEFT JOIN milestones.evaluation e ON e.agreement_id = x.agreement_id AND e.year = ?""";

    /** The reviewer's reason of the evaluation's latest return, if it was ever returned. */
    private static final String LAST_RETURN = """
             \sLEFT JOIN LATERAL (SELECT t.reason FROM milestones.evaluation_transition t
                                 WHERE t.evaluation_id = e.id AND t.to_status = 'RETURNED'
                                 ORDER BY t.occurred_at DESC, t.id DESC LIMIT 1) rr ON TRUE""";

    private final Agreements agreements;
    private final EvaluationDeadlines deadlines;
    private final Rows rows;

    CompletenessService(Agreements agreements, EvaluationDeadlines deadlines, Rows rows) {
        this.agreements = agreements;
        this.deadlines = deadlines;
        this.rows = rows;
    }

    /** One count per {@link CompletenessFigure}, each in the column named after it. */
    @Introspected
    record Counts(long expected, long submitted, long onTime, long late, long awaitingReview, long returned, long accepted, long missing) {
    }

    /** An expected agreement with its evaluation of the year, if one was started. */
    @Introspected
    record Evaluated(long agreementId, @Nullable Long evaluationId, @Nullable EvaluationStatus status, @Nullable LocalDate firstSubmittedOn,
                     @Nullable Instant returnedAt, @Nullable Instant acceptedAt, @Nullable String returnReason) {
    }

    @Introspected
    record RatedTheme(long evaluationId, String coreThemeCode, String coreThemeName, @Nullable Rating rating) {
    }

    @Override
    public LocalDate deadline(int year) {
        return deadlines.deadline(year);
    }

    @Override
    public EvaluationCompleteness completeness(Scope scope, int year) {
        return completeness(scope, year, agreements.activeIn(year, scope));
    }

    @Override
    public EvaluationCompleteness completeness(Scope scope, int year, @Nullable Long programme) {
        return completeness(scope, year, under(programme, agreements.activeIn(year, scope)));
    }

    @Override
    public ProgrammesCompleteness completenessPerProgramme(Scope scope, int year) {
        List<AgreementSummary> active = agreements.activeIn(year, scope);
        List<Long> programmes = agreements.programmesOf(year, active);
        Map<Long, String> titles = agreements.findAll(programmes).stream()
                .collect(Collectors.toMap(AgreementSummary::id, AgreementSummary::title));
        return new ProgrammesCompleteness(scope, year, programmes.stream()
                .map(id -> new ProgrammeCompleteness(id, titles.getOrDefault(id, ""), completeness(scope, year, under(id, active))))
                .toList());
    }

    /** The agreements that hang under the programme (national agreement); all of them when null. */
    private static List<AgreementSummary> under(@Nullable Long programme, List<AgreementSummary> active) {
        return programme == null ? active : active.stream().filter(a -> a.nationalId() == programme).toList();
    }

    private EvaluationCompleteness completeness(Scope scope, int year, List<AgreementSummary> expected) {
        LocalDate deadline = deadline(year);
        String figures = Arrays.stream(CompletenessFigure.values())
                .map(figure -> "count(*) FILTER (WHERE " + condition(figure, deadline) + ") AS " + figure.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        Counts counts = rows.one(Counts.class, "SELECT " + figures + FROM, ids(expected), year).orElseThrow();
        return new EvaluationCompleteness(scope, year, deadline, counts.expected(), counts.submitted(), counts.onTime(), counts.late(),
                counts.awaitingReview(), counts.returned(), counts.accepted(), counts.missing());
    }

    @Override
    public List<EvaluationRow> rows(Scope scope, int year, @Nullable CompletenessFigure figure) {
        return rows(agreements.activeIn(year, scope), year, figure);
    }

    @Override
    public List<EvaluationRow> rows(Scope scope, int year, @Nullable CompletenessFigure figure, @Nullable Long programme) {
        return rows(under(programme, agreements.activeIn(year, scope)), year, figure);
    }

    @Override
    public List<EvaluationRow> rows(List<AgreementSummary> expected, int year, @Nullable CompletenessFigure figure) {
        LocalDate deadline = deadline(year);
        Map<Long, AgreementSummary> byId = expected.stream().collect(Collectors.toMap(AgreementSummary::id, Function.identity()));
        String sql = "SELECT x.agreement_id, e.id AS evaluation_id, e.status, e.first_submitted_on, e.returned_at, e.accepted_at,"
                + " rr.reason AS return_reason" + FROM + LAST_RETURN
                + " WHERE " + condition(figure == null ? CompletenessFigure.EXPECTED : figure, deadline);
        List<Evaluated> evaluated = rows.list(Evaluated.class, sql, ids(expected), year);
        Map<Long, List<ThemeRating>> ratings = ratings(evaluated.stream().map(Evaluated::evaluationId).filter(Objects::nonNull).toList());
        return evaluated.stream().map(e -> {
                    AgreementSummary a = byId.get(e.agreementId());
                    LocalDate first = e.firstSubmittedOn();
                    return new EvaluationRow(a.id(), a.title(), a.level(), a.ownerId(), a.ownerName(), a.ggdRegionId(), e.evaluationId(),
                            e.status(), first, first == null ? null : deadlines.onTime(first, deadline), e.returnedAt(), e.returnReason(),
                            e.acceptedAt(), e.evaluationId() == null ? List.of() : ratings.getOrDefault(e.evaluationId(), List.of()));
                })
                .sorted(Comparator.comparing(EvaluationRow::level).thenComparing(EvaluationRow::ownerName)
                        .thenComparing(EvaluationRow::agreementId))
                .toList();
    }

    private Map<Long, List<ThemeRating>> ratings(List<Long> evaluationIds) {
        if (evaluationIds.isEmpty()) {
            return Map.of();
        }
        return rows.list(RatedTheme.class, """
                SELECT evaluation_id, core_theme_code, core_theme_name, rating FROM milestones.evaluation_theme
                WHERE evaluation_id = ANY(?) ORDER BY evaluation_id, core_theme_code""", evaluationIds).stream()
                .collect(Collectors.groupingBy(RatedTheme::evaluationId,
                        Collectors.mapping(r -> new ThemeRating(r.coreThemeCode(), r.coreThemeName(), r.rating()), Collectors.toList())));
    }

    /**
     * What each figure counts, over an expected agreement {@code x} and its evaluation {@code e}
     * (null when none was started). The deadline is a LocalDate, so writing it into the SQL is safe.
     */
    static String condition(CompletenessFigure figure, LocalDate deadline) {
        return switch (figure) {
            case EXPECTED -> "TRUE";
            case SUBMITTED -> "e.first_submitted_on IS NOT NULL";
            case ON_TIME -> "e.first_submitted_on <= DATE '" + deadline + "'";
            case LATE -> "e.first_submitted_on > DATE '" + deadline + "'";
            case AWAITING_REVIEW -> "e.status = 'SUBMITTED'";
            case RETURNED -> "e.status = 'RETURNED'";
            case ACCEPTED -> "e.status = 'ACCEPTED'";
            case MISSING -> "e.first_submitted_on IS NULL";
        };
    }

    private static List<Long> ids(List<AgreementSummary> agreements) {
        return agreements.stream().map(AgreementSummary::id).toList();
    }
}
