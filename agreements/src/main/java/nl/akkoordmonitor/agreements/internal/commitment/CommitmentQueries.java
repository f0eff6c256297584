package nl.akkoordmonitor.agreements.internal.commitment;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Reads commitments with their theme and responsible organisation in one query. */
@Singleton
public class CommitmentQueries {

    static final String SELECT = """
            SELECT c.id, c.agreement_id, c.adoption_id, t.id AS core_theme_id, t.code AS core_theme_code,
                   t.name AS core_theme_name, c.title, c.description, c.target_groups, c.living_environment,
                   c.prevention_level, c.responsible_organisation_id, o.name AS responsible_organisation_name,
                   c.first_year, c.last_year, c.version
            FROM agreements.commitment c
            JOIN agreements.theme_adoption ad ON ad.id = c.adoption_id
            JOIN agreements.core_theme t ON t.id = ad.core_theme_id
            JOIN agreements.organisation o ON o.id = c.responsible_organisation_id
            """;

    private final JdbcOperations jdbc;

    CommitmentQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<CommitmentView> find(long id) {
        return query(SELECT + " WHERE c.id = ?", id).stream().findFirst();
    }

    @Transactional(readOnly = true)
    public List<CommitmentView> ofAgreement(long agreementId) {
        return query(SELECT + " WHERE c.agreement_id = ? ORDER BY t.code, c.id", agreementId);
    }

    private List<CommitmentView> query(String sql, long id) {
        return jdbc.prepareStatement(sql, statement -> {
            statement.setLong(1, id);
            try (ResultSet rs = statement.executeQuery()) {
                List<CommitmentView> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(map(rs));
                }
                return rows;
            }
        });
    }

    static CommitmentView map(ResultSet rs) throws SQLException {
        String[] groups = (String[]) rs.getArray("target_groups").getArray();
        return new CommitmentView(rs.getLong("id"), rs.getLong("agreement_id"), rs.getLong("adoption_id"),
                rs.getLong("core_theme_id"), rs.getString("core_theme_code"), rs.getString("core_theme_name"),
                rs.getString("title"), rs.getString("description"),
                Arrays.stream(groups).map(TargetGroup::valueOf).toList(),
                LivingEnvironment.valueOf(rs.getString("living_environment")),
                PreventionLevel.valueOf(rs.getString("prevention_level")),
                rs.getLong("responsible_organisation_id"), rs.getString("responsible_organisation_name"),
                rs.getInt("first_year"), rs.getInt("last_year"), rs.getLong("version"));
    }
}
