package nl.akkoordmonitor.agreements;

import java.util.Map;

/**
 * A regional or local agreement was carried over into the successor of its national programme
 * (a GALA agreement into AZWA). Published inside the transaction that makes the new draft, so that
 * modules with data under the commitments (open milestones) copy it along, linked to where it
 * came from.
 *
 * @param fromAgreementId the agreement under the predecessor
 * @param toAgreementId   the new draft under the successor
 * @param commitments     old commitment id to new commitment id, for every commitment copied
 */
public record AgreementCarriedOver(long fromAgreementId, long toAgreementId, Map<Long, Long> commitments) {
}
