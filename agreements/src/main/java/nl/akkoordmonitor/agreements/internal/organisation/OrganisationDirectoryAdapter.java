package nl.akkoordmonitor.agreements.internal.organisation;

import jakarta.inject.Singleton;
import nl.akkoordmonitor.platform.security.OrganisationDirectory;

import java.util.List;
import java.util.Optional;

/** Gives the platform module (user accounts) its view of organisations. */
@Singleton
class OrganisationDirectoryAdapter implements OrganisationDirectory {

    private final OrganisationRepository repository;

    OrganisationDirectoryAdapter(OrganisationRepository repository) {
        this.repository = repository;
    }

    @Override
    public Optional<OrganisationRef> find(long id) {
        return repository.findRow(id).map(r -> new OrganisationRef(r.id(), r.type(), r.name(), r.ggdRegionId()));
    }

    @Override
    public List<Long> municipalitiesOf(long ggdRegionId) {
        return repository.findIdByGgdRegionId(ggdRegionId);
    }
}
