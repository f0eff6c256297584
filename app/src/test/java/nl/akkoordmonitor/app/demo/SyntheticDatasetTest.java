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
        assertEquals(1, count("SELECT count(*) FROM agreements.agreement WHERE level = 'NATIONAL' AND title LIKE '%synthetische%'"));
        assertEquals(3, count("SELECT count(*) FROM agreements.agreement WHERE level = 'REGIONAL'"));
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
        assertEquals(3, count("""
                SELECT count(*) FROM platform.audit_event e JOIN platform.app_user u ON CAST(u.id AS VARCHAR) = e.entity_id
                WHERE e.entity = 'user' AND e.action = 'CREATE' AND u.username LIKE 'demo-%'"""),
                "demo users are created through the user service, which audits them");
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
