package nl.akkoordmonitor.app.milestones;

import nl.akkoordmonitor.app.support.TestDatabase;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads the audit log straight from the test database, to check that a change was recorded. */
final class AuditEvents {

    private AuditEvents() {
    }

    /** The actions recorded for one entity, oldest first, as "ACTION by username". */
    static List<String> of(String entity, Object id) {
        Map<String, String> db = TestDatabase.properties();
        try (Connection connection = DriverManager.getConnection(db.get("datasources.default.url"),
                db.get("datasources.default.username"), db.get("datasources.default.password"));
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT action, username FROM platform.audit_event WHERE entity = ? AND entity_id = ? ORDER BY id")) {
            statement.setString(1, entity);
            statement.setString(2, String.valueOf(id));
            List<String> actions = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    actions.add(rs.getString(1) + " by " + rs.getString(2));
                }
            }
            return actions;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> actionsOf(String entity, Object id) {
        return of(entity, id).stream().map(a -> a.substring(0, a.indexOf(' '))).toList();
    }
}
