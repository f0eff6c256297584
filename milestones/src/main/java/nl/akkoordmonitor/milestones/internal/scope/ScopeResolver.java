package nl.akkoordmonitor.milestones.internal.scope;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.agreements.AgreementAccess;
import nl.akkoordmonitor.agreements.Organisation;
import nl.akkoordmonitor.agreements.OrganisationType;
import nl.akkoordmonitor.agreements.Organisations;
import nl.akkoordmonitor.agreements.Scope;
import nl.akkoordmonitor.platform.message.Message;
import nl.akkoordmonitor.platform.problem.Violation;
import nl.akkoordmonitor.platform.problem.BadRequestException;
import nl.akkoordmonitor.platform.problem.ForbiddenException;
import nl.akkoordmonitor.platform.security.Actor;

/**
 * Turns the {@code region} and {@code municipality} query values (CBS codes) into ids and scopes,
 * and refuses a scope the user may not see.
 */
@Singleton
public class ScopeResolver {

    private final Organisations organisations;
    private final AgreementAccess access;

    public ScopeResolver(Organisations organisations, AgreementAccess access) {
        this.organisations = organisations;
        this.access = access;
    }

    /** The scope an overview asks for: the user's own without codes; 403 when it lies outside the user's. */
    public Scope resolve(Actor actor, @Nullable String regionCode, @Nullable String municipalityCode) {
        Scope visible = access.scopeOf(actor);
        Organisation region = regionCode == null || regionCode.isBlank() ? null : byCode("region", regionCode, OrganisationType.GGD_REGION);
        Organisation municipality = municipalityCode == null || municipalityCode.isBlank() ? null
                : byCode("municipality", municipalityCode, OrganisationType.MUNICIPALITY);
        if (region != null && municipality != null && !java.util.Objects.equals(region.id(), municipality.ggdRegionId())) {
            throw new BadRequestException(Violation.at("municipality", Message.of("MUNICIPALITY_IN_REGION", municipality.code(), region.code())));
        }
        Scope scope = municipality != null ? Scope.municipality(municipality.id())
                : region != null ? Scope.region(region.id())
                : visible;
        if (!scope.within(visible, municipality == null ? null : municipality.ggdRegionId())) {
            throw new ForbiddenException(Message.of(visible.level() == Scope.Level.REGION ? "OVERVIEW_OWN_SCOPE.region" : "OVERVIEW_OWN_SCOPE"));
        }
        return scope;
    }

    /** The organisation behind a code in a list filter; 400 when there is none of that type. */
    public Organisation byCode(String field, String code, OrganisationType type) {
        String normalised = code.strip().toUpperCase();
        return organisations.findByCode(normalised).filter(o -> o.type() == type)
                .orElseThrow(() -> new BadRequestException(Violation.at(field, Message.of(type == OrganisationType.GGD_REGION
                        ? "REGION_CODE_UNKNOWN" : "MUNICIPALITY_CODE_UNKNOWN", code))));
    }
}
