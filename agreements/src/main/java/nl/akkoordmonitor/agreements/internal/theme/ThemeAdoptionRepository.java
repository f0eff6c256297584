package nl.akkoordmonitor.agreements.internal.theme;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ThemeAdoptionRepository extends CrudRepository<ThemeAdoptionEntity, Long> {

    Optional<ThemeAdoptionEntity> findByAgreementIdAndCoreThemeId(long agreementId, long coreThemeId);
}
