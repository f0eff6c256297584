package nl.akkoordmonitor.app.hardening;

import nl.akkoordmonitor.app.database.EmbeddedDatabase;
import nl.akkoordmonitor.app.support.TestDatabase;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The embedded database as an attacker on the same machine meets it: no way in without the
 * password, and the application's own role cannot rewrite history. Also: it is durable.
 */
class DatabaseRolesTest {

    private final EmbeddedDatabase database = TestDatabase.get();

    @Test
    void connectingWithoutThePasswordIsRefused() {
        for (String user : new String[]{"postgres", EmbeddedDatabase.OWNER, EmbeddedDatabase.APP}) {
            SQLException refused = assertThrows(SQLException.class, () -> connect(user, null), user);
            assertTrue(refused.getMessage().contains("SCRAM"), user + ": " + refused.getMessage());
            SQLException wrong = assertThrows(SQLException.class, () -> connect(user, "guessed-password"), user);
            assertEquals("28P01", wrong.getSQLState(), user + ": " + wrong.getMessage());
        }
    }

    @Test
    void thePasswordsAreInAFileOnlyItsOwnerReads() throws Exception {
        Path file = database.dataDirectory().resolve("akkoordmonitor-passwords.properties");

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        Properties passwords = new Properties();
        try (var reader = Files.newBufferedReader(file)) {
            passwords.load(reader);
        }
        try (Connection superuser = connect("postgres", passwords.getProperty("superuser"))) {
            assertTrue(superuser.isValid(1));
        }
        assertTrue(Files.readString(database.dataDirectory().resolve("pg_hba.conf")).lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).allMatch(line -> line.endsWith("scram-sha-256")));
    }

    @Test
    void theApplicationsRoleCannotDeleteAuditRowsNorDisableTheTrigger() throws SQLException {
        try (Connection app = database.connectAsApplication(); Statement s = app.createStatement()) {
            long id = insertAuditRow(s);

            assertRefused(s, "DELETE FROM platform.audit_event WHERE id = " + id);
            assertRefused(s, "UPDATE platform.audit_event SET action = 'NOTHING' WHERE id = " + id);
            assertRefused(s, "TRUNCATE platform.audit_event");
            assertRefused(s, "ALTER TABLE platform.audit_event DISABLE TRIGGER USER");
            assertRefused(s, "ALTER TABLE platform.audit_event DISABLE TRIGGER audit_event_append_only");
            assertRefused(s, "DROP TABLE platform.audit_event");
            assertRefused(s, "DROP TRIGGER audit_event_append_only ON platform.audit_event");
            assertRefused(s, "SET session_replication_role = replica");
            assertRefused(s, "CREATE ROLE intruder SUPERUSER");

            try (ResultSet rs = s.executeQuery("SELECT action FROM platform.audit_event WHERE id = " + id)) {
                assertTrue(rs.next(), "the row is still there");
                assertEquals("TEST", rs.getString(1));
            }
        }
    }

    @Test
    void theApplicationsRoleOwnsNothingAndIsNoSuperuser() throws SQLException {
        try (Connection app = database.connectAsApplication(); Statement s = app.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT rolsuper, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = current_user")) {
                assertTrue(rs.next());
                assertFalse(rs.getBoolean(1) || rs.getBoolean(2) || rs.getBoolean(3));
            }
            try (ResultSet rs = s.executeQuery("""
                    SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE c.relowner = current_user::regrole""")) {
                assertTrue(rs.next());
                assertEquals(0, rs.getLong(1), "tables, views or sequences owned by the application's role");
            }
        }
    }

    @Test
    void evenTheOwnerMeetsTheAppendOnlyTrigger() throws SQLException {
        try (Connection owner = database.connectAsOwner(); Statement s = owner.createStatement()) {
            long id = insertAuditRow(s);
            SQLException refused = assertThrows(SQLException.class, () -> s.execute("DELETE FROM platform.audit_event WHERE id = " + id));
            assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
        }
    }

    @Test
    void writesAreDurable() throws SQLException {
        try (Connection app = database.connectAsApplication(); Statement s = app.createStatement()) {
            for (String setting : new String[]{"fsync", "synchronous_commit", "full_page_writes"}) {
                try (ResultSet rs = s.executeQuery("SHOW " + setting)) {
                    assertTrue(rs.next());
                    assertEquals("on", rs.getString(1), setting);
                }
            }
            try (ResultSet rs = s.executeQuery("SHOW listen_addresses")) {
                assertTrue(rs.next());
                assertEquals("localhost", rs.getString(1));
            }
        }
    }

    private static long insertAuditRow(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("INSERT INTO platform.audit_event (entity, entity_id, action) "
                + "VALUES ('test', 'roles', 'TEST') RETURNING id")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void assertRefused(Statement s, String sql) {
        SQLException refused = assertThrows(SQLException.class, () -> s.execute(sql), sql);
        assertEquals("42501", refused.getSQLState(), sql + ": " + refused.getMessage());
    }

    private Connection connect(String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection(database.jdbcUrl(), properties);
    }
}
