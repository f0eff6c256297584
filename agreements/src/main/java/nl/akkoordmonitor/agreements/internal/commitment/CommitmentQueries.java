package nl.akkoordmonitor.agreements.internal.commitment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.agreements.AgreementLevel;
import nl.akkoordmonitor.agreements.AgreementStatus;
import nl.akkoordmonitor.agreements.CommitmentOverview;
import nl.akkoordmonitor.agreements.Scope;
import nl.akkoordmonitor.agreements.internal.agreement.AgreementQueries;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
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

    /** The commitments with these ids, in one query. */
    @Transactional(readOnly = true)
    public List<CommitmentView> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.prepareStatement(SELECT + " WHERE c.id = ANY (?) ORDER BY c.id", statement -> {
            statement.setArray(1, statement.getConnection().createArrayOf("bigint", ids.toArray(Long[]::new)));
            return rows(statement);
        });
    }

    private static final String OVERVIEW = """
            SELECT c.id, c.title, c.first_year, c.last_year, c.responsible_organisation_id,
                   a.id AS agreement_id, a.title AS agreement_title, a.level, a.status, a.owner_id,
                   o.code AS owner_code, o.name AS owner_name,
                   reg.id AS ggd_region_id, reg.code AS ggd_region_code, reg.name AS ggd_region_name,
                   COALESCE(a.national_id, a.id) AS national_id, c.adoption_id, t.id AS core_theme_id,
                   t.code AS core_theme_code, t.name AS core_theme_name, t.binding
            FROM agreements.commitment c
            JOIN agreements.theme_adoption ad ON ad.id = c.adoption_id
            JOIN agreements.core_theme t ON t.id = ad.core_theme_id
            JOIN agreements.agreement a ON a.id = c.agreement_id
            JOIN agreements.organisation o ON o.id = a.owner_id
            LEFT JOIN agreements.agreement p ON p.id = a.parent_id
            LEFT JOIN agreements.organisation reg
                   ON reg.id = CASE a.level WHEN 'REGIONAL' THEN a.owner_id WHEN 'LOCAL' THEN o.ggd_region_id END
            """;

    /** Every commitment of the agreements a scope reads, with agreement, owner, region and theme. */
    @Transactional(readOnly = true)
    public List<CommitmentOverview> inScope(Scope scope, @Nullable Integer year) {
        List<Object> params = new ArrayList<>();
        String where = " WHERE " + AgreementQueries.readCondition(scope, params);
        if (year != null) {
            where += " AND c.first_year <= ? AND ? <= c.last_year";
            params.add(year);
            params.add(year);
        }
        return jdbc.prepareStatement(OVERVIEW + where + " ORDER BY a.id, t.code, c.id", statement -> {
            AgreementQueries.bind(statement, params);
            try (ResultSet rs = statement.executeQuery()) {
                List<CommitmentOverview> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(new CommitmentOverview(rs.getLong("id"), rs.getString("title"), rs.getInt("first_year"),
                            rs.getInt("last_year"), rs.getLong("responsible_organisation_id"), rs.getLong("agreement_id"),
                            rs.getString("agreement_title"), AgreementLevel.valueOf(rs.getString("level")),
                            AgreementStatus.valueOf(rs.getString("status")), rs.getLong("owner_id"), rs.getString("owner_code"),
                            rs.getString("owner_name"), (Long) rs.getObject("ggd_region_id"), rs.getString("ggd_region_code"),
                            rs.getString("ggd_region_name"), rs.getLong("national_id"), rs.getLong("adoption_id"),
                            rs.getLong("core_theme_id"), rs.getString("core_theme_code"), rs.getString("core_theme_name"),
                            rs.getBoolean("binding")));
                }
                return rows;
            }
        });
    }

    private List<CommitmentView> query(String sql, long id) {
        return jdbc.prepareStatement(sql, statement -> {
            statement.setLong(1, id);
            return rows(statement);
        });
    }

    private static List<CommitmentView> rows(java.sql.PreparedStatement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery()) {
            List<CommitmentView> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(map(rs));
            }
            return rows;
        }
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
