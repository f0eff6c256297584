package nl.akkoordmonitor.financing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The part of the country a money analysis covers.
 *
 * <p>For the country, a GGD region and a municipality the analyses count the money the
 * organisations in scope receive (streams by recipient; a region covers its own streams and those
 * of its municipalities). For an agreement they count the money allocated to its commitments and
 * the budgets of the streams it comes from. Funding cliffs are about commitments, so they follow
 * the agreement: its owner, its GGD region, or the agreement itself.
 *
 * @param level which kind of scope
 * @param id    the GGD region's, municipality's or agreement's id; null for the country
 */
@Serdeable
public record MoneyScope(Level level, @Nullable Long id) {

    public enum Level { NATIONAL, GGD_REGION, MUNICIPALITY, AGREEMENT }

    public MoneyScope {
        if ((level == Level.NATIONAL) != (id == null)) {
            throw new IllegalArgumentException("a " + level + " scope " + (id == null ? "needs" : "takes no") + " id");
        }
    }

    public static MoneyScope national() {
        return new MoneyScope(Level.NATIONAL, null);
    }

    public static MoneyScope region(long ggdRegionId) {
        return new MoneyScope(Level.GGD_REGION, ggdRegionId);
    }

    public static MoneyScope municipality(long municipalityId) {
        return new MoneyScope(Level.MUNICIPALITY, municipalityId);
    }

    public static MoneyScope agreement(long agreementId) {
        return new MoneyScope(Level.AGREEMENT, agreementId);
    }
}
