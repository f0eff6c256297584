package nl.akkoordmonitor.milestones;

import io.micronaut.core.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.akkoordmonitor.agreements.AgreementLevel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One expected evaluation: an ACTIVE agreement of the year, with its evaluation if there is one.
 *
 * @param agreementId      the agreement
 * @param agreementTitle   its title
 * @param level            national, regional or local
 * @param ownerId          the owning organisation, who submits
 * @param ownerName        its name
 * @param ggdRegionId      the agreement's GGD region; null for a national one
 * @param evaluationId     the evaluation; null when none was started
 * @param status           its status; null when none was started
 * @param firstSubmittedOn the date of the first submission; null when never submitted
 * @param onTime           whether the first submission met the deadline; null when never submitted
 * @param returnedAt       when it was last returned
 * @param returnReason     why it was last returned, as the reviewer wrote it; null when never returned
 * @param acceptedAt       when it was accepted
 * @param ratings          the rating per adopted theme, by theme code
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record EvaluationRow(long agreementId,
                            String agreementTitle,
                            AgreementLevel level,
                            long ownerId,
                            String ownerName,
                            @Nullable Long ggdRegionId,
                            @Nullable Long evaluationId,
                            @Schema(type = "string") @Nullable EvaluationStatus status,
                            @Nullable LocalDate firstSubmittedOn,
                            @Nullable Boolean onTime,
                            @Nullable Instant returnedAt,
                            @Nullable String returnReason,
                            @Nullable Instant acceptedAt,
                            List<ThemeRating> ratings) {
}
