package nl.akkoordmonitor.agreements;

import io.micronaut.serde.annotation.Serdeable;

/**
 * A commitment (afspraak) as other modules see it: the concrete action that milestones and
 * money hang under.
 *
 * @param id                        the commitment's id
 * @param agreementId               the agreement it belongs to
 * @param adoptionId                the theme adoption it sits under
 * @param coreThemeId               the national core theme
 * @param coreThemeCode             the theme's code
 * @param coreThemeName             the theme's name
 * @param title                     its title
 * @param responsibleOrganisationId who carries it out
 * @param firstYear                 first year of its period
 * @param lastYear                  last year of its period
 */
@Serdeable
public record CommitmentSummary(long id,
                                long agreementId,
                                long adoptionId,
                                long coreThemeId,
                                String coreThemeCode,
                                String coreThemeName,
                                String title,
                                long responsibleOrganisationId,
                                int firstYear,
                                int lastYear) {
}
