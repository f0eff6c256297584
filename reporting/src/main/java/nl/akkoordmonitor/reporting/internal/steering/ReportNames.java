package nl.akkoordmonitor.reporting.internal.steering;

import nl.akkoordmonitor.agreements.AgreementSummary;
import nl.akkoordmonitor.agreements.Agreements;
import nl.akkoordmonitor.agreements.CommitmentSummary;
import nl.akkoordmonitor.agreements.Organisation;
import nl.akkoordmonitor.agreements.Organisations;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Names of organisations, agreements and commitments for one report, each looked up once.
 * The other modules' report rows carry ids; the number of distinct organisations and agreements is
 * bounded by the country (about 370), not by the number of rows.
 */
final class ReportNames {

    private final Organisations organisations;
    private final Agreements agreements;
    private final Map<Long, Optional<Organisation>> organisationById = new HashMap<>();
    private final Map<Long, Optional<AgreementSummary>> agreementById = new HashMap<>();
    private final Map<Long, String> commitmentTitles = new HashMap<>();
    private final Map<Long, Boolean> commitmentsLoaded = new HashMap<>();

    ReportNames(Organisations organisations, Agreements agreements, List<AgreementSummary> known) {
        this.organisations = organisations;
        this.agreements = agreements;
        known.forEach(a -> agreementById.put(a.id(), Optional.of(a)));
    }

    String organisation(Long id) {
        return id == null ? null : organisationOf(id).map(Organisation::name).orElse(String.valueOf(id));
    }

    String code(Long id) {
        return id == null ? null : organisationOf(id).map(Organisation::code).orElse(null);
    }

    String agreement(long id) {
        return agreementOf(id).map(AgreementSummary::title).orElse(String.valueOf(id));
    }

    Optional<AgreementSummary> agreementOf(long id) {
        return agreementById.computeIfAbsent(id, agreements::find);
    }

    String commitment(long agreementId, long commitmentId) {
        commitmentsLoaded.computeIfAbsent(agreementId, a -> {
            for (CommitmentSummary c : agreements.commitmentsOf(a)) {
                commitmentTitles.put(c.id(), c.title());
            }
            return true;
        });
        return commitmentTitles.getOrDefault(commitmentId, "");
    }

    private Optional<Organisation> organisationOf(long id) {
        return organisationById.computeIfAbsent(id, organisations::find);
    }
}
