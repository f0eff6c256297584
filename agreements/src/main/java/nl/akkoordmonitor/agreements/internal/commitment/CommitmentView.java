package nl.akkoordmonitor.agreements.internal.commitment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import nl.akkoordmonitor.agreements.CommitmentSummary;

import java.util.List;

/** A commitment as the API shows it: with its theme, its responsible organisation and its version. */
@Serdeable
public record CommitmentView(long id,
                             long agreementId,
                             long adoptionId,
                             long coreThemeId,
                             String coreThemeCode,
                             String coreThemeName,
                             String title,
                             @Nullable String description,
                             List<TargetGroup> targetGroups,
                             LivingEnvironment livingEnvironment,
                             PreventionLevel preventionLevel,
                             long responsibleOrganisationId,
                             String responsibleOrganisationName,
                             int firstYear,
                             int lastYear,
                             long version) {

    public CommitmentSummary toSummary() {
        return new CommitmentSummary(id, agreementId, adoptionId, coreThemeId, coreThemeCode, coreThemeName, title,
                responsibleOrganisationId, firstYear, lastYear);
    }
}
