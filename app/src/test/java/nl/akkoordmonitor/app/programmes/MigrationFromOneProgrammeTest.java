package nl.akkoordmonitor.app.programmes;

import nl.akkoordmonitor.app.database.EmbeddedDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The programmes migrations on a database in the old shape (one national programme, made with the
 * migrations of November 2026): every row is still there afterwards, each agreement belongs to its
 * programme, and the new rules hold on the old data. Runs on its own embedded PostgreSQL, so that
 * the old shape exists nowhere else.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MigrationFromOneProgrammeTest {

    private static final String[] LOCATIONS = {"classpath:db/migration/platform", "classpath:db/migration/agreements",
            "classpath:db/migration/milestones", "classpath:db/migration/financing", "classpath:db/migration/reporting"};
    private static final List<String> TABLES = List.of("agreements.organisation", "agreements.agreement", "agreements.core_theme",
            "agreements.theme_adoption", "agreements.commitment", "agreements.party", "milestones.milestone", "milestones.progress_report",
            "milestones.evaluation", "milestones.evaluation_transition", "financing.funding_stream", "financing.budget",
            "financing.allocation", "financing.expenditure");

    private Path directory;
    private EmbeddedDatabase database;

    @BeforeAll
    void start() throws IOException {
        directory = Files.createTempDirectory("akkoordmonitor-migration-pg");
        database = EmbeddedDatabase.start(directory.resolve("data"), 0);
    }

    @AfterAll
    void stop() throws IOException {
        database.close();
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private Flyway flyway(MigrationVersion target) {
        Map<String, Object> properties = database.datasourceProperties();
        return Flyway.configure().dataSource(database.jdbcUrl(), (String) properties.get("akkoordmonitor.database.migration.username"),
                        (String) properties.get("akkoordmonitor.database.migration.password"))
                .locations(LOCATIONS).target(target).load();
    }

    @Test
    void aDatabaseWithOneProgrammeLosesNothingAndItsAgreementsBelongToThatProgramme() throws SQLException {
        // The last migration of the old shape: the reporting tables of 23 November 2026.
        flyway(MigrationVersion.fromVersion("2026.11.23.1310")).migrate();
        try (Connection c = database.connectAsOwner(); Statement s = c.createStatement()) {
            assertThrows(SQLException.class, () -> s.executeQuery("SELECT predecessor_id FROM agreements.agreement"), "the old shape");
            oldShape(s);
        }
        Map<String, Long> before = counts();
        Map<String, String> agreementsBefore = rows("SELECT id, level, title, owner_id, parent_id, national_id, first_year, last_year,"
                + " status, signed_on FROM agreements.agreement ORDER BY id");
        Map<String, String> moneyBefore = rows("SELECT a.id, a.amount, a.stream_id, a.year, a.commitment_id, e.amount FROM financing.allocation a"
                + " JOIN financing.expenditure e ON e.allocation_id = a.id ORDER BY a.id");

        flyway(MigrationVersion.LATEST).migrate();

        assertEquals(before, counts(), "no row lost or added");
        assertEquals(agreementsBefore, rows("SELECT id, level, title, owner_id, parent_id, national_id, first_year, last_year,"
                + " status, signed_on FROM agreements.agreement ORDER BY id"));
        assertEquals(moneyBefore, rows("SELECT a.id, a.amount, a.stream_id, a.year, a.commitment_id, e.amount FROM financing.allocation a"
                + " JOIN financing.expenditure e ON e.allocation_id = a.id ORDER BY a.id"));
        try (Connection c = database.connectAsOwner(); Statement s = c.createStatement()) {
            assertEquals(List.of("100=100", "101=100", "102=100", "103=100"),
                    list(s, "SELECT id || '=' || COALESCE(national_id, id) FROM agreements.agreement ORDER BY id"), "each agreement in the one programme");
            assertEquals(List.of("0"), list(s, "SELECT count(*) FROM agreements.agreement WHERE predecessor_id IS NOT NULL OR carried_from_id IS NOT NULL"));
            assertEquals(List.of("0.2000|0.0000"), list(s, "SELECT carry_over_share || '|' || co_financing_share FROM financing.funding_stream"));
            assertEquals(List.of("0"), list(s, "SELECT count(*) FROM financing.allocation WHERE part_id IS NOT NULL"));

            // The new rule on the old data: a second programme lets Groningen sign a second local agreement;
            // under the old programme a second ACTIVE one is still refused by the database.
            s.execute("INSERT INTO agreements.agreement (id, level, title, owner_id, first_year, last_year, status, signed_on, predecessor_id)"
                    + " VALUES (200, 'NATIONAL', 'AZWA', 1, 2025, 2028, 'ACTIVE', '2025-09-08', 100)");
            s.execute("INSERT INTO agreements.agreement (id, level, title, owner_id, parent_id, national_id, first_year, last_year, status, signed_on)"
                    + " VALUES (201, 'LOCAL', 'Groningen onder AZWA', 3, 200, 200, 2025, 2028, 'ACTIVE', '2025-10-01')");
            SQLException refused = assertThrows(SQLException.class, () -> s.execute("INSERT INTO agreements.agreement (id, level, title, owner_id,"
                    + " parent_id, national_id, first_year, last_year, status, signed_on)"
                    + " VALUES (202, 'LOCAL', 'Tweede onder GALA', 3, 100, 100, 2026, 2026, 'ACTIVE', '2026-01-01')"));
            assertTrue(refused.getMessage().contains("agreement_one_active_per_owner_programme_level"), refused.getMessage());
        }
    }

    /** One programme as the old shape holds it: GALA, a region, two municipalities, themes, money, milestones, an accepted year. */
    private static void oldShape(Statement s) throws SQLException {
        s.execute("""
                INSERT INTO agreements.organisation (id, type, code, name, reference) VALUES (1, 'MINISTRY', 'VWS', 'VWS', TRUE),
                    (2, 'GGD_REGION', 'GG0111', 'GGD Groningen', TRUE);
                INSERT INTO agreements.organisation (id, type, code, name, ggd_region_id, province, reference)
                    VALUES (3, 'MUNICIPALITY', 'GM0014', 'Groningen', 2, 'Groningen', TRUE),
                           (4, 'MUNICIPALITY', 'GM0037', 'Stadskanaal', 2, 'Groningen', TRUE);
                INSERT INTO agreements.agreement (id, level, title, owner_id, parent_id, national_id, first_year, last_year, status, signed_on)
                    VALUES (100, 'NATIONAL', 'GALA', 1, NULL, NULL, 2023, 2026, 'ACTIVE', '2023-02-03'),
                           (101, 'REGIONAL', 'Regionaal akkoord Groningen', 2, 100, 100, 2024, 2026, 'ACTIVE', '2024-01-15'),
                           (102, 'LOCAL', 'Gezond Groningen', 3, 101, 100, 2024, 2026, 'ACTIVE', '2024-03-01'),
                           (103, 'LOCAL', 'Gezond Stadskanaal', 4, 100, 100, 2024, 2026, 'ACTIVE', '2024-04-01');
                INSERT INTO agreements.core_theme (id, agreement_id, code, name, binding) VALUES (10, 100, 'GALA1', 'Gezondheidsachterstanden', TRUE),
                    (11, 100, 'GALA4', 'Gezonde leefstijl', FALSE);
                INSERT INTO agreements.theme_adoption (id, agreement_id, core_theme_id, deviation, ambition)
                    VALUES (20, 101, 10, FALSE, 'Regionaal'), (21, 102, 10, FALSE, 'Minder achterstand'), (22, 103, 10, FALSE, 'Ook');
                INSERT INTO agreements.commitment (id, agreement_id, adoption_id, title, target_groups, living_environment, prevention_level,
                    responsible_organisation_id, first_year, last_year)
                    VALUES (30, 102, 21, 'Kansrijke Start', ARRAY['YOUTH'], 'NEIGHBOURHOOD', 'SELECTIVE', 3, 2024, 2026),
                           (31, 103, 22, 'Buurtsportcoach', ARRAY['EVERYONE'], 'SOCIETY', 'UNIVERSAL', 4, 2024, 2026);
                INSERT INTO agreements.party (agreement_id, organisation_id, role) VALUES (102, 3, 'SIGNATORY'), (103, 4, 'SIGNATORY');
                INSERT INTO milestones.milestone (id, commitment_id, agreement_id, owner_organisation_id, ggd_region_id, core_theme_id,
                    core_theme_code, core_theme_name, title, due_date, responsible_organisation_id)
                    VALUES (40, 30, 102, 3, 2, 10, 'GALA1', 'Gezondheidsachterstanden', 'Netwerk opgezet', '2025-06-01', 3);
                INSERT INTO milestones.progress_report (milestone_id, report_date, status, percent_complete, reported_by, reported_by_name)
                    VALUES (40, '2025-05-01', 'ON_TRACK', 60, 1, 'gemeente');
                INSERT INTO milestones.evaluation (id, agreement_id, year, level, owner_organisation_id, reviewer_organisation_id, ggd_region_id,
                    status, general_conclusion, first_submitted_at, first_submitted_on, submitted_at, accepted_at)
                    VALUES (50, 102, 2024, 'LOCAL', 3, 2, 2, 'ACCEPTED', 'Op koers', now(), '2025-03-01', now(), now());
                INSERT INTO milestones.evaluation_transition (evaluation_id, from_status, to_status, user_id, username, occurred_at)
                    VALUES (50, 'SUBMITTED', 'ACCEPTED', 2, 'ggd', now());
                INSERT INTO financing.funding_stream (id, name, source, legal_basis, nature, first_year, last_year, earmarked, conditions,
                    recipient_id, recipient_ggd_region_id)
                    VALUES (60, 'Brede SPUK', 'NATIONAL_GOVERNMENT', 'WPG', 'INCIDENTAL', 2023, 2026, TRUE, 'SPUK', 3, 2);
                INSERT INTO financing.budget (id, stream_id, year, amount) VALUES (70, 60, 2025, 120000.00);
                INSERT INTO financing.allocation (id, budget_id, stream_id, year, amount, commitment_id, agreement_id, agreement_owner_id,
                    ggd_region_id, commitment_first_year, commitment_last_year, agreement_first_year, agreement_last_year)
                    VALUES (80, 70, 60, 2025, 45000.50, 30, 102, 3, 2, 2024, 2026, 2024, 2026);
                INSERT INTO financing.expenditure (allocation_id, year, amount) VALUES (80, 2025, 40000.25);
                """);
    }

    private Map<String, Long> counts() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = database.connectAsOwner(); Statement s = c.createStatement()) {
            for (String table : TABLES) {
                counts.put(table, Long.parseLong(list(s, "SELECT count(*) FROM " + table).get(0)));
            }
        }
        return counts;
    }

    private Map<String, String> rows(String sql) throws SQLException {
        Map<String, String> rows = new LinkedHashMap<>();
        try (Connection c = database.connectAsOwner(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 2; i <= columns; i++) {
                    row.append(rs.getString(i)).append('|');
                }
                rows.put(rs.getString(1), row.toString());
            }
        }
        return rows;
    }

    private static List<String> list(Statement s, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
