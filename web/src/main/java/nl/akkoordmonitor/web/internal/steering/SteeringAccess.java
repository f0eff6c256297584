package nl.akkoordmonitor.web.internal.steering;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.agreements.AgreementAccess;
import nl.akkoordmonitor.agreements.Organisation;
import nl.akkoordmonitor.agreements.OrganisationType;
import nl.akkoordmonitor.agreements.Organisations;
import nl.akkoordmonitor.agreements.Scope;
import nl.akkoordmonitor.platform.security.Actor;
import nl.akkoordmonitor.web.internal.api.ApiProblem;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Which region or municipality a steering page may show, decided by the agreements module's one
 * visibility rule ({@link AgreementAccess#scopeOf}, {@link Scope#within}): VWS sees the
 * country, a GGD its own region and its municipalities. Outside that a page answers 403 and
 * shows nothing; an unknown code is a 404.
 */
@Singleton
public class SteeringAccess {

    private final AgreementAccess access;
    private final Organisations organisations;
    private final Clock clock;

    SteeringAccess(AgreementAccess access, Organisations organisations, Clock clock) {
        this.access = access;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** The GGD region with this CBS code, when the actor may see it. */
    public Organisation region(Actor actor, String code) {
        Organisation region = byCode(code, OrganisationType.GGD_REGION);
        if (!Scope.region(region.id()).within(access.scopeOf(actor), null)) {
            throw new ApiProblem(403, null, null, null);
        }
        return region;
    }

    /** The municipality with this CBS code, when the actor may see its steering figures. */
    public Organisation municipality(Actor actor, String code) {
        Organisation municipality = byCode(code, OrganisationType.MUNICIPALITY);
        if (!Scope.municipality(municipality.id()).within(access.scopeOf(actor), municipality.ggdRegionId())) {
            throw new ApiProblem(403, null, null, null);
        }
        return municipality;
    }

    /** The actor's own GGD region, for a GGD user; null for anyone else. */
    @Nullable
    public Organisation ownRegion(Actor actor) {
        Scope own = access.scopeOf(actor);
        return own.level() == Scope.Level.REGION ? organisations.get(own.organisationId()) : null;
    }

    /** The year a page shows: the one asked for, or this year. */
    public int year(@Nullable Integer asked) {
        if (asked != null && (asked < 2000 || asked > 2100)) {
            throw new ApiProblem(400, null, null, null);
        }
        return asked != null ? asked : LocalDate.now(clock).getYear();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private Organisation byCode(String code, OrganisationType type) {
        return organisations.findByCode(code == null ? "" : code.strip().toUpperCase())
                .filter(o -> o.type() == type)
                .orElseThrow(() -> new ApiProblem(404, null, null, null));
    }
}
