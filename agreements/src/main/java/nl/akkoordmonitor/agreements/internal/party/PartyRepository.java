package nl.akkoordmonitor.agreements.internal.party;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface PartyRepository extends CrudRepository<PartyEntity, Long> {

    boolean existsByAgreementIdAndOrganisationIdAndRole(long agreementId, long organisationId, PartyRole role);
}
