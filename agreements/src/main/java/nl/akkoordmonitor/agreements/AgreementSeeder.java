package nl.akkoordmonitor.agreements;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.List;

/**
 * Loads many agreements at once into the agreements module's own tables, for the demo and the
 * benchmark: rows are sent in batches in the caller's transaction, past the services, so nothing
 * is audited or checked here. The caller keeps the rules the services keep (a signed agreement
 * covers every binding theme, commitments fall inside their agreement's years).
 */
public interface AgreementSeeder {

    /** Whether an agreement with this title exists: the mark of a database that was seeded before. */
    boolean holds(String title);

    /**
     * The organisations of a type that still exist, by code; for municipalities optionally only
     * those of one GGD region.
     *
     * @param limit at most this many; 0 for all
     */
    List<Organisation> current(OrganisationType type, @Nullable Long ggdRegionId, int limit);

    /** Starts a load; {@link Load#close()} sends what is still pending. */
    Load load();

    /** One load: each method adds one row and returns its id. */
    interface Load extends AutoCloseable {

        default long agreement(AgreementLevel level, String title, long ownerId, @Nullable Long parentId, @Nullable Long nationalId,
                               int firstYear, int lastYear, AgreementStatus status, @Nullable LocalDate signedOn) {
            return agreement(level, title, ownerId, parentId, nationalId, firstYear, lastYear, status, signedOn, null, null);
        }

        /**
         * @param predecessorId for a national agreement: the national agreement it continues (AZWA continues GALA)
         * @param carriedFromId for a regional or local agreement: the one of the predecessor it was carried over from
         */
        long agreement(AgreementLevel level, String title, long ownerId, @Nullable Long parentId, @Nullable Long nationalId,
                       int firstYear, int lastYear, AgreementStatus status, @Nullable LocalDate signedOn,
                       @Nullable Long predecessorId, @Nullable Long carriedFromId);

        long coreTheme(long agreementId, String code, String name, String description, boolean binding);

        /** The successor's theme that takes over a theme of the predecessor (set by VWS). */
        void themeSuccession(long fromThemeId, long toThemeId);

        /** @param role the name of a party role: SIGNATORY, COORDINATOR, ADVISER, ... */
        void party(long agreementId, long organisationId, String role);

        default long adoption(long agreementId, long coreThemeId, boolean deviation, @Nullable String ambition,
                              @Nullable String justification) {
            return adoption(agreementId, coreThemeId, deviation, ambition, justification, null);
        }

        /** @param carriedFromId the adoption of the predecessor's agreement it was copied from */
        long adoption(long agreementId, long coreThemeId, boolean deviation, @Nullable String ambition,
                      @Nullable String justification, @Nullable Long carriedFromId);

        /**
         * @param targetGroups      names of target groups (YOUTH, ELDERLY, ...)
         * @param livingEnvironment name of a living environment (SOCIETY, EDUCATION, ...)
         * @param preventionLevel   UNIVERSAL, SELECTIVE or INDICATED
         */
        default long commitment(long agreementId, long adoptionId, String title, String description, List<String> targetGroups,
                                String livingEnvironment, String preventionLevel, long responsibleOrganisationId,
                                int firstYear, int lastYear) {
            return commitment(agreementId, adoptionId, title, description, targetGroups, livingEnvironment, preventionLevel,
                    responsibleOrganisationId, firstYear, lastYear, null);
        }

        /** @param carriedFromId the commitment of the predecessor's agreement it was copied from */
        long commitment(long agreementId, long adoptionId, String title, String description, List<String> targetGroups,
                        String livingEnvironment, String preventionLevel, long responsibleOrganisationId,
                        int firstYear, int lastYear, @Nullable Long carriedFromId);

        @Override
        void close();
    }
}
