package nl.akkoordmonitor.financing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A municipality's SiSa accounting for a year as CBS asks it (Regeling informatieverstrekking
 * sisa): per specific grant (regulation) and, where it has parts, per part: spending in year T,
 * cumulative spending up to T, and whether this is the final accounting. Due 15 July of T+1.
 *
 * @param recipientId the organisation that accounts (the municipality)
 * @param year        the year T accounted for
 * @param deadline    15 July of T+1
 * @param lines       one per regulation indicator, in SiSa's order (the regulation's SiSa code, then the part's position)
 */
@Serdeable
public record SisaStatement(long recipientId, int year, LocalDate deadline, List<Line> lines) {

    /**
     * One regulation indicator.
     *
     * @param streamId        the funding stream (the regulation)
     * @param regulation      the stream's name
     * @param sisaCode        the regulation's SiSa code, where set
     * @param partId          the part, or null for a stream without parts
     * @param partSisaCode    the part's SiSa indicator, where set
     * @param spentInYear     besteding jaar T
     * @param spentCumulative cumulatieve besteding tot en met T
     * @param finalAccounting eindverantwoording: true in the regulation's last year
     */
    @Serdeable
    public record Line(long streamId, String regulation, @Nullable String sisaCode, @Nullable Long partId, @Nullable String partCode,
                       @Nullable String partName, @Nullable String partSisaCode, BigDecimal spentInYear, BigDecimal spentCumulative,
                       boolean finalAccounting) {
    }
}
