package nl.akkoordmonitor.agreements.internal.theme;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.agreements.AgreementLevel;
import nl.akkoordmonitor.agreements.DeviationRecorded;
import nl.akkoordmonitor.agreements.NationalFrameChanged;
import nl.akkoordmonitor.agreements.internal.agreement.AgreementAccessService;
import nl.akkoordmonitor.agreements.internal.agreement.AgreementView;
import nl.akkoordmonitor.agreements.internal.agreement.Changes;
import nl.akkoordmonitor.platform.audit.AuditEntry;
import nl.akkoordmonitor.platform.audit.AuditLog;
import nl.akkoordmonitor.platform.message.Message;
import nl.akkoordmonitor.platform.problem.ConflictException;
import nl.akkoordmonitor.platform.problem.NotFoundException;
import nl.akkoordmonitor.platform.problem.RuleViolatedException;
import nl.akkoordmonitor.platform.problem.Violation;
import nl.akkoordmonitor.platform.security.Actor;
import nl.akkoordmonitor.platform.sql.Rows;

import java.util.ArrayList;
import java.util.List;

import static nl.akkoordmonitor.platform.text.Texts.blankToNull;

/** The core themes of a national agreement, and how regional and local agreements adopt them. */
@Singleton
class ThemeService {

    private static final String ADOPTIONS = """
            SELECT ad.id, ad.agreement_id, ad.core_theme_id, t.code, t.name, t.binding, ad.deviation, ad.ambition,
                   ad.justification, ad.version,
                   (SELECT count(*) FROM agreements.commitment c WHERE c.adoption_id = ad.id) AS commitments
            FROM agreements.theme_adoption ad JOIN agreements.core_theme t ON t.id = ad.core_theme_id
            """;

    private final CoreThemeRepository themes;
    private final ThemeAdoptionRepository adoptions;
    private final AgreementAccessService access;
    private final Rows rows;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher<NationalFrameChanged> frameChanges;
    private final ApplicationEventPublisher<DeviationRecorded> deviations;

    ThemeService(CoreThemeRepository themes, ThemeAdoptionRepository adoptions, AgreementAccessService access,
                 Rows rows, AuditLog auditLog, ApplicationEventPublisher<NationalFrameChanged> frameChanges,
                 ApplicationEventPublisher<DeviationRecorded> deviations) {
        this.frameChanges = frameChanges;
        this.deviations = deviations;
        this.themes = themes;
        this.adoptions = adoptions;
        this.access = access;
        this.rows = rows;
        this.auditLog = auditLog;
    }

    @Transactional
    CoreThemeEntity addCoreTheme(Actor actor, long agreementId, ThemeRecords.CreateCoreThemeRequest request) {
        AgreementView agreement = access.editableView(actor, agreementId);
        String reason = Changes.requireChangeable(agreement.toSummary(), request.reason());
        if (agreement.level() != AgreementLevel.NATIONAL) {
            throw new RuleViolatedException(Violation.at("agreementId", Message.of("CORE_THEMES_ON_NATIONAL", agreementId, agreement.level())));
        }
        String code = request.code().strip().toUpperCase();
        if (themes.findByAgreementIdAndCode(agreementId, code).isPresent()) {
            throw new ConflictException(Message.of("THEME_CODE_UNIQUE", agreementId, code));
        }
        CoreThemeEntity saved = themes.save(new CoreThemeEntity(null, agreementId, code, request.name().strip(),
                blankToNull(request.description()), request.binding(), null, null));
        audit(actor, agreement, "core_theme", saved.id(), "CREATE", null, saved, reason);
        frameChanges.publishEvent(new NationalFrameChanged(agreementId, saved.id(), saved.code(), saved.name(), saved.binding(), true));
        return saved;
    }

    @Transactional
    CoreThemeEntity updateCoreTheme(Actor actor, long agreementId, long themeId, ThemeRecords.UpdateCoreThemeRequest request) {
        AgreementView agreement = access.editableView(actor, agreementId);
        CoreThemeEntity before = themes.findById(themeId).filter(t -> t.agreementId() == agreementId)
                .orElseThrow(() -> new NotFoundException(Message.of("CORE_THEME_NOT_FOUND", themeId)));
        String reason = Changes.requireChangeable(agreement.toSummary(), request.reason());
        CoreThemeEntity after = themes.update(new CoreThemeEntity(themeId, agreementId, before.code(), request.name().strip(),
                blankToNull(request.description()), request.binding(), request.version(), before.createdAt()));
        audit(actor, agreement, "core_theme", themeId, "UPDATE", before, after, reason);
        frameChanges.publishEvent(new NationalFrameChanged(agreementId, themeId, after.code(), after.name(), after.binding(), false));
        return after;
    }

    @Transactional
    List<CoreThemeEntity> coreThemes(Actor actor, long agreementId) {
        AgreementView agreement = access.readableView(actor, agreementId);
        return themes.findByAgreementIdOrderByCode(agreement.nationalId());
    }

    @Transactional
    ThemeRecords.AdoptionView adopt(Actor actor, long agreementId, ThemeRecords.AdoptionRequest request) {
        AgreementView agreement = access.editableView(actor, agreementId);
        String reason = Changes.requireChangeable(agreement.toSummary(), request.reason());
        if (agreement.level() == AgreementLevel.NATIONAL) {
            throw new RuleViolatedException(Violation.at("agreementId", Message.of("ADOPTION_ON_CHILD")));
        }
        CoreThemeEntity theme = themeOfFrame(agreement, request.coreThemeId());
        checkAdoption(theme, request.isDeviation(), request.ambition(), request.justification());
        if (adoptions.findByAgreementIdAndCoreThemeId(agreementId, theme.id()).isPresent()) {
            throw new ConflictException(Message.of("THEME_ADOPTED_ONCE", agreementId, theme.code()));
        }
        ThemeAdoptionEntity saved = adoptions.save(new ThemeAdoptionEntity(null, agreementId, theme.id(), request.isDeviation(),
                request.isDeviation() ? null : request.ambition().strip(),
                request.isDeviation() ? request.justification().strip() : null, null, null));
        ThemeRecords.AdoptionView view = adoption(saved.id());
        audit(actor, agreement, "theme_adoption", saved.id(), request.isDeviation() ? "DEVIATE" : "ADOPT", null, view, reason);
        if (request.isDeviation()) {
            deviations.publishEvent(new DeviationRecorded(agreementId, theme.id(), theme.code(), theme.name()));
        }
        return view;
    }

    @Transactional
    ThemeRecords.AdoptionView updateAdoption(Actor actor, long agreementId, long adoptionId, ThemeRecords.UpdateAdoptionRequest request) {
        AgreementView agreement = access.editableView(actor, agreementId);
        ThemeAdoptionEntity entity = adoptions.findById(adoptionId).filter(a -> a.agreementId() == agreementId)
                .orElseThrow(() -> new NotFoundException(Message.of("THEME_ADOPTION_NOT_FOUND", adoptionId)));
        String reason = Changes.requireChangeable(agreement.toSummary(), request.reason());
        CoreThemeEntity theme = themes.findById(entity.coreThemeId()).orElseThrow();
        checkAdoption(theme, request.isDeviation(), request.ambition(), request.justification());
        ThemeRecords.AdoptionView before = adoption(adoptionId);
        if (request.isDeviation() && before.commitments() > 0) {
            throw new RuleViolatedException(Violation.at("/deviation", Message.of("DEVIATION_WITHOUT_COMMITMENTS", theme.code(), before.commitments())));
        }
        adoptions.update(new ThemeAdoptionEntity(adoptionId, agreementId, entity.coreThemeId(), request.isDeviation(),
                request.isDeviation() ? null : request.ambition().strip(),
                request.isDeviation() ? request.justification().strip() : null, request.version(), entity.createdAt()));
        ThemeRecords.AdoptionView after = adoption(adoptionId);
        audit(actor, agreement, "theme_adoption", adoptionId, "UPDATE", before, after, reason);
        if (after.deviation() && !before.deviation()) {
            deviations.publishEvent(new DeviationRecorded(agreementId, theme.id(), theme.code(), theme.name()));
        }
        return after;
    }

    @Transactional
    List<ThemeRecords.AdoptionView> adoptions(Actor actor, long agreementId) {
        access.readableView(actor, agreementId);
        return queryAdoptions(ADOPTIONS + " WHERE ad.agreement_id = ? ORDER BY t.code", agreementId);
    }

    private ThemeRecords.AdoptionView adoption(long adoptionId) {
        return queryAdoptions(ADOPTIONS + " WHERE ad.id = ?", adoptionId).get(0);
    }

    private CoreThemeEntity themeOfFrame(AgreementView agreement, long coreThemeId) {
        return themes.findById(coreThemeId).filter(t -> t.agreementId() == agreement.nationalId())
                .orElseThrow(() -> new RuleViolatedException(Violation.at("/coreThemeId", Message.of("THEME_IN_NATIONAL_FRAME", coreThemeId, agreement.nationalId()))));
    }

    private static void checkAdoption(CoreThemeEntity theme, boolean deviation, String ambition, String justification) {
        List<Violation> violations = new ArrayList<>();
        if (deviation) {
            if (!theme.binding()) {
                violations.add(Violation.at("/deviation", Message.of("DEVIATION_ONLY_FROM_BINDING", theme.code())));
            }
            if (justification == null || justification.isBlank()) {
                violations.add(Violation.at("/justification", Message.of("DEVIATION_NEEDS_JUSTIFICATION", theme.code())));
            }
            if (ambition != null && !ambition.isBlank()) {
                violations.add(Violation.at("/ambition", Message.of("DEVIATION_HAS_NO_AMBITION")));
            }
        } else {
            if (ambition == null || ambition.isBlank()) {
                violations.add(Violation.at("/ambition", Message.of("AMBITION_REQUIRED", theme.code())));
            }
            if (justification != null && !justification.isBlank()) {
                violations.add(Violation.at("/justification", Message.of("JUSTIFICATION_ONLY_FOR_DEVIATION")));
            }
        }
        RuleViolatedException.refuseIfAny(violations);
    }

    private List<ThemeRecords.AdoptionView> queryAdoptions(String sql, long id) {
        return rows.list(ThemeRecords.AdoptionView.class, sql, id);
    }

    private void audit(Actor actor, AgreementView agreement, String entity, long id, String action, Object before, Object after, String reason) {
        auditLog.record(actor, AuditEntry.of(entity, id, action).values(before, after)
                .organisation(agreement.ownerId()).agreement(agreement.id()).reason(reason));
    }
}
