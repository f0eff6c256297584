package nl.akkoordmonitor.agreements;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Looks up organisations for other modules. */
public interface Organisations {

    Optional<Organisation> find(long id);

    Optional<Organisation> findByCode(String code);

    /** The organisation, or a 404 problem naming it when it does not exist. */
    Organisation get(long id);

    /** The organisations with these ids, in one query; ids that do not exist are left out. */
    List<Organisation> findAll(Collection<Long> ids);

    /** The GGD regions of the reference data that still exist, by code (the regions of the coverage matrix). */
    List<Organisation> currentRegions();
}
