package nl.akkoordmonitor.agreements;

import io.micronaut.core.annotation.Nullable;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Read access to agreements, their adopted themes and commitments, for other modules. */
public interface Agreements {

    Optional<AgreementSummary> find(long agreementId);

    /** The agreement, or a 404 problem. */
    AgreementSummary get(long agreementId);

    Optional<CommitmentSummary> findCommitment(long commitmentId);

    /** The commitment, or a 404 problem. */
    CommitmentSummary getCommitment(long commitmentId);

    List<CommitmentSummary> commitmentsOf(long agreementId);

    /** The themes an agreement adopted, deviations included. */
    List<AdoptedTheme> adoptedThemes(long agreementId);

    /** The adopted themes of these agreements in one query, by agreement and theme code. */
    List<AdoptedTheme> adoptedThemes(Collection<Long> agreementIds);

    /**
     * Every agreement in the scope that is ACTIVE (signed, not closed) and whose period covers the
     * year, in one query: the agreements a year's figures and reports are about.
     */
    List<AgreementSummary> activeIn(int year, Scope scope);

    /**
     * The national agreement (the programme) whose figures a scope's report and pages show for a
     * year: the one most of the scope's active agreements ({@link #activeIn}) hang under, ties to
     * the newest; without any, the newest ACTIVE national agreement of the year. Empty when there
     * is none.
     */
    Optional<Long> nationalAgreementOf(int year, List<AgreementSummary> active);

    /**
     * Every programme (national agreement) the scope's active agreements hang under, to show side
     * by side: the one of {@link #nationalAgreementOf} first, then by how many hang under each,
     * ties to the newest.
     */
    List<Long> programmesOf(int year, List<AgreementSummary> active);

    /** The agreements with these ids that exist, in one query (for lists that show many). */
    List<AgreementSummary> findAll(Collection<Long> agreementIds);

    /** The commitments with these ids that exist, in one query. */
    List<CommitmentSummary> findCommitments(Collection<Long> commitmentIds);

    /**
     * The agreements a scope reads (drafts only where the scope owns or advises on them), whose
     * period covers the year; every year when null.
     */
    List<AgreementSummary> agreementsIn(Scope scope, @Nullable Integer year);

    /**
     * Every commitment of the agreements a scope reads, with its agreement, owner, region and
     * theme, in one query; only those whose own period covers the year, unless it is null.
     */
    List<CommitmentOverview> commitmentsIn(Scope scope, @Nullable Integer year);

    /**
     * The coverage of the binding themes of a national agreement in a year, for the regions and
     * municipalities in the scope: a GGD region sees itself and its municipalities, a municipality
     * itself. A 404 problem when the national agreement does not exist.
     */
    Coverage coverage(long nationalId, int year, Scope scope);
}
