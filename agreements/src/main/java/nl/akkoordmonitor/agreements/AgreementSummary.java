package nl.akkoordmonitor.agreements;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

/**
 * An agreement as other modules see it.
 *
 * @param id            the agreement's id
 * @param level         national, regional or local
 * @param title         its title
 * @param ownerId       the owning organisation (ministry, GGD region or municipality)
 * @param ownerName     the owner's name
 * @param ggdRegionId   the GGD region it belongs to: the owner for a regional agreement, the
 *                      owner's region for a local one, null for a national one
 * @param parentId      the parent agreement, null for a national one
 * @param parentOwnerId the owner of the parent agreement (the reviewer of this one's evaluations)
 * @param nationalId    the national agreement at the top of its chain (itself when national)
 * @param firstYear     first year of its period
 * @param lastYear      last year of its period
 * @param status        DRAFT, ACTIVE or CLOSED
 * @param signedOn      the signing date, once ACTIVE
 */
@Serdeable
public record AgreementSummary(long id,
                               AgreementLevel level,
                               String title,
                               long ownerId,
                               String ownerName,
                               @Nullable Long ggdRegionId,
                               @Nullable Long parentId,
                               @Nullable Long parentOwnerId,
                               long nationalId,
                               int firstYear,
                               int lastYear,
                               AgreementStatus status,
                               @Nullable LocalDate signedOn) {

    public boolean covers(int year) {
        return firstYear <= year && year <= lastYear;
    }
}
