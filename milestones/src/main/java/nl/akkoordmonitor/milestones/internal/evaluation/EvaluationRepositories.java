package nl.akkoordmonitor.milestones.internal.evaluation;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

final class EvaluationRepositories {

    private EvaluationRepositories() {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Evaluations extends CrudRepository<EvaluationEntity, Long> {
        Optional<EvaluationEntity> findByAgreementIdAndYear(long agreementId, int year);

        List<EvaluationEntity> findByAgreementIdOrderByYear(long agreementId);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Themes extends CrudRepository<EvaluationThemeEntity, Long> {
        List<EvaluationThemeEntity> findByEvaluationIdOrderByCoreThemeCode(long evaluationId);

        List<EvaluationThemeEntity> findByEvaluationIdInList(List<Long> evaluationIds);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Transitions extends CrudRepository<EvaluationTransitionEntity, Long> {
        @Query("SELECT * FROM milestones.evaluation_transition WHERE evaluation_id = :evaluationId ORDER BY occurred_at, id")
        List<EvaluationTransitionEntity> history(long evaluationId);

        List<EvaluationTransitionEntity> findByEvaluationIdInList(List<Long> evaluationIds);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Deadlines extends CrudRepository<EvaluationDeadlineEntity, Integer> {
    }
}
