package nl.akkoordmonitor.app.demo;

import io.micronaut.context.ApplicationContext;
import nl.akkoordmonitor.app.database.EmbeddedDatabase;
import nl.akkoordmonitor.demo.DemoTools;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The synthetic dataset, in a database of its own: it fills whole regions, which would get in the
 * way of the other tests' agreements in the shared one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SyntheticDatasetTest {

    private Path directory;
    private EmbeddedDatabase database;
    private ApplicationContext context;

    @BeforeAll
    void start() throws Exception {
        directory = Files.createTempDirectory("akkoordmonitor-dataset-test");
        database = EmbeddedDatabase.start(directory, 0);
        Map<String, Object> properties = new HashMap<>(database.datasourceProperties());
        properties.put("akkoordmonitor.security.bcrypt-cost", "4");
        context = ApplicationContext.builder().properties(properties).start();
    }

    @AfterAll
    void stop() throws IOException {
        context.close();
        database.close();
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Test
    void demoLoadsEveryKindOfRowOnceAndItsUsersCanBeFound() throws SQLException {
        String users = context.getBean(DemoTools.class).loadDemo();
        String again = context.getBean(DemoTools.class).loadDemo();

        assertTrue(users.contains("demo-gemeente"), users);
        assertEquals(users, again, "a second start loads nothing new");
        assertEquals(1, count("SELECT count(*) FROM agreements.agreement WHERE level = 'NATIONAL' AND title LIKE 'Gezond en Actief Leven%synthetische%'"));
        assertEquals(3, count("""
                SELECT count(*) FROM agreements.agreement a JOIN agreements.agreement n ON n.id = a.national_id
                WHERE a.level = 'REGIONAL' AND n.title LIKE 'Gezond en Actief Leven Akkoord%'"""));
        assertTrue(count("SELECT count(*) FROM milestones.progress_report") > 100);
        assertTrue(count("SELECT count(*) FROM milestones.evaluation WHERE year = 2025") > 0);
        assertTrue(count("SELECT count(*) FROM financing.expenditure") > 0);
        assertEquals(0, count("""
                SELECT count(*) FROM (SELECT a.budget_id FROM financing.allocation a JOIN financing.budget b ON b.id = a.budget_id
                GROUP BY a.budget_id, b.amount HAVING sum(a.amount) > b.amount) over_budget"""), "allocations stay within budgets");
        assertEquals(0, count("""
                SELECT count(*) FROM milestones.milestone m WHERE m.latest_report_id IS DISTINCT FROM
                (SELECT r.id FROM milestones.progress_report r WHERE r.milestone_id = m.id ORDER BY r.report_date DESC, r.id DESC LIMIT 1)"""),
                "every milestone points at its newest report");
        assertEquals(3, count("SELECT count(*) FROM platform.app_user WHERE username LIKE 'demo-%'"));
        programmesAndTheirMoney();
        assertEquals(3, count("""
                SELECT count(*) FROM platform.audit_event e JOIN platform.app_user u ON CAST(u.id AS VARCHAR) = e.entity_id
                WHERE e.entity = 'user' AND e.action = 'CREATE' AND u.username LIKE 'demo-%'"""),
                "demo users are created through the user service, which audits them");
    }

    /**
     * GALA and its successor AZWA at once, a region and three municipalities carried over, the
     * brede SPUK's parts with a shift, a carry-over and a cut, and closed years.
     */
    private void programmesAndTheirMoney() throws SQLException {
        assertEquals(2, count("SELECT count(*) FROM agreements.agreement WHERE level = 'NATIONAL' AND status = 'ACTIVE'"),
                "two programmes at once");
        assertEquals(1, count("""
                SELECT count(*) FROM agreements.agreement s JOIN agreements.agreement p ON p.id = s.predecessor_id
                WHERE s.title LIKE 'Aanvullend Zorg- en Welzijnsakkoord%' AND p.title LIKE 'Gezond en Actief Leven Akkoord%'"""));
        assertEquals(7, count("SELECT count(*) FROM agreements.theme_succession"), "seven of GALA's eight themes have a successor");
        assertEquals(3, count("""
                SELECT count(*) FROM agreements.agreement c JOIN agreements.agreement o ON o.id = c.carried_from_id
                WHERE c.owner_id = o.owner_id AND c.level = o.level AND c.national_id <> o.national_id"""),
                "the first region's agreement and two local ones are carried over");
        assertEquals(1, count("SELECT count(*) FROM agreements.agreement WHERE carried_from_id IS NOT NULL AND status = 'DRAFT'"));
        assertEquals(0, count("""
                SELECT count(*) FROM agreements.agreement a JOIN agreements.core_theme t ON t.agreement_id = a.national_id AND t.binding
                WHERE a.carried_from_id IS NOT NULL AND a.status = 'ACTIVE' AND NOT EXISTS (SELECT 1 FROM agreements.theme_adoption ad
                    WHERE ad.agreement_id = a.id AND ad.core_theme_id = t.id)"""), "a signed carried agreement covers every binding theme");
        assertEquals(0, count("""
                SELECT count(*) FROM agreements.commitment c JOIN agreements.commitment o ON o.id = c.carried_from_id
                JOIN agreements.agreement a ON a.id = c.agreement_id WHERE a.carried_from_id <> o.agreement_id"""),
                "a carried commitment comes from the agreement its agreement was carried from");
        assertTrue(count("SELECT count(*) FROM agreements.commitment WHERE carried_from_id IS NOT NULL") > 0);
        assertTrue(count("SELECT count(*) FROM milestones.milestone WHERE carried_from_id IS NOT NULL") > 0, "open milestones come along");

        assertEquals(7, count("SELECT count(*) FROM financing.funding_part"));
        assertEquals(1, count("""
                SELECT count(*) FROM financing.part_shift s JOIN financing.funding_part f ON f.id = s.from_part_id
                JOIN financing.funding_part t ON t.id = s.to_part_id WHERE f.main_theme = t.main_theme"""));
        assertEquals(1, count("SELECT count(*) FROM financing.carry_over"));
        assertEquals(7, count("""
                SELECT count(*) FROM financing.budget_letter l JOIN financing.part_budget_change c ON c.letter_id = l.id
                JOIN financing.part_budget_change s ON s.part_id = c.part_id AND s.year = c.year AND s.kind = 'SET'
                WHERE l.kind = 'CUT' AND c.amount = -s.amount / 10"""), "the letter cuts every part by 10% in one year");
        assertEquals(0, count("""
                SELECT count(*) FROM financing.budget b JOIN financing.funding_stream s ON s.id = b.stream_id
                WHERE EXISTS (SELECT 1 FROM financing.funding_part p WHERE p.stream_id = s.id)
                  AND b.amount <> (SELECT sum(c.amount) FROM financing.part_budget_change c JOIN financing.funding_part p ON p.id = c.part_id
                                   WHERE p.stream_id = s.id AND c.year = b.year)"""), "a stream's budget is the sum of its parts");
        assertTrue(count("SELECT count(*) FROM financing.allocation WHERE part_id IS NOT NULL") > 0);

        long accepted = count("SELECT count(*) FROM milestones.evaluation WHERE status = 'ACCEPTED'");
        assertTrue(accepted > 0);
        assertEquals(accepted, count("""
                SELECT count(*) FROM milestones.evaluation e JOIN financing.closed_year c ON c.agreement_id = e.agreement_id AND c.year = e.year
                WHERE e.status = 'ACCEPTED'"""), "financing knows every year an accepted evaluation closed");
        assertEquals(1, count("""
                SELECT count(*) FROM milestones.evaluation e JOIN agreements.organisation o ON o.id = e.owner_organisation_id
                WHERE o.code = 'GM0014' AND e.status = 'ACCEPTED' AND e.year = (SELECT min(year) FROM milestones.evaluation)"""),
                "the demo municipality's first evaluated year is closed");
    }

    /** Asks the database directly, past the application's transactions. */
    private long count(String sql) throws SQLException {
        Map<String, Object> p = database.datasourceProperties();
        try (Connection c = DriverManager.getConnection(String.valueOf(p.get("datasources.default.url")),
                String.valueOf(p.get("datasources.default.username")), String.valueOf(p.get("datasources.default.password")));
             Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
