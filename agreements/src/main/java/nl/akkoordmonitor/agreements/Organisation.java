package nl.akkoordmonitor.agreements;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * An organisation as other modules and the API see it.
 *
 * @param id            the organisation's id
 * @param type          its kind
 * @param code          CBS code (GM0363, GG3406), VWS for the ministry, or null
 * @param name          official name
 * @param ggdRegionId   for a municipality: the id of its GGD region
 * @param ggdRegionCode for a municipality: the CBS code of its GGD region
 * @param province      province, where known
 * @param izaRegionId   for a municipality: the id of its IZA region (zorgkantoorregio), once loaded
 */
@Serdeable
public record Organisation(long id,
                           OrganisationType type,
                           @Nullable String code,
                           String name,
                           @Nullable Long ggdRegionId,
                           @Nullable String ggdRegionCode,
                           @Nullable String province,
                           @Nullable Long izaRegionId) {
}
