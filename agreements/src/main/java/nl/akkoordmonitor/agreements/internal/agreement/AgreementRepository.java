package nl.akkoordmonitor.agreements.internal.agreement;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface AgreementRepository extends CrudRepository<AgreementEntity, Long> {

    /** Locks the agreement row, so that two signings or changes of one agreement run one after the other. */
    @Query("SELECT * FROM agreements.agreement WHERE id = :id FOR UPDATE")
    Optional<AgreementEntity> findForUpdate(long id);
}
