package nl.akkoordmonitor.milestones.internal.milestone;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

/**
 * A milestone as stored. The latest-report columns are kept by {@link ProgressRecorder} in SQL and
 * are deliberately not mapped, so that saving a milestone never overwrites them.
 */
@Serdeable
@MappedEntity(value = "milestone", schema = "milestones")
record MilestoneEntity(@Id @GeneratedValue @Nullable Long id,
                       long commitmentId,
                       long agreementId,
                       long ownerOrganisationId,
                       @Nullable Long ggdRegionId,
                       long coreThemeId,
                       String coreThemeCode,
                       String coreThemeName,
                       String title,
                       LocalDate dueDate,
                       long responsibleOrganisationId,
                       @Version @Nullable Long version) {
}
