package nl.akkoordmonitor.reporting.internal.steering;

import nl.akkoordmonitor.agreements.AgreementSummary;
import nl.akkoordmonitor.agreements.Agreements;
import nl.akkoordmonitor.agreements.CommitmentOverview;
import nl.akkoordmonitor.agreements.CommitmentSummary;
import nl.akkoordmonitor.agreements.Organisation;
import nl.akkoordmonitor.agreements.Organisations;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Names of organisations, agreements and commitments for one report, each looked up once.
 * The other modules' report rows carry ids; the number of distinct organisations and agreements is
 * bounded by the country (about 370), not by the number of rows.
 *
 * <p>Safe to share between threads: the milestones sheet and the other figures of one report are
 * gathered at the same time.
 */
final class ReportNames {

    private final Organisations organisations;
    private final Agreements agreements;
    private final Map<Long, Optional<Organisation>> organisationById = new ConcurrentHashMap<>();
    private final Map<Long, Optional<AgreementSummary>> agreementById = new ConcurrentHashMap<>();
    private final Map<Long, String> commitmentTitles = new ConcurrentHashMap<>();
    private final Map<Long, Boolean> commitmentsLoaded = new ConcurrentHashMap<>();
    private final Map<Long, String> organisationNames = new ConcurrentHashMap<>();
    private final Map<Long, String> organisationCodes = new ConcurrentHashMap<>();
    private final Map<Long, String> agreementTitles = new ConcurrentHashMap<>();

    /**
     * @param known       the agreements already at hand
     * @param commitments every commitment in scope with its agreement, owner and region: most
     *                    names come from here, the rest is looked up once each
     */
    ReportNames(Organisations organisations, Agreements agreements, List<AgreementSummary> known,
                List<CommitmentOverview> commitments) {
        this.organisations = organisations;
        this.agreements = agreements;
        known.forEach(a -> {
            agreementById.put(a.id(), Optional.of(a));
            organisationNames.put(a.ownerId(), a.ownerName());
        });
        for (CommitmentOverview c : commitments) {
            commitmentTitles.put(c.commitmentId(), c.title());
            commitmentsLoaded.put(c.agreementId(), true);
            agreementTitles.put(c.agreementId(), c.agreementTitle());
            organisationNames.put(c.ownerId(), c.ownerName());
            if (c.ownerCode() != null) {
                organisationCodes.put(c.ownerId(), c.ownerCode());
            }
            if (c.ggdRegionId() != null && c.ggdRegionCode() != null) {
                organisationCodes.put(c.ggdRegionId(), c.ggdRegionCode());
                organisationNames.put(c.ggdRegionId(), c.ggdRegionName());
            }
        }
        // Those responsible for commitments are often partners, not owners: fetch them all at once.
        Set<Long> responsible = new HashSet<>();
        commitments.forEach(c -> responsible.add(c.responsibleOrganisationId()));
        responsible.removeAll(organisationNames.keySet());
        for (Organisation organisation : organisations.findAll(responsible)) {
            organisationById.put(organisation.id(), Optional.of(organisation));
            organisationNames.put(organisation.id(), organisation.name());
            if (organisation.code() != null) {
                organisationCodes.put(organisation.id(), organisation.code());
            }
        }
    }

    String organisation(Long id) {
        if (id == null) {
            return null;
        }
        return organisationNames.computeIfAbsent(id, i -> organisationOf(i).map(Organisation::name).orElse(String.valueOf(i)));
    }

    String code(Long id) {
        if (id == null) {
            return null;
        }
        String known = organisationCodes.get(id);
        return known != null ? known : organisationOf(id).map(Organisation::code).orElse(null);
    }

    String agreement(long id) {
        String known = agreementTitles.get(id);
        return known != null ? known : agreementOf(id).map(AgreementSummary::title).orElse(String.valueOf(id));
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
