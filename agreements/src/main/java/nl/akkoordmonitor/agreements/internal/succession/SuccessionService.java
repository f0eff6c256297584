package nl.akkoordmonitor.agreements.internal.succession;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.agreements.AgreementCarriedOver;
import nl.akkoordmonitor.agreements.AgreementLevel;
import nl.akkoordmonitor.agreements.AgreementStatus;
import nl.akkoordmonitor.agreements.Organisation;
import nl.akkoordmonitor.agreements.Organisations;
import nl.akkoordmonitor.agreements.internal.agreement.AgreementAccessService;
import nl.akkoordmonitor.agreements.internal.agreement.AgreementQueries;
import nl.akkoordmonitor.agreements.internal.agreement.AgreementView;
import nl.akkoordmonitor.agreements.internal.succession.SuccessionRecords.CarryOverView;
import nl.akkoordmonitor.agreements.internal.succession.SuccessionRecords.CopiedAdoption;
import nl.akkoordmonitor.agreements.internal.succession.SuccessionRecords.CopiedCommitment;
import nl.akkoordmonitor.agreements.internal.succession.SuccessionRecords.NotCarried;
import nl.akkoordmonitor.agreements.internal.succession.SuccessionRecords.ThemeSuccessionInput;
import nl.akkoordmonitor.agreements.internal.succession.SuccessionRecords.ThemeSuccessionView;
import nl.akkoordmonitor.platform.audit.AuditEntry;
import nl.akkoordmonitor.platform.audit.AuditLog;
import nl.akkoordmonitor.platform.message.Message;
import nl.akkoordmonitor.platform.problem.RuleViolatedException;
import nl.akkoordmonitor.platform.problem.Violation;
import nl.akkoordmonitor.platform.security.Actor;

import java.sql.ResultSet;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Succession between national programmes: the theme mapping VWS sets from the predecessor to the
 * successor, and carrying a regional or local agreement over into the successor as a new draft
 * with its adoptions, commitments (and, through {@link AgreementCarriedOver}, open milestones)
 * copied and linked to where they came from.
 */
@Singleton
class SuccessionService {

    private final JdbcOperations jdbc;
    private final AgreementQueries queries;
    private final AgreementAccessService access;
    private final Organisations organisations;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher<AgreementCarriedOver> carriedOver;
    private final SuccessionPolicy policy = new SuccessionPolicy();

    SuccessionService(JdbcOperations jdbc, AgreementQueries queries, AgreementAccessService access, Organisations organisations,
                      AuditLog auditLog, ApplicationEventPublisher<AgreementCarriedOver> carriedOver) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.access = access;
        this.organisations = organisations;
        this.auditLog = auditLog;
        this.carriedOver = carriedOver;
    }

    @Transactional(readOnly = true)
    List<ThemeSuccessionView> mapping(Actor actor, long successorId) {
        access.readableView(actor, successorId);
        return mappingOf(successorId);
    }

    @Transactional
    List<ThemeSuccessionView> setMapping(Actor actor, long successorId, List<ThemeSuccessionInput> successions) {
        AgreementView successor = access.editableView(actor, successorId);
        List<Map.Entry<Long, Long>> pairs = successions.stream()
                .map(s -> (Map.Entry<Long, Long>) new AbstractMap.SimpleEntry<>(s.fromThemeId(), s.toThemeId())).toList();
        List<Long> ids = new ArrayList<>();
        pairs.forEach(p -> {
            ids.add(p.getKey());
            ids.add(p.getValue());
        });
        Map<Long, Long> themeAgreement = new HashMap<>();
        query("SELECT id, agreement_id FROM agreements.core_theme WHERE id = ANY (?)", List.of((Object) ids.toArray(Long[]::new)),
                rs -> themeAgreement.put(rs.getLong(1), rs.getLong(2)));
        List<Violation> violations = policy.checkMapping(successorId, successor.level() == AgreementLevel.NATIONAL
                ? successor.predecessorId() : null, themeAgreement, pairs);
        RuleViolatedException.refuseIfAny(violations);
        List<ThemeSuccessionView> before = mappingOf(successorId);
        update("DELETE FROM agreements.theme_succession ts USING agreements.core_theme t WHERE t.id = ts.from_theme_id"
                + " AND t.agreement_id = ?", List.of(successor.predecessorId()));
        for (Map.Entry<Long, Long> pair : pairs) {
            update("INSERT INTO agreements.theme_succession (from_theme_id, to_theme_id) VALUES (?, ?)", List.of(pair.getKey(), pair.getValue()));
        }
        List<ThemeSuccessionView> after = mappingOf(successorId);
        auditLog.record(actor, AuditEntry.of("theme_succession", successorId, "UPDATE").values(before, after)
                .organisation(successor.ownerId()).agreement(successorId));
        return after;
    }

    @Transactional
    CarryOverView carryOver(Actor actor, long agreementId, long successorId) {
        AgreementView source = access.editableView(actor, agreementId);
        AgreementView successor = queries.find(successorId).filter(s -> s.status() != AgreementStatus.DRAFT || actor.isNational())
                .orElseThrow(() -> new RuleViolatedException(Violation.at("/successorId", Message.of("SUCCESSOR_EXISTS", successorId))));
        AgreementView parent = parentUnder(source, successor);
        int firstYear = Math.max(source.firstYear(), parent.firstYear());
        int lastYear = parent.lastYear();
        Long already = single("SELECT id FROM agreements.agreement WHERE carried_from_id = ? AND national_id = ?",
                List.of(agreementId, successorId));
        List<Violation> violations = policy.checkCarryOver(new SuccessionPolicy.CarryOverFacts(agreementId, source.level(),
                source.status(), source.nationalId(), successorId, successor.level(), successor.status(), successor.predecessorId(),
                firstYear, lastYear, already));
        RuleViolatedException.refuseIfAny(violations);
        long newId = single("""
                INSERT INTO agreements.agreement (level, title, owner_id, parent_id, national_id, first_year, last_year, status,
                                                  carried_from_id, iza_region_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?) RETURNING id""",
                java.util.Arrays.asList(source.level().name(), source.title(), source.ownerId(), parent.id(), successorId,
                        firstYear, lastYear, agreementId, source.izaRegionId()));

        List<CopiedAdoption> adoptions = new ArrayList<>();
        List<NotCarried> notCarried = new ArrayList<>();
        Map<Long, Long> newAdoptionOfTheme = new HashMap<>();
        Map<Long, Long> adoptionMap = new LinkedHashMap<>();
        query("""
                SELECT ad.id, t.code, t.name, ad.deviation, ad.ambition, ad.justification, nt.id AS to_theme, nt.code AS to_code
                FROM agreements.theme_adoption ad
                JOIN agreements.core_theme t ON t.id = ad.core_theme_id
                LEFT JOIN agreements.theme_succession ts ON ts.from_theme_id = ad.core_theme_id
                LEFT JOIN agreements.core_theme nt ON nt.id = ts.to_theme_id AND nt.agreement_id = ?
                WHERE ad.agreement_id = ? ORDER BY t.code, ad.id""", List.of(successorId, agreementId), rs -> {
            long adoptionId = rs.getLong("id");
            long toTheme = rs.getLong("to_theme");
            if (rs.wasNull()) {
                notCarried.add(new NotCarried("NO_MATCHING_THEME", adoptionId, rs.getString("code"), rs.getString("name"), null, null));
                return;
            }
            Long existing = newAdoptionOfTheme.get(toTheme);
            long newAdoption = existing != null ? existing : single("""
                    INSERT INTO agreements.theme_adoption (agreement_id, core_theme_id, deviation, ambition, justification, carried_from_id)
                    VALUES (?, ?, ?, ?, ?, ?) RETURNING id""", java.util.Arrays.asList(newId, toTheme, rs.getBoolean("deviation"),
                    rs.getString("ambition"), rs.getString("justification"), adoptionId));
            newAdoptionOfTheme.put(toTheme, newAdoption);
            adoptionMap.put(adoptionId, newAdoption);
            adoptions.add(new CopiedAdoption(adoptionId, newAdoption, rs.getString("code"), rs.getString("to_code")));
        });
        // The commitments under an unmatched theme are listed with it.
        List<CopiedCommitment> commitments = new ArrayList<>();
        Map<Long, Long> commitmentMap = new LinkedHashMap<>();
        query("""
                SELECT c.id, c.adoption_id, c.title, c.first_year, c.last_year, t.code, t.name
                FROM agreements.commitment c
                JOIN agreements.theme_adoption ad ON ad.id = c.adoption_id
                JOIN agreements.core_theme t ON t.id = ad.core_theme_id
                WHERE c.agreement_id = ? ORDER BY c.id""", List.of(agreementId), rs -> {
            long id = rs.getLong("id");
            Long newAdoption = adoptionMap.get(rs.getLong("adoption_id"));
            int first = Math.max(rs.getInt("first_year"), firstYear);
            int last = Math.min(rs.getInt("last_year"), lastYear);
            String reason = newAdoption == null ? "NO_MATCHING_THEME" : first > last ? "ENDED_BEFORE_SUCCESSOR" : null;
            if (reason != null) {
                notCarried.add(new NotCarried(reason, rs.getLong("adoption_id"), rs.getString("code"), rs.getString("name"), id,
                        rs.getString("title")));
                return;
            }
            long newCommitment = single("""
                    INSERT INTO agreements.commitment (agreement_id, adoption_id, title, description, target_groups, living_environment,
                        prevention_level, responsible_organisation_id, first_year, last_year, carried_from_id)
                    SELECT ?, ?, title, description, target_groups, living_environment, prevention_level, responsible_organisation_id,
                           ?, ?, id FROM agreements.commitment WHERE id = ? RETURNING id""",
                    List.of(newId, newAdoption, first, last, id));
            commitmentMap.put(id, newCommitment);
            commitments.add(new CopiedCommitment(id, newCommitment, rs.getString("title"), first, last));
        });
        // The parties (signatories, executors, funders) come along: the draft is signed by the same
        // organisations unless its owner changes them first.
        update("INSERT INTO agreements.party (agreement_id, organisation_id, role) "
                + "SELECT ?, organisation_id, role FROM agreements.party WHERE agreement_id = ? ORDER BY id", List.of(newId, agreementId));
        carriedOver.publishEvent(new AgreementCarriedOver(agreementId, newId, Map.copyOf(commitmentMap)));
        AgreementView created = queries.find(newId).orElseThrow();
        CarryOverView view = new CarryOverView(created, adoptions, commitments, notCarried);
        auditLog.record(actor, AuditEntry.of("agreement", newId, "CARRY_OVER").values(source, view)
                .organisation(source.ownerId()).agreement(newId).reason("Meegenomen uit akkoord " + agreementId));
        auditLog.record(actor, AuditEntry.of("agreement", agreementId, "CARRIED_OVER").values(null, created)
                .organisation(source.ownerId()).agreement(agreementId).reason("Meegenomen naar akkoord " + newId));
        return view;
    }

    /**
     * Where the new draft hangs: a local agreement under its GGD region's ACTIVE agreement in the
     * successor when there is one, else directly under the successor; a regional one under the successor.
     */
    private AgreementView parentUnder(AgreementView source, AgreementView successor) {
        if (source.level() == AgreementLevel.LOCAL && successor.level() == AgreementLevel.NATIONAL) {
            Organisation owner = organisations.get(source.ownerId());
            Long regional = owner.ggdRegionId() == null ? null : single("""
                    SELECT id FROM agreements.agreement WHERE national_id = ? AND level = 'REGIONAL' AND owner_id = ?
                      AND status = 'ACTIVE' AND iza_region_id IS NULL ORDER BY first_year DESC LIMIT 1""",
                    List.of(successor.id(), owner.ggdRegionId()));
            if (regional != null) {
                return queries.find(regional).orElseThrow();
            }
        }
        return successor;
    }

    private List<ThemeSuccessionView> mappingOf(long successorId) {
        List<ThemeSuccessionView> rows = new ArrayList<>();
        query("""
                SELECT f.id, f.code, f.name, t.id, t.code, t.name
                FROM agreements.theme_succession ts
                JOIN agreements.core_theme f ON f.id = ts.from_theme_id
                JOIN agreements.core_theme t ON t.id = ts.to_theme_id
                WHERE t.agreement_id = ? ORDER BY f.code""", List.of(successorId),
                rs -> rows.add(new ThemeSuccessionView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5), rs.getString(6))));
        return rows;
    }

    private interface RowHandler {
        void handle(ResultSet rs) throws java.sql.SQLException;
    }

    private void query(String sql, List<Object> params, RowHandler handler) {
        jdbc.prepareStatement(sql, statement -> {
            AgreementQueries.bind(statement, params);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    handler.handle(rs);
                }
            }
            return null;
        });
    }

    private Long single(String sql, List<Object> params) {
        return jdbc.prepareStatement(sql, statement -> {
            AgreementQueries.bind(statement, params);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        });
    }

    private void update(String sql, List<Object> params) {
        jdbc.prepareStatement(sql, statement -> {
            AgreementQueries.bind(statement, params);
            return statement.executeUpdate();
        });
    }
}
