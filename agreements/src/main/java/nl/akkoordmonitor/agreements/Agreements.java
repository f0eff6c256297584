package nl.akkoordmonitor.agreements;

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

    /** Every agreement that is ACTIVE (signed, not closed) and whose period covers the year. */
    List<AgreementSummary> activeIn(int year);
}
