package nl.akkoordmonitor.agreements;

import nl.akkoordmonitor.platform.message.Message;
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
 *   <li>Of a readable agreement, everyone who may read it sees what it promises: the agreement,
 *       its core themes, adoptions, commitments, parties, indicator targets and their history.
 *       Its inside (milestones and progress, evaluations, money, and the history of those) only
 *       its insiders see: its owner, the owner of its parent (its reviewer), the GGD of its region,
 *       and VWS and ADMIN. Details, lists, history, audit, reports and exports all ask
 *       {@link #mayReadInside}.</li>
 *   <li>Only users of the owning organisation change an agreement.</li>
 *   <li>The owner of the parent reviews: the GGD region for a local agreement, VWS for a
 *       regional one; VWS reviews the national agreement itself.</li>
 * </ul>
 */
public interface AgreementAccess {

    /** The agreement when the actor may read it; otherwise a 404 problem that leaks nothing. */
    AgreementSummary readable(Actor actor, long agreementId);

    /**
     * The agreement when the actor may read its inside (see {@link #mayReadInside}); otherwise a
     * 404 problem with the {@code notFound} message (the one for an id that does not exist), so that
     * nothing of the inside leaks.
     */
    AgreementSummary insideReadable(Actor actor, long agreementId, Message notFound);

    /**
     * Whether the actor is an insider of the agreement: its owner, the owner of its parent, the
     * GGD of its region, VWS or ADMIN. Only they read milestones, progress, evaluations and money
     * of the agreement and their history.
     */
    boolean mayReadInside(Actor actor, AgreementSummary agreement);

    /** The agreement when the actor acts for its owner; 404 when unreadable, else 403. */
    AgreementSummary editable(Actor actor, long agreementId);

    /** The agreement when the actor is its reviewer; 404 when unreadable, else 403. */
    AgreementSummary reviewable(Actor actor, long agreementId);

    /**
     * The part of the country the actor's lists and overviews cover: the country for VWS and ADMIN,
     * its region for a GGD user (its own agreements and its municipalities'), its municipality for a
     * municipality user.
     */
    Scope scopeOf(Actor actor);
}
