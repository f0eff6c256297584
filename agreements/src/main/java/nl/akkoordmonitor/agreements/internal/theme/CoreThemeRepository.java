package nl.akkoordmonitor.agreements.internal.theme;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface CoreThemeRepository extends CrudRepository<CoreThemeEntity, Long> {

    List<CoreThemeEntity> findByAgreementIdOrderByCode(long agreementId);

    Optional<CoreThemeEntity> findByAgreementIdAndCode(long agreementId, String code);
}
