package nl.akkoordmonitor.web.internal.steering;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import nl.akkoordmonitor.milestones.MilestoneState;

import java.time.LocalDate;

/** A milestone as {@code GET /milestones} lists it: one line of the list behind a number on the milestones page. */
@Serdeable
public record MilestoneLine(long id, long agreementId, long ownerOrganisationId, @Nullable Long ggdRegionId, String coreThemeCode,
                            String coreThemeName, String title, LocalDate dueDate, MilestoneState state) {
}
