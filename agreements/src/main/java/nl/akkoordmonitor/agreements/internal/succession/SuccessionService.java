package nl.akkoordmonitor.agreements.internal.succession;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
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
import nl.akkoordmonitor.platform.sql.Rows;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Succession between national programmes: the theme mapping VWS sets from the predecessor to the
 * successor, and carrying a regional or local agreement over into the successor as a new draft
 * with its adoptions, commitments (and, through {@link AgreementCarriedOver}, open milestones)
 * copied and linked to where they came from.
 */
@Singleton
class SuccessionService {

    private final Rows rows;
    private final AgreementQueries queries;
    private final AgreementAccessService access;
    private final Organisations organisations;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher<AgreementCarriedOver> carriedOver;
    private final SuccessionPolicy policy = new SuccessionPolicy();

    SuccessionService(Rows rows, AgreementQueries queries, AgreementAccessService access, Organisations organisations,
                      AuditLog auditLog, ApplicationEventPublisher<AgreementCarriedOver> carriedOver) {
        this.rows = rows;
        this.queries = queries;
        this.access = access;
        this.organisations = organisations;
        this.auditLog = auditLog;
        this.carriedOver = carriedOver;
    }

    @Introspected
    record ThemeOfAgreement(long id, long agreementId) {
    }

    /** An adoption of the agreement carried over, with the theme of the successor it maps to (null when none does). */
    @Introspected
    record AdoptionRow(long id, String code, String name, boolean deviation, @Nullable String ambition, @Nullable String justification,
                       @Nullable Long toTheme, @Nullable String toCode) {
    }

    @Introspected
    record CommitmentRow(long id, long adoptionId, String title, int firstYear, int lastYear, String code, String name) {
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
        Map<Long, Long> themeAgreement = rows.list(ThemeOfAgreement.class,
                        "SELECT id, agreement_id FROM agreements.core_theme WHERE id = ANY (?)", ids).stream()
                .collect(Collectors.toMap(ThemeOfAgreement::id, ThemeOfAgreement::agreementId));
        List<Violation> violations = policy.checkMapping(successorId, successor.level() == AgreementLevel.NATIONAL
                ? successor.predecessorId() : null, themeAgreement, pairs);
        RuleViolatedException.refuseIfAny(violations);
        List<ThemeSuccessionView> before = mappingOf(successorId);
        update("DELETE FROM agreements.theme_succession ts USING agreements.core_theme t WHERE t.id = ts.from_theme_id"
                + " AND t.agreement_id = ?", successor.predecessorId());
        for (Map.Entry<Long, Long> pair : pairs) {
            update("INSERT INTO agreements.theme_succession (from_theme_id, to_theme_id) VALUES (?, ?)", pair.getKey(), pair.getValue());
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
                agreementId, successorId);
        List<Violation> violations = policy.checkCarryOver(new SuccessionPolicy.CarryOverFacts(agreementId, source.level(),
                source.status(), source.nationalId(), successorId, successor.level(), successor.status(), successor.predecessorId(),
                firstYear, lastYear, already));
        RuleViolatedException.refuseIfAny(violations);
        long newId = single("""
                INSERT INTO agreements.agreement (level, title, owner_id, parent_id, national_id, first_year, last_year, status,
                                                  carried_from_id, iza_region_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?) RETURNING id""",
                source.level(), source.title(), source.ownerId(), parent.id(), successorId, firstYear, lastYear, agreementId,
                source.izaRegionId());

        List<CopiedAdoption> adoptions = new ArrayList<>();
        List<NotCarried> notCarried = new ArrayList<>();
        Map<Long, Long> newAdoptionOfTheme = new HashMap<>();
        Map<Long, Long> adoptionMap = new LinkedHashMap<>();
        for (AdoptionRow adoption : rows.list(AdoptionRow.class, """
                SELECT ad.id, t.code, t.name, ad.deviation, ad.ambition, ad.justification, nt.id AS to_theme, nt.code AS to_code
                FROM agreements.theme_adoption ad
                JOIN agreements.core_theme t ON t.id = ad.core_theme_id
                LEFT JOIN agreements.theme_succession ts ON ts.from_theme_id = ad.core_theme_id
                LEFT JOIN agreements.core_theme nt ON nt.id = ts.to_theme_id AND nt.agreement_id = ?
                WHERE ad.agreement_id = ? ORDER BY t.code, ad.id""", successorId, agreementId)) {
            long adoptionId = adoption.id();
            Long toTheme = adoption.toTheme();
            if (toTheme == null) {
                notCarried.add(new NotCarried("NO_MATCHING_THEME", adoptionId, adoption.code(), adoption.name(), null, null));
                continue;
            }
            Long existing = newAdoptionOfTheme.get(toTheme);
            long newAdoption = existing != null ? existing : single("""
                    INSERT INTO agreements.theme_adoption (agreement_id, core_theme_id, deviation, ambition, justification, carried_from_id)
                    VALUES (?, ?, ?, ?, ?, ?) RETURNING id""", newId, toTheme, adoption.deviation(), adoption.ambition(),
                    adoption.justification(), adoptionId);
            newAdoptionOfTheme.put(toTheme, newAdoption);
            adoptionMap.put(adoptionId, newAdoption);
            adoptions.add(new CopiedAdoption(adoptionId, newAdoption, adoption.code(), adoption.toCode()));
        }
        // The commitments under an unmatched theme are listed with it.
        List<CopiedCommitment> commitments = new ArrayList<>();
        Map<Long, Long> commitmentMap = new LinkedHashMap<>();
        for (CommitmentRow commitment : rows.list(CommitmentRow.class, """
                SELECT c.id, c.adoption_id, c.title, c.first_year, c.last_year, t.code, t.name
                FROM agreements.commitment c
                JOIN agreements.theme_adoption ad ON ad.id = c.adoption_id
                JOIN agreements.core_theme t ON t.id = ad.core_theme_id
                WHERE c.agreement_id = ? ORDER BY c.id""", agreementId)) {
            long id = commitment.id();
            Long newAdoption = adoptionMap.get(commitment.adoptionId());
            int first = Math.max(commitment.firstYear(), firstYear);
            int last = Math.min(commitment.lastYear(), lastYear);
            String reason = newAdoption == null ? "NO_MATCHING_THEME" : first > last ? "ENDED_BEFORE_SUCCESSOR" : null;
            if (reason != null) {
                notCarried.add(new NotCarried(reason, commitment.adoptionId(), commitment.code(), commitment.name(), id, commitment.title()));
                continue;
            }
            long newCommitment = single("""
                    INSERT INTO agreements.commitment (agreement_id, adoption_id, title, description, target_groups, living_environment,
                        prevention_level, responsible_organisation_id, first_year, last_year, carried_from_id)
                    SELECT ?, ?, title, description, target_groups, living_environment, prevention_level, responsible_organisation_id,
                           ?, ?, id FROM agreements.commitment WHERE id = ? RETURNING id""",
                    newId, newAdoption, first, last, id);
            commitmentMap.put(id, newCommitment);
            commitments.add(new CopiedCommitment(id, newCommitment, commitment.title(), first, last));
        }
        // The parties (signatories, executors, funders) come along: the draft is signed by the same
        // organisations unless its owner changes them first.
        update("INSERT INTO agreements.party (agreement_id, organisation_id, role) "
                + "SELECT ?, organisation_id, role FROM agreements.party WHERE agreement_id = ? ORDER BY id", newId, agreementId);
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
                    successor.id(), owner.ggdRegionId());
            if (regional != null) {
                return queries.find(regional).orElseThrow();
            }
        }
        return successor;
    }

    private List<ThemeSuccessionView> mappingOf(long successorId) {
        return rows.list(ThemeSuccessionView.class, """
                SELECT f.id AS from_theme_id, f.code AS from_code, f.name AS from_name, t.id AS to_theme_id, t.code AS to_code, t.name AS to_name
                FROM agreements.theme_succession ts
                JOIN agreements.core_theme f ON f.id = ts.from_theme_id
                JOIN agreements.core_theme t ON t.id = ts.to_theme_id
                WHERE t.agreement_id = ? ORDER BY f.code""", successorId);
    }

    private Long single(String sql, Object... params) {
        return rows.value(Long.class, sql, params).orElse(null);
    }

    private void update(String sql, Object... params) {
        rows.update(sql, params);
    }
}
