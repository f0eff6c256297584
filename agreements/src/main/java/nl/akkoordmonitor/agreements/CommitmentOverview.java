package nl.akkoordmonitor.agreements;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A commitment with where it sits: its agreement, the owner, the GGD region and the theme. What
 * overviews and reports across many agreements need, in one row.
 *
 * @param ggdRegionId   the region of the agreement (the owner for a regional one, the owner's region
 *                      for a local one), null for a national agreement
 * @param nationalId    the national agreement at the top of the chain
 */
@Serdeable
public record CommitmentOverview(long commitmentId,
                                 String title,
                                 int firstYear,
                                 int lastYear,
                                 long responsibleOrganisationId,
                                 long agreementId,
                                 String agreementTitle,
                                 AgreementLevel level,
                                 AgreementStatus status,
                                 long ownerId,
                                 @Nullable String ownerCode,
                                 String ownerName,
                                 @Nullable Long ggdRegionId,
                                 @Nullable String ggdRegionCode,
                                 @Nullable String ggdRegionName,
                                 long nationalId,
                                 long adoptionId,
                                 long coreThemeId,
                                 String coreThemeCode,
                                 String coreThemeName,
                                 boolean binding) {
}
