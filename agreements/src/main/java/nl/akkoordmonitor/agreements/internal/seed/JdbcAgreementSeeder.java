package nl.akkoordmonitor.agreements.internal.seed;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.agreements.AgreementLevel;
import nl.akkoordmonitor.agreements.AgreementSeeder;
import nl.akkoordmonitor.agreements.AgreementStatus;
import nl.akkoordmonitor.agreements.Organisation;
import nl.akkoordmonitor.agreements.OrganisationType;
import nl.akkoordmonitor.agreements.Organisations;
import nl.akkoordmonitor.platform.bulk.BatchInsert;
import nl.akkoordmonitor.platform.bulk.SequenceIds;
import nl.akkoordmonitor.platform.sql.Rows;
import nl.akkoordmonitor.platform.sql.Where;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.sql.DataSource;

/** The agreements module's bulk loader: batched inserts into its own tables, in the caller's transaction. */
@Singleton
class JdbcAgreementSeeder implements AgreementSeeder {

    private final DataSource dataSource;
    private final Organisations organisations;

    JdbcAgreementSeeder(DataSource dataSource, Organisations organisations) {
        this.dataSource = dataSource;
        this.organisations = organisations;
    }

    @Override
    public boolean holds(String title) {
        try (PreparedStatement s = connection().prepareStatement("SELECT count(*) FROM agreements.agreement WHERE title = ?")) {
            s.setString(1, title);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1) > 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<Organisation> current(OrganisationType type, @Nullable Long ggdRegionId, int limit) {
        List<Long> ids = new ArrayList<>();
        Where where = new Where().and("type = ?", type).and("ended_on IS NULL").andIf(ggdRegionId, "ggd_region_id = ?");
        try (PreparedStatement s = connection().prepareStatement("SELECT id FROM agreements.organisation" + where + " ORDER BY code"
                + (limit > 0 ? " LIMIT " + limit : ""))) {
            Rows.bind(s, where.parameters());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return organisations.findAll(ids).stream().sorted(Comparator.comparing(Organisation::code)).toList();
    }

    @Override
    public Load load() {
        return new JdbcLoad(connection());
    }

    /** The transaction's connection: closing it is left to the transaction. */
    private Connection connection() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class JdbcLoad implements Load {

        private final Connection connection;
        private final SequenceIds ids;
        private final BatchInsert agreements;
        private final BatchInsert themes;
        private final BatchInsert parties;
        private final BatchInsert adoptions;
        private final BatchInsert commitments;
        private final BatchInsert successions;

        JdbcLoad(Connection connection) {
            this.connection = connection;
            this.ids = new SequenceIds(connection);
            agreements = new BatchInsert(connection, "INSERT INTO agreements.agreement (id, level, title, owner_id, parent_id, "
                    + "national_id, first_year, last_year, status, signed_on, predecessor_id, carried_from_id) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            themes = new BatchInsert(connection, "INSERT INTO agreements.core_theme (id, agreement_id, code, name, description, "
                    + "binding) VALUES (?, ?, ?, ?, ?, ?)", agreements);
            parties = new BatchInsert(connection, "INSERT INTO agreements.party (agreement_id, organisation_id, role) "
                    + "VALUES (?, ?, ?)", agreements);
            adoptions = new BatchInsert(connection, "INSERT INTO agreements.theme_adoption (id, agreement_id, core_theme_id, "
                    + "deviation, ambition, justification, carried_from_id) VALUES (?, ?, ?, ?, ?, ?, ?)", agreements, themes);
            commitments = new BatchInsert(connection, "INSERT INTO agreements.commitment (id, agreement_id, adoption_id, title, "
                    + "description, target_groups, living_environment, prevention_level, responsible_organisation_id, "
                    + "first_year, last_year, carried_from_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", adoptions);
            successions = new BatchInsert(connection, "INSERT INTO agreements.theme_succession (from_theme_id, to_theme_id) "
                    + "VALUES (?, ?)", themes);
        }

        @Override
        public long agreement(AgreementLevel level, String title, long ownerId, @Nullable Long parentId, @Nullable Long nationalId,
                              int firstYear, int lastYear, AgreementStatus status, @Nullable LocalDate signedOn,
                              @Nullable Long predecessorId, @Nullable Long carriedFromId) {
            long id = ids.next("agreements.agreement_id_seq");
            agreements.add(id, level.name(), title, ownerId, parentId, nationalId, firstYear, lastYear, status.name(), signedOn,
                    predecessorId, carriedFromId);
            return id;
        }

        @Override
        public long coreTheme(long agreementId, String code, String name, String description, boolean binding) {
            long id = ids.next("agreements.core_theme_id_seq");
            themes.add(id, agreementId, code, name, description, binding);
            return id;
        }

        @Override
        public void themeSuccession(long fromThemeId, long toThemeId) {
            successions.add(fromThemeId, toThemeId);
        }

        @Override
        public void party(long agreementId, long organisationId, String role) {
            parties.add(agreementId, organisationId, role);
        }

        @Override
        public long adoption(long agreementId, long coreThemeId, boolean deviation, @Nullable String ambition,
                             @Nullable String justification, @Nullable Long carriedFromId) {
            long id = ids.next("agreements.theme_adoption_id_seq");
            adoptions.add(id, agreementId, coreThemeId, deviation, ambition, justification, carriedFromId);
            return id;
        }

        @Override
        public long commitment(long agreementId, long adoptionId, String title, String description, List<String> targetGroups,
                               String livingEnvironment, String preventionLevel, long responsibleOrganisationId,
                               int firstYear, int lastYear, @Nullable Long carriedFromId) {
            long id = ids.next("agreements.commitment_id_seq");
            try {
                commitments.add(id, agreementId, adoptionId, title, description,
                        connection.createArrayOf("varchar", targetGroups.toArray(String[]::new)), livingEnvironment,
                        preventionLevel, responsibleOrganisationId, firstYear, lastYear, carriedFromId);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return id;
        }

        @Override
        public void close() {
            // Parents first: each batch sends its parents' pending rows before its own.
            commitments.close();
            successions.close();
            adoptions.close();
            parties.close();
            themes.close();
            agreements.close();
        }
    }
}
