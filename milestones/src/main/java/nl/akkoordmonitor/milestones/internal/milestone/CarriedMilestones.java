package nl.akkoordmonitor.milestones.internal.milestone;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.agreements.AgreementCarriedOver;
import nl.akkoordmonitor.agreements.AgreementSummary;
import nl.akkoordmonitor.agreements.Agreements;
import nl.akkoordmonitor.agreements.CommitmentSummary;

/**
 * When an agreement is carried over into the successor programme, its open milestones (not
 * achieved, not cancelled) go along: copied under the new commitment, linked to the milestone they
 * came from, without their progress reports (those stay with the old milestone, where the history
 * is read). A due date before the new commitment's first year moves to 1 January of that year.
 */
@Singleton
class CarriedMilestones {

    private final JdbcOperations jdbc;
    private final Agreements agreements;

    CarriedMilestones(JdbcOperations jdbc, Agreements agreements) {
        this.jdbc = jdbc;
        this.agreements = agreements;
    }

    @EventListener
    void carriedOver(AgreementCarriedOver event) {
        if (event.commitments().isEmpty()) {
            return;
        }
        AgreementSummary agreement = agreements.get(event.toAgreementId());
        for (CommitmentSummary commitment : agreements.findCommitments(event.commitments().values())) {
            long from = event.commitments().entrySet().stream().filter(e -> e.getValue() == commitment.id())
                    .findFirst().orElseThrow().getKey();
            jdbc.prepareStatement("""
                    INSERT INTO milestones.milestone (commitment_id, agreement_id, owner_organisation_id, ggd_region_id, core_theme_id,
                        core_theme_code, core_theme_name, title, due_date, responsible_organisation_id, carried_from_id)
                    SELECT ?, ?, ?, ?, ?, ?, ?, title, GREATEST(due_date, make_date(?, 1, 1)), responsible_organisation_id, id
                    FROM milestones.milestone
                    WHERE commitment_id = ? AND (latest_status IS NULL OR latest_status NOT IN ('ACHIEVED', 'CANCELLED'))
                    ORDER BY id""", statement -> {
                statement.setLong(1, commitment.id());
                statement.setLong(2, agreement.id());
                statement.setLong(3, agreement.ownerId());
                statement.setObject(4, agreement.ggdRegionId());
                statement.setLong(5, commitment.coreThemeId());
                statement.setString(6, commitment.coreThemeCode());
                statement.setString(7, commitment.coreThemeName());
                statement.setInt(8, commitment.firstYear());
                statement.setLong(9, from);
                return statement.executeUpdate();
            });
        }
    }
}
