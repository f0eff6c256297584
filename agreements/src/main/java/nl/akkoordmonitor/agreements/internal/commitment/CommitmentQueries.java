package nl.akkoordmonitor.agreements.internal.commitment;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.agreements.CommitmentOverview;
import nl.akkoordmonitor.agreements.Scope;
import nl.akkoordmonitor.agreements.internal.agreement.AgreementQueries;
import nl.akkoordmonitor.platform.sql.Rows;
import nl.akkoordmonitor.platform.sql.Where;

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

    private final Rows rows;

    CommitmentQueries(Rows rows) {
        this.rows = rows;
    }

    /** A row of {@link #SELECT}: the target groups come as the column's text array. */
    @Introspected
    record CommitmentRow(long id, long agreementId, long adoptionId, long coreThemeId, String coreThemeCode, String coreThemeName,
                         String title, @Nullable String description, String[] targetGroups, LivingEnvironment livingEnvironment,
                         PreventionLevel preventionLevel, long responsibleOrganisationId, String responsibleOrganisationName,
                         int firstYear, int lastYear, long version) {

        CommitmentView view() {
            return new CommitmentView(id, agreementId, adoptionId, coreThemeId, coreThemeCode, coreThemeName, title, description,
                    Arrays.stream(targetGroups).map(TargetGroup::valueOf).toList(), livingEnvironment, preventionLevel,
                    responsibleOrganisationId, responsibleOrganisationName, firstYear, lastYear, version);
        }
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
        return query(SELECT + " WHERE c.id = ANY (?) ORDER BY c.id", ids);
    }

    private static final String OVERVIEW = """
            SELECT c.id AS commitment_id, c.title, c.first_year, c.last_year, c.responsible_organisation_id,
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
        Where where = AgreementQueries.readable(scope);
        if (year != null) {
            where.and("c.first_year <= ? AND ? <= c.last_year", year, year);
        }
        return rows.list(CommitmentOverview.class, OVERVIEW + where + " ORDER BY c.id", where.parameters());
    }

    private List<CommitmentView> query(String sql, Object parameter) {
        return rows.list(CommitmentRow.class, sql, parameter).stream().map(CommitmentRow::view).toList();
    }
}
