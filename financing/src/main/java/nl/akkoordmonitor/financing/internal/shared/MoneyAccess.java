package nl.akkoordmonitor.financing.internal.shared;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.agreements.Organisation;
import nl.akkoordmonitor.agreements.OrganisationType;
import nl.akkoordmonitor.agreements.Organisations;
import nl.akkoordmonitor.platform.message.Message;
import nl.akkoordmonitor.platform.problem.ForbiddenException;
import nl.akkoordmonitor.platform.security.Actor;
import nl.akkoordmonitor.platform.security.Role;

/**
 * Who sees and changes which money. VWS and ADMIN read everything; a GGD user reads the money its
 * region and the region's municipalities receive; a municipality reads its own. Only users of the
 * receiving organisation change a stream, its budgets and allocations.
 */
@Singleton
public class MoneyAccess {

    private final Organisations organisations;

    MoneyAccess(Organisations organisations) {
        this.organisations = organisations;
    }

    /** The GGD region money of this recipient counts toward: its own for a GGD, its region's for a municipality. */
    @Nullable
    public Long regionOf(long recipientId) {
        Organisation recipient = organisations.get(recipientId);
        if (recipient.type() == OrganisationType.GGD_REGION) {
            return recipient.id();
        }
        return recipient.type() == OrganisationType.MUNICIPALITY ? recipient.ggdRegionId() : null;
    }

    public boolean mayRead(Actor actor, long recipientId, @Nullable Long recipientRegionId) {
        if (actor.isNational() || actor.actsFor(recipientId)) {
            return true;
        }
        return actor.role() == Role.GGD && recipientRegionId != null && actor.actsFor(recipientRegionId);
    }

    /** Refuses (403) a change to a funding stream the actor's organisation does not receive. */
    public void requireRecipient(Actor actor, long recipientId) {
        if (!actor.actsFor(recipientId)) {
            throw new ForbiddenException(actor.organisationId() == null ? Message.of("MONEY_RECIPIENT_ONLY.none")
                    : Message.of("MONEY_RECIPIENT_ONLY", actor.organisationId()));
        }
    }

    /** Filter values for list queries: null means "no restriction". */
    public record ReadFilter(@Nullable Long recipientId, @Nullable Long regionId) {
    }

    public ReadFilter readFilter(Actor actor) {
        if (actor.isNational()) {
            return new ReadFilter(null, null);
        }
        if (actor.role() == Role.GGD) {
            return new ReadFilter(null, actor.organisationId());
        }
        return new ReadFilter(actor.organisationId(), null);
    }
}
