package nl.akkoordmonitor.agreements;

import nl.akkoordmonitor.platform.security.Actor;

/**
 * Who may see, change and review an agreement and everything that hangs under it
 * (commitments, milestones, money, evaluations). Other modules ask here instead of
 * deciding scope themselves.
 *
 * <ul>
 *   <li>VWS and ADMIN read everything.</li>
 *   <li>ACTIVE and CLOSED agreements are readable by every logged-in user; a DRAFT only by its
 *       owner, by the owner of its parent, by VWS, and for a local agreement by the GGD region of
 *       the municipality (its adviser, also when the parent is the national agreement).</li>
 *   <li>Only users of the owning organisation change an agreement.</li>
 *   <li>The owner of the parent reviews: the GGD region for a local agreement, VWS for a
 *       regional one; VWS reviews the national agreement itself.</li>
 * </ul>
 */
public interface AgreementAccess {

    /** The agreement when the actor may read it; otherwise a 404 problem that leaks nothing. */
    AgreementSummary readable(Actor actor, long agreementId);

    /** The agreement when the actor acts for its owner; 404 when unreadable, else 403. */
    AgreementSummary editable(Actor actor, long agreementId);

    /** The agreement when the actor is its reviewer; 404 when unreadable, else 403. */
    AgreementSummary reviewable(Actor actor, long agreementId);

    /** What part of the country the actor's lists cover. */
    Scope scopeOf(Actor actor);

    /**
     * The part of the country a user sees in lists and overviews.
     *
     * @param national       true for VWS and ADMIN: everything
     * @param ggdRegionId    for a GGD user: its region (its own agreements and its municipalities')
     * @param organisationId for a municipality user: the municipality
     */
    record Scope(boolean national, Long ggdRegionId, Long organisationId) {
    }
}
