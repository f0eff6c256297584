package nl.akkoordmonitor.agreements.internal.catalogue;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.agreements.AdoptedTheme;
import nl.akkoordmonitor.agreements.AgreementLevel;
import nl.akkoordmonitor.agreements.AgreementSummary;
import nl.akkoordmonitor.agreements.Agreements;
import nl.akkoordmonitor.agreements.CommitmentOverview;
import nl.akkoordmonitor.agreements.CommitmentSummary;
import nl.akkoordmonitor.agreements.Coverage;
import nl.akkoordmonitor.agreements.Scope;
import nl.akkoordmonitor.agreements.internal.agreement.AgreementQueries;
import nl.akkoordmonitor.agreements.internal.agreement.AgreementView;
import nl.akkoordmonitor.agreements.internal.commitment.CommitmentQueries;
import nl.akkoordmonitor.agreements.internal.commitment.CommitmentView;
import nl.akkoordmonitor.agreements.internal.coverage.CoverageQuery;
import nl.akkoordmonitor.platform.message.Message;
import nl.akkoordmonitor.platform.problem.NotFoundException;
import nl.akkoordmonitor.platform.sql.Rows;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The module's read API for milestones, financing and reporting. */
@Singleton
class AgreementCatalogue implements Agreements {

    private static final String ADOPTED_THEMES = """
            SELECT ad.id AS adoption_id, ad.agreement_id, ad.core_theme_id, t.code, t.name, t.binding, ad.deviation, ad.ambition,
                   ad.justification
            FROM agreements.theme_adoption ad JOIN agreements.core_theme t ON t.id = ad.core_theme_id
            WHERE ad.agreement_id = ANY(?) ORDER BY ad.agreement_id, t.code
            """;

    private final AgreementQueries agreements;
    private final CommitmentQueries commitments;
    private final CoverageQuery coverage;
    private final Rows rows;

    AgreementCatalogue(AgreementQueries agreements, CommitmentQueries commitments, CoverageQuery coverage, Rows rows) {
        this.agreements = agreements;
        this.commitments = commitments;
        this.coverage = coverage;
        this.rows = rows;
    }

    @Override
    public Optional<AgreementSummary> find(long agreementId) {
        return agreements.find(agreementId).map(AgreementView::toSummary);
    }

    @Override
    public AgreementSummary get(long agreementId) {
        return find(agreementId).orElseThrow(() -> new NotFoundException(Message.of("AGREEMENT_NOT_FOUND", agreementId)));
    }

    @Override
    public Optional<CommitmentSummary> findCommitment(long commitmentId) {
        return commitments.find(commitmentId).map(CommitmentView::toSummary);
    }

    @Override
    public CommitmentSummary getCommitment(long commitmentId) {
        return findCommitment(commitmentId).orElseThrow(() -> new NotFoundException(Message.of("COMMITMENT_NOT_FOUND", commitmentId)));
    }

    @Override
    public List<CommitmentSummary> commitmentsOf(long agreementId) {
        return commitments.ofAgreement(agreementId).stream().map(CommitmentView::toSummary).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AdoptedTheme> adoptedThemes(long agreementId) {
        return adoptedThemes(List.of(agreementId));
    }

    @Override
    @Transactional(readOnly = true)
    public List<AdoptedTheme> adoptedThemes(Collection<Long> agreementIds) {
        if (agreementIds.isEmpty()) {
            return List.of();
        }
        return rows.list(AdoptedTheme.class, ADOPTED_THEMES, agreementIds);
    }

    @Override
    public List<AgreementSummary> activeIn(int year, Scope scope) {
        return agreements.activeIn(year, scope).stream().map(AgreementView::toSummary).toList();
    }

    @Override
    public Optional<Long> nationalAgreementOf(int year, List<AgreementSummary> active) {
        Map<Long, Long> votes = active.stream().collect(Collectors.groupingBy(AgreementSummary::nationalId, Collectors.counting()));
        if (!votes.isEmpty()) {
            return votes.entrySet().stream().max(Map.Entry.<Long, Long>comparingByValue().thenComparing(Map.Entry::getKey))
                    .map(Map.Entry::getKey);
        }
        return agreements.newestNational(year);
    }

    @Override
    public List<Long> programmesOf(int year, List<AgreementSummary> active) {
        Map<Long, Long> votes = active.stream().collect(Collectors.groupingBy(AgreementSummary::nationalId, Collectors.counting()));
        if (votes.isEmpty()) {
            return nationalAgreementOf(year, active).stream().toList();
        }
        return votes.entrySet().stream()
                .sorted(Map.Entry.<Long, Long>comparingByValue().thenComparing(Map.Entry::getKey).reversed())
                .map(Map.Entry::getKey).toList();
    }

    @Override
    public List<AgreementSummary> findAll(Collection<Long> agreementIds) {
        return agreements.findAll(agreementIds).stream().map(AgreementView::toSummary).toList();
    }

    @Override
    public List<CommitmentSummary> findCommitments(Collection<Long> commitmentIds) {
        return commitments.findAll(commitmentIds).stream().map(CommitmentView::toSummary).toList();
    }

    @Override
    public List<AgreementSummary> agreementsIn(Scope scope, @Nullable Integer year) {
        return agreements.inScope(scope, year).stream().map(AgreementView::toSummary).toList();
    }

    @Override
    public List<CommitmentOverview> commitmentsIn(Scope scope, @Nullable Integer year) {
        return commitments.inScope(scope, year);
    }

    @Override
    public Coverage coverage(long nationalId, int year, Scope scope) {
        AgreementSummary national = get(nationalId);
        if (national.level() != AgreementLevel.NATIONAL) {
            throw new NotFoundException(Message.of("NATIONAL_AGREEMENT_NOT_FOUND", nationalId));
        }
        return coverage.coverage(nationalId, year, scope);
    }
}
