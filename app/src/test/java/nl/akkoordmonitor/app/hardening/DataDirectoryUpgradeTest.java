package nl.akkoordmonitor.app.hardening;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.akkoordmonitor.app.database.EmbeddedDatabase;
import nl.akkoordmonitor.app.support.Api;
import nl.akkoordmonitor.app.support.ApiResponse;
import nl.akkoordmonitor.app.support.IntegrationTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A data directory made by the version before the two roles (every local connection trusted, every
 * table owned by the superuser) is secured on its first start and keeps its data.
 */
class DataDirectoryUpgradeTest {

    @TempDir
    Path directory;

    @Test
    void anOldTrustingDataDirectoryGetsPasswordsAndRolesAndKeepsItsData() throws Exception {
        Path data = directory.resolve("postgres");
        // What the old version left: a cluster that trusts everyone, migrated as the superuser, with data in it.
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(data.toFile()).setCleanDataDirectory(false).start()) {
            try (Connection c = old.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE akkoordmonitor");
            }
            Flyway.configure().dataSource(old.getDatabase("postgres", "akkoordmonitor"))
                    .locations("classpath:db/migration/platform", "classpath:db/migration/agreements", "classpath:db/migration/milestones",
                            "classpath:db/migration/financing", "classpath:db/migration/reporting")
                    .target("2026.11.23.1310").load().migrate();
            try (Connection c = old.getDatabase("postgres", "akkoordmonitor").getConnection(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO platform.audit_event (entity, entity_id, action) VALUES ('test', 'old', 'OLD')");
            }
        }
        assertTrue(Files.readString(data.resolve("pg_hba.conf")).contains("trust"));

        try (EmbeddedDatabase database = EmbeddedDatabase.start(data, 0)) {
            assertTrue(Files.exists(data.resolve("akkoordmonitor-passwords.properties")));
            assertThrows(SQLException.class, () -> java.sql.DriverManager.getConnection(database.jdbcUrl() + "?user=postgres"),
                    "no more trust");
            Map<String, Object> properties = new HashMap<>(database.datasourceProperties());
            properties.put("micronaut.server.port", -1);
            properties.put("akkoordmonitor.admin.initial-password", IntegrationTest.ADMIN_PASSWORD);
            properties.put("akkoordmonitor.security.bcrypt-cost", 4);
            try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties)) {
                HttpClient client = server.getApplicationContext().createBean(HttpClient.class, server.getURL());
                Api api = new Api(client, server.getApplicationContext().getBean(JsonMapper.class));
                ApiResponse created = api.post(api.admin(), "/organisations", Map.of("name", "Na de upgrade", "type", "KNOWLEDGE_INSTITUTE"));
                assertEquals(201, created.status(), created.toString());
            }
            try (Connection app = database.connectAsApplication(); Statement s = app.createStatement()) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM platform.audit_event WHERE action = 'OLD'")) {
                    rs.next();
                    assertEquals(1, rs.getLong(1), "the old data is still there");
                }
                SQLException refused = assertThrows(SQLException.class, () -> s.execute("DELETE FROM platform.audit_event"));
                assertEquals("42501", refused.getSQLState());
                try (ResultSet rs = s.executeQuery("""
                        SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                        WHERE n.nspname IN ('platform', 'agreements', 'milestones', 'financing', 'reporting')
                          AND c.relowner <> 'akkoordmonitor_owner'::regrole""")) {
                    rs.next();
                    assertEquals(0, rs.getLong(1), "every table now belongs to the owner role");
                }
            }
        }
    }
}
