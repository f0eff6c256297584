package nl.akkoordmonitor.notifications.internal.inbox;

import jakarta.inject.Singleton;
import nl.akkoordmonitor.agreements.AgreementLevel;
import nl.akkoordmonitor.agreements.AgreementStatus;
import nl.akkoordmonitor.agreements.AgreementSummary;
import nl.akkoordmonitor.platform.security.Role;
import nl.akkoordmonitor.platform.users.UserDirectory;
import nl.akkoordmonitor.platform.users.UserDirectory.UserRef;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who is told what. It follows who may see the thing (AgreementAccess and the evaluation rule):
 * a municipality hears about its own agreement, its GGD region about its municipalities', VWS
 * about what it reviews; nobody hears about what they may not see.
 */
@Singleton
public class Audience {

    private final UserDirectory users;

    Audience(UserDirectory users) {
        this.users = users;
    }

    /** The users of the organisation that owns an agreement (a returned or accepted evaluation, a milestone). */
    public List<UserRef> owner(long ownerOrganisationId) {
        return users.enabledUsersOf(List.of(ownerOrganisationId));
    }

    /**
     * Those who review or advise on an agreement: the owner of its parent (who reviews), and for a
     * local agreement also the GGD region of the municipality (its adviser, also when the parent
     * is the national agreement). A national agreement is reviewed by VWS itself.
     */
    public List<UserRef> reviewers(AgreementSummary agreement) {
        Set<Long> organisations = new LinkedHashSet<>();
        if (agreement.level() == AgreementLevel.NATIONAL || agreement.parentOwnerId() == null) {
            organisations.add(agreement.ownerId());
        } else {
            organisations.add(agreement.parentOwnerId());
        }
        if (agreement.level() == AgreementLevel.LOCAL && agreement.ggdRegionId() != null) {
            organisations.add(agreement.ggdRegionId());
        }
        return users.enabledUsersOf(organisations);
    }

    /** The reviewer of an evaluation and, for a local one, the GGD region of the municipality. */
    public List<UserRef> evaluationReviewers(long reviewerOrganisationId, AgreementSummary agreement) {
        Set<Long> organisations = new LinkedHashSet<>();
        organisations.add(reviewerOrganisationId);
        if (agreement.level() == AgreementLevel.LOCAL && agreement.ggdRegionId() != null) {
            organisations.add(agreement.ggdRegionId());
        }
        return users.enabledUsersOf(organisations);
    }

    /**
     * Everyone who works under a national frame. A draft national agreement is seen only by VWS,
     * so only VWS hears about changes to it.
     */
    public List<UserRef> frame(AgreementSummary national) {
        if (national.status() == AgreementStatus.DRAFT) {
            return users.enabledUsersWithRole(List.of(Role.VWS));
        }
        return users.enabledUsersWithRole(List.of(Role.VWS, Role.GGD, Role.MUNICIPALITY));
    }

    public List<UserRef> withRoles(List<Role> roles) {
        return users.enabledUsersWithRole(roles);
    }
}
