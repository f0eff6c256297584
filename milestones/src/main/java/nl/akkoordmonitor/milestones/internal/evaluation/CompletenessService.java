package nl.akkoordmonitor.milestones.internal.evaluation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
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
import nl.akkoordmonitor.milestones.Rating;
import nl.akkoordmonitor.milestones.ThemeRating;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
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
    private final JdbcOperations jdbc;

    CompletenessService(Agreements agreements, EvaluationDeadlines deadlines, JdbcOperations jdbc) {
        this.agreements = agreements;
        this.deadlines = deadlines;
        this.jdbc = jdbc;
    }

    @Override
    public LocalDate deadline(int year) {
        return deadlines.deadline(year);
    }

    @Override
    public EvaluationCompleteness completeness(Scope scope, int year) {
        LocalDate deadline = deadline(year);
        List<AgreementSummary> expected = agreements.activeIn(year, scope);
        StringBuilder sql = new StringBuilder("SELECT");
        for (CompletenessFigure figure : CompletenessFigure.values()) {
            sql.append(figure.ordinal() == 0 ? " " : ", ").append("count(*) FILTER (WHERE ").append(condition(figure, deadline)).append(")");
        }
        long[] counts = jdbc.prepareStatement(sql + FROM, statement -> {
            statement.setArray(1, statement.getConnection().createArrayOf("bigint", ids(expected)));
            statement.setInt(2, year);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                long[] values = new long[CompletenessFigure.values().length];
                for (int i = 0; i < values.length; i++) {
                    values[i] = rs.getLong(i + 1);
                }
                return values;
            }
        });
        return new EvaluationCompleteness(scope, year, deadline,
                counts[CompletenessFigure.EXPECTED.ordinal()], counts[CompletenessFigure.SUBMITTED.ordinal()],
                counts[CompletenessFigure.ON_TIME.ordinal()], counts[CompletenessFigure.LATE.ordinal()],
                counts[CompletenessFigure.AWAITING_REVIEW.ordinal()], counts[CompletenessFigure.RETURNED.ordinal()],
                counts[CompletenessFigure.ACCEPTED.ordinal()], counts[CompletenessFigure.MISSING.ordinal()]);
    }

    @Override
    public List<EvaluationRow> rows(Scope scope, int year, @Nullable CompletenessFigure figure) {
        return rows(agreements.activeIn(year, scope), year, figure);
    }

    @Override
    public List<EvaluationRow> rows(List<AgreementSummary> expected, int year, @Nullable CompletenessFigure figure) {
        LocalDate deadline = deadline(year);
        Map<Long, AgreementSummary> byId = expected.stream().collect(Collectors.toMap(AgreementSummary::id, Function.identity()));
        String sql = "SELECT x.agreement_id, e.id, e.status, e.first_submitted_on, e.returned_at, e.accepted_at, rr.reason" + FROM
                + LAST_RETURN + " WHERE " + condition(figure == null ? CompletenessFigure.EXPECTED : figure, deadline);
        List<EvaluationRow> rows = jdbc.prepareStatement(sql, statement -> {
            statement.setArray(1, statement.getConnection().createArrayOf("bigint", ids(expected)));
            statement.setInt(2, year);
            List<EvaluationRow> result = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    AgreementSummary a = byId.get(rs.getLong(1));
                    Long evaluationId = (Long) rs.getObject(2);
                    String status = rs.getString(3);
                    Date first = rs.getDate(4);
                    Timestamp returned = rs.getTimestamp(5);
                    Timestamp accepted = rs.getTimestamp(6);
                    String returnReason = rs.getString(7);
                    result.add(new EvaluationRow(a.id(), a.title(), a.level(), a.ownerId(), a.ownerName(), a.ggdRegionId(), evaluationId,
                            status == null ? null : EvaluationStatus.valueOf(status), first == null ? null : first.toLocalDate(),
                            first == null ? null : deadlines.onTime(first.toLocalDate(), deadline),
                            returned == null ? null : returned.toInstant(), returnReason, accepted == null ? null : accepted.toInstant(),
                            List.of()));
                }
            }
            return result;
        });
        Map<Long, List<ThemeRating>> ratings = ratings(rows.stream().map(EvaluationRow::evaluationId).filter(Objects::nonNull).toArray());
        return rows.stream()
                .map(r -> r.evaluationId() == null ? r : new EvaluationRow(r.agreementId(), r.agreementTitle(), r.level(), r.ownerId(),
                        r.ownerName(), r.ggdRegionId(), r.evaluationId(), r.status(), r.firstSubmittedOn(), r.onTime(), r.returnedAt(),
                        r.returnReason(), r.acceptedAt(), ratings.getOrDefault(r.evaluationId(), List.of())))
                .sorted(Comparator.comparing(EvaluationRow::level).thenComparing(EvaluationRow::ownerName).thenComparing(EvaluationRow::agreementId))
                .toList();
    }

    private Map<Long, List<ThemeRating>> ratings(Object[] evaluationIds) {
        if (evaluationIds.length == 0) {
            return Map.of();
        }
        return jdbc.prepareStatement("""
                SELECT evaluation_id, core_theme_code, core_theme_name, rating FROM milestones.evaluation_theme
                WHERE evaluation_id = ANY(?) ORDER BY evaluation_id, core_theme_code""", statement -> {
            statement.setArray(1, statement.getConnection().createArrayOf("bigint", evaluationIds));
            Map<Long, List<ThemeRating>> result = new HashMap<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    String rating = rs.getString(4);
                    result.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new ThemeRating(rs.getString(2), rs.getString(3), rating == null ? null : Rating.valueOf(rating)));
                }
            }
            return result;
        });
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

    private static Object[] ids(List<AgreementSummary> agreements) {
        return agreements.stream().map(AgreementSummary::id).toArray();
    }
}
