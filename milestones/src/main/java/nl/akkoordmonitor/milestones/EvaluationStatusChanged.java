package nl.akkoordmonitor.milestones;

import io.micronaut.core.annotation.Nullable;

/**
 * A yearly evaluation was submitted, returned or accepted. Published inside the transaction that
 * makes the step, so that what follows from it (a notification, a mail in the outbox) is stored
 * with the step or not at all.
 *
 * @param evaluationId           the evaluation
 * @param agreementId            its agreement
 * @param year                   the year evaluated
 * @param ownerOrganisationId    who writes and submits it
 * @param reviewerOrganisationId who returns or accepts it
 * @param ggdRegionId            the agreement's GGD region; null for a national agreement
 * @param from                   the status before
 * @param to                     the status after: SUBMITTED, RETURNED or ACCEPTED
 * @param reason                 the reviewer's reason when returned (or a note), else null
 */
public record EvaluationStatusChanged(long evaluationId,
                                      long agreementId,
                                      int year,
                                      long ownerOrganisationId,
                                      long reviewerOrganisationId,
                                      @Nullable Long ggdRegionId,
                                      EvaluationStatus from,
                                      EvaluationStatus to,
                                      @Nullable String reason) {
}
