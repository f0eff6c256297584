package nl.akkoordmonitor.financing.internal.analysis;

import io.micronaut.core.annotation.Nullable;
import nl.akkoordmonitor.agreements.AgreementSummary;
import nl.akkoordmonitor.agreements.Scope;

/**
 * The money an analysis counts: that of a part of the country ({@link Scope}: the money the
 * organisations in it receive, streams by recipient), or that of one agreement (the money allocated
 * to its commitments and the budgets of the streams it comes from).
 *
 * @param scope       the part of the country; for an agreement, the part it belongs to
 * @param agreementId the agreement, when the analysis is of one agreement; else null
 */
record Analysed(Scope scope, @Nullable Long agreementId) {

    static Analysed of(Scope scope) {
        return new Analysed(scope, null);
    }

    static Analysed agreement(AgreementSummary agreement) {
        return new Analysed(Scope.of(agreement), agreement.id());
    }

    /** The id the analyses' parameter row {@code p.id} holds: the agreement's, else the scope's organisation (null for the country). */
    @Nullable
    Long id() {
        return agreementId != null ? agreementId : scope.organisationId();
    }
}
