package nl.akkoordmonitor.agreements.internal.agreement;

import jakarta.inject.Singleton;
import nl.akkoordmonitor.agreements.AgreementAccess;
import nl.akkoordmonitor.agreements.AgreementLevel;
import nl.akkoordmonitor.agreements.AgreementStatus;
import nl.akkoordmonitor.agreements.AgreementSummary;
import nl.akkoordmonitor.agreements.Scope;
import nl.akkoordmonitor.platform.message.Message;
import nl.akkoordmonitor.platform.problem.ForbiddenException;
import nl.akkoordmonitor.platform.problem.NotFoundException;
import nl.akkoordmonitor.platform.security.Actor;
import nl.akkoordmonitor.platform.security.Role;

import java.util.Objects;

/** Decides who reads, changes and reviews an agreement; the rules are on {@link AgreementAccess}. */
@Singleton
public class AgreementAccessService implements AgreementAccess {

    private final AgreementQueries queries;

    AgreementAccessService(AgreementQueries queries) {
        this.queries = queries;
    }

    @Override
    public AgreementSummary readable(Actor actor, long agreementId) {
        return readableView(actor, agreementId).toSummary();
    }

    /** The full view when readable; 404 otherwise, the same answer as for an id that does not exist. */
    public AgreementView readableView(Actor actor, long agreementId) {
        AgreementView agreement = queries.find(agreementId).orElseThrow(() -> new NotFoundException(Message.of("AGREEMENT_NOT_FOUND", agreementId)));
        if (!mayRead(actor, agreement)) {
            throw new NotFoundException(Message.of("AGREEMENT_NOT_FOUND", agreementId));
        }
        return agreement;
    }

    @Override
    public AgreementSummary insideReadable(Actor actor, long agreementId, Message notFound) {
        AgreementSummary agreement;
        try {
            agreement = readable(actor, agreementId);
        } catch (NotFoundException hidden) {
            throw new NotFoundException(notFound);
        }
        if (!mayReadInside(actor, agreement)) {
            throw new NotFoundException(notFound);
        }
        return agreement;
    }

    @Override
    public boolean mayReadInside(Actor actor, AgreementSummary agreement) {
        return actor.isNational() || actor.actsFor(agreement.ownerId()) || actor.actsFor(agreement.parentOwnerId())
                || (actor.role() == Role.GGD && actor.actsFor(agreement.ggdRegionId()));
    }

    @Override
    public AgreementSummary editable(Actor actor, long agreementId) {
        return editableView(actor, agreementId).toSummary();
    }

    public AgreementView editableView(Actor actor, long agreementId) {
        AgreementView agreement = readableView(actor, agreementId);
        if (!actor.actsFor(agreement.ownerId())) {
            throw new ForbiddenException(Message.of("AGREEMENT_NOT_YOURS", agreement.ownerName(), agreementId));
        }
        return agreement;
    }

    @Override
    public AgreementSummary reviewable(Actor actor, long agreementId) {
        AgreementView agreement = readableView(actor, agreementId);
        boolean reviewer = agreement.level() == AgreementLevel.NATIONAL
                ? actor.role() == Role.VWS && actor.actsFor(agreement.ownerId())
                : actor.actsFor(agreement.parentOwnerId());
        if (!reviewer) {
            throw new ForbiddenException(Message.of("REVIEW_BY_PARENT_OWNER", agreementId));
        }
        return agreement.toSummary();
    }

    @Override
    public Scope scopeOf(Actor actor) {
        if (actor.isNational()) {
            return Scope.national();
        }
        long own = Objects.requireNonNull(actor.organisationId(), "a user outside VWS acts for an organisation");
        return actor.role() == Role.GGD ? Scope.region(own) : Scope.municipality(own);
    }

    static boolean mayRead(Actor actor, AgreementView agreement) {
        return actor.isNational()
                || agreement.status() != AgreementStatus.DRAFT
                || actor.actsFor(agreement.ownerId())
                || actor.actsFor(agreement.parentOwnerId())
                // A GGD advises the municipalities of its region, also on drafts under the national frame.
                || (actor.role() == Role.GGD && agreement.level() == AgreementLevel.LOCAL && actor.actsFor(agreement.ggdRegionId()));
    }
}
