package nl.akkoordmonitor.milestones.internal.evaluation;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.agreements.AdoptedTheme;
import nl.akkoordmonitor.agreements.AgreementAccess;
import nl.akkoordmonitor.agreements.AgreementLevel;
import nl.akkoordmonitor.agreements.AgreementStatus;
import nl.akkoordmonitor.agreements.AgreementSummary;
import nl.akkoordmonitor.agreements.AgreementYearClosed;
import nl.akkoordmonitor.agreements.Agreements;
import nl.akkoordmonitor.milestones.EvaluationStatus;
import nl.akkoordmonitor.milestones.EvaluationStatusChanged;
import nl.akkoordmonitor.milestones.internal.evaluation.EvaluationRecords.EditRequest;
import nl.akkoordmonitor.milestones.internal.evaluation.EvaluationRecords.EvaluationView;
import nl.akkoordmonitor.milestones.internal.evaluation.EvaluationRecords.ThemeInput;
import nl.akkoordmonitor.milestones.internal.evaluation.EvaluationRecords.ThemeView;
import nl.akkoordmonitor.milestones.internal.evaluation.EvaluationRecords.TransitionRequest;
import nl.akkoordmonitor.milestones.internal.evaluation.EvaluationRecords.TransitionView;
import nl.akkoordmonitor.milestones.internal.evaluation.EvaluationWorkflowPolicy.Action;
import nl.akkoordmonitor.milestones.internal.evaluation.EvaluationWorkflowPolicy.ThemePart;
import nl.akkoordmonitor.platform.audit.AuditEntry;
import nl.akkoordmonitor.platform.audit.AuditLog;
import nl.akkoordmonitor.platform.message.Message;
import nl.akkoordmonitor.platform.problem.ConflictException;
import nl.akkoordmonitor.platform.problem.ForbiddenException;
import nl.akkoordmonitor.platform.problem.NotFoundException;
import nl.akkoordmonitor.platform.problem.RuleViolatedException;
import nl.akkoordmonitor.platform.problem.Violation;
import nl.akkoordmonitor.platform.security.Actor;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import static nl.akkoordmonitor.platform.text.Texts.blankToNull;

/**
 * The yearly evaluation of an agreement: the owner writes and submits it, the owner of the parent
 * agreement returns or accepts it (VWS reviews the national one itself). Every step is kept.
 */
@Singleton
class EvaluationService {

    private final ApplicationEventPublisher<AgreementYearClosed> yearClosings;
    private final EvaluationRepositories.Evaluations evaluations;
    private final EvaluationRepositories.Themes themes;
    private final EvaluationRepositories.Transitions transitions;
    private final Agreements agreements;
    private final AgreementAccess access;
    private final EvaluationWorkflowPolicy workflow;
    private final EvaluationDeadlines deadlines;
    private final AuditLog auditLog;
    private final Clock clock;
    private final ApplicationEventPublisher<EvaluationStatusChanged> statusChanges;

    EvaluationService(EvaluationRepositories.Evaluations evaluations, EvaluationRepositories.Themes themes,
                      EvaluationRepositories.Transitions transitions, Agreements agreements, AgreementAccess access,
                      EvaluationWorkflowPolicy workflow, EvaluationDeadlines deadlines, AuditLog auditLog, Clock clock,
                      ApplicationEventPublisher<AgreementYearClosed> yearClosings,
                      ApplicationEventPublisher<EvaluationStatusChanged> statusChanges) {
        this.statusChanges = statusChanges;
        this.evaluations = evaluations;
        this.themes = themes;
        this.transitions = transitions;
        this.agreements = agreements;
        this.access = access;
        this.workflow = workflow;
        this.deadlines = deadlines;
        this.auditLog = auditLog;
        this.clock = clock;
        this.yearClosings = yearClosings;
    }

    /** Starts the year's evaluation as a draft with a part for every adopted theme. */
    @Transactional
    EvaluationView open(Actor actor, long agreementId, int year) {
        AgreementSummary agreement = access.editable(actor, agreementId);
        List<Violation> violations = new ArrayList<>();
        if (agreement.status() == AgreementStatus.DRAFT) {
            violations.add(Violation.of(Message.of("AGREEMENT_NOT_SIGNED", agreementId)));
        }
        if (!agreement.covers(year)) {
            violations.add(Violation.at("/year", Message.of("YEAR_OUTSIDE_PERIOD", agreement.firstYear(), agreement.lastYear(), year)));
        }
        RuleViolatedException.refuseIfAny(violations);
        if (evaluations.findByAgreementIdAndYear(agreementId, year).isPresent()) {
            throw new ConflictException(Message.of("EVALUATION_EXISTS", year, agreementId));
        }
        long reviewer = agreement.level() == AgreementLevel.NATIONAL || agreement.parentOwnerId() == null
                ? agreement.ownerId() : agreement.parentOwnerId();
        EvaluationEntity saved = evaluations.save(new EvaluationEntity(null, agreementId, year, agreement.level(), agreement.ownerId(),
                reviewer, agreement.ggdRegionId(), EvaluationStatus.DRAFT, null, null, null, null, null, null, null));
        addMissingThemes(saved, List.of());
        transitions.save(new EvaluationTransitionEntity(null, saved.id(), null, EvaluationStatus.DRAFT, actor.userId(),
                actor.username(), actor.organisationId(), null, clock.instant()));
        auditLog.record(actor, AuditEntry.of("evaluation", saved.id(), "CREATE").values(null, saved)
                .organisation(agreement.ownerId()).agreement(agreementId));
        return view(saved);
    }

    List<EvaluationView> ofAgreement(Actor actor, long agreementId) {
        AgreementSummary agreement = access.readable(actor, agreementId);
        if (!access.mayReadInside(actor, agreement)) {
            throw new ForbiddenException(Message.of("EVALUATION_NOT_YOURS"));
        }
        List<EvaluationEntity> found = evaluations.findByAgreementIdOrderByYear(agreementId);
        if (found.isEmpty()) {
            return List.of();
        }
        // Two queries for all years' themes and histories instead of two per evaluation.
        List<Long> ids = found.stream().map(EvaluationEntity::id).toList();
        Map<Long, List<ThemeView>> themesOf = themes.findByEvaluationIdInList(ids).stream()
                .sorted(Comparator.comparing(EvaluationThemeEntity::coreThemeCode))
                .collect(Collectors.groupingBy(EvaluationThemeEntity::evaluationId, Collectors.mapping(ThemeView::of, Collectors.toList())));
        Map<Long, List<TransitionView>> historyOf = transitions.findByEvaluationIdInList(ids).stream()
                .sorted(Comparator.comparing(EvaluationTransitionEntity::occurredAt).thenComparing(EvaluationTransitionEntity::id))
                .collect(Collectors.groupingBy(EvaluationTransitionEntity::evaluationId, Collectors.mapping(TransitionView::of, Collectors.toList())));
        List<AdoptedTheme> adopted = agreements.adoptedThemes(agreementId);
        return found.stream().map(e -> view(e, themesOf.getOrDefault(e.id(), List.of()), historyOf.getOrDefault(e.id(), List.of()), adopted))
                .toList();
    }

    EvaluationView get(Actor actor, long id) {
        EvaluationEntity evaluation = find(id);
        AgreementSummary agreement = readableAgreement(actor, evaluation);
        if (!access.mayReadInside(actor, agreement)) {
            throw new NotFoundException(Message.of("EVALUATION_NOT_FOUND", id));
        }
        return view(evaluation);
    }

    @Transactional
    EvaluationView edit(Actor actor, long id, EditRequest request) {
        EvaluationEntity before = find(id);
        AgreementSummary agreement = access.editable(actor, before.agreementId());
        refuseUnless(workflow.transition(before.status(), Action.EDIT));
        checkVersion(before, request.version());
        List<EvaluationThemeEntity> current = addMissingThemes(before, themes.findByEvaluationIdOrderByCoreThemeCode(id));
        Map<String, EvaluationThemeEntity> byCode = current.stream()
                .collect(Collectors.toMap(EvaluationThemeEntity::coreThemeCode, Function.identity()));
        List<Violation> unknown = new ArrayList<>();
        List<EvaluationThemeEntity> changed = new ArrayList<>();
        for (ThemeInput input : request.themes() == null ? List.<ThemeInput>of() : request.themes()) {
            EvaluationThemeEntity part = byCode.get(input.coreThemeCode().strip().toUpperCase());
            if (part == null) {
                unknown.add(Violation.at("/themes/" + request.themes().indexOf(input) + "/coreThemeCode",
                        Message.of("UNKNOWN_THEME", input.coreThemeCode(), List.copyOf(byCode.keySet()))));
                continue;
            }
            changed.add(new EvaluationThemeEntity(part.id(), id, part.coreThemeId(), part.coreThemeCode(), part.coreThemeName(),
                    input.rating(), blankToNull(input.findings()), blankToNull(input.lessons()), blankToNull(input.steeringActions())));
        }
        if (!unknown.isEmpty()) {
            throw new RuleViolatedException(unknown);
        }
        themes.updateAll(changed);
        EvaluationEntity after = evaluations.update(before.withConclusion(blankToNull(request.generalConclusion()), request.version()));
        List<ThemeView> beforeThemes = current.stream().map(ThemeView::of).toList();
        auditLog.record(actor, AuditEntry.of("evaluation", id, "UPDATE")
                .values(Map.of("evaluation", before, "themes", beforeThemes), Map.of("evaluation", after, "themes", changed.stream().map(ThemeView::of).toList()))
                .organisation(agreement.ownerId()).agreement(agreement.id()));
        return view(after);
    }

    @Transactional
    EvaluationView submit(Actor actor, long id, TransitionRequest request) {
        EvaluationEntity before = find(id);
        access.editable(actor, before.agreementId());
        refuseUnless(workflow.transition(before.status(), Action.SUBMIT));
        checkVersion(before, request.version());
        List<ThemePart> parts = addMissingThemes(before, themes.findByEvaluationIdOrderByCoreThemeCode(id)).stream()
                .map(t -> new ThemePart(t.coreThemeCode(), t.rating(), t.findings(), t.lessons(), t.steeringActions()))
                .toList();
        List<Violation> violations = workflow.submission(before.generalConclusion(), parts);
        RuleViolatedException.refuseIfAny(violations);
        Instant now = clock.instant();
        return transition(actor, before, evaluations.update(before.submitted(now, LocalDate.now(clock), request.version())),
                "SUBMIT", request.reason());
    }

    @Transactional
    EvaluationView returnToOwner(Actor actor, long id, TransitionRequest request) {
        EvaluationEntity before = find(id);
        access.reviewable(actor, before.agreementId());
        refuseUnless(workflow.transition(before.status(), Action.RETURN));
        List<Violation> violations = workflow.returning(request.reason());
        if (!violations.isEmpty()) {
            throw new RuleViolatedException(violations.get(0));
        }
        checkVersion(before, request.version());
        return transition(actor, before, evaluations.update(before.returned(clock.instant(), request.version())), "RETURN",
                request.reason().strip());
    }

    @Transactional
    EvaluationView accept(Actor actor, long id, TransitionRequest request) {
        EvaluationEntity before = find(id);
        access.reviewable(actor, before.agreementId());
        refuseUnless(workflow.transition(before.status(), Action.ACCEPT));
        checkVersion(before, request.version());
        EvaluationView accepted = transition(actor, before, evaluations.update(before.accepted(clock.instant(), request.version())), "ACCEPT",
                blankToNull(request.reason()));
        yearClosings.publishEvent(new AgreementYearClosed(before.agreementId(), before.ownerOrganisationId(), before.year(), true));
        return accepted;
    }

    /** The reviewer opens a closed year again, with a reason; the evaluation goes back to draft. */
    @Transactional
    EvaluationView reopen(Actor actor, long id, TransitionRequest request) {
        EvaluationEntity before = find(id);
        access.reviewable(actor, before.agreementId());
        refuseUnless(workflow.transition(before.status(), Action.REOPEN));
        List<Violation> violations = workflow.reopening(request.reason());
        if (!violations.isEmpty()) {
            throw new RuleViolatedException(violations.get(0));
        }
        checkVersion(before, request.version());
        EvaluationView reopened = transition(actor, before, evaluations.update(before.reopened(request.version())), "REOPEN",
                request.reason().strip());
        yearClosings.publishEvent(new AgreementYearClosed(before.agreementId(), before.ownerOrganisationId(), before.year(), false));
        return reopened;
    }

    /**
     * Gives the evaluation a part for every theme the agreement adopts now. An agreement can adopt a
     * theme after signing (with a reason), and its evaluation must then cover that theme too.
     */
    private List<EvaluationThemeEntity> addMissingThemes(EvaluationEntity evaluation, List<EvaluationThemeEntity> current) {
        List<EvaluationThemeEntity> missing = agreements.adoptedThemes(evaluation.agreementId()).stream()
                .filter(t -> !t.deviation())
                .filter(t -> current.stream().noneMatch(part -> part.coreThemeId() == t.coreThemeId()))
                .map(t -> new EvaluationThemeEntity(null, evaluation.id(), t.coreThemeId(), t.code(), t.name(), null, null, null, null))
                .toList();
        if (missing.isEmpty()) {
            return current;
        }
        List<EvaluationThemeEntity> all = new ArrayList<>(current);
        themes.saveAll(missing).forEach(all::add);
        all.sort(Comparator.comparing(EvaluationThemeEntity::coreThemeCode));
        return all;
    }

    private EvaluationView transition(Actor actor, EvaluationEntity before, EvaluationEntity after, String action, String reason) {
        transitions.save(new EvaluationTransitionEntity(null, after.id(), before.status(), after.status(), actor.userId(),
                actor.username(), actor.organisationId(), reason, clock.instant()));
        auditLog.record(actor, AuditEntry.of("evaluation", after.id(), action).values(before, after).reason(reason)
                .organisation(after.ownerOrganisationId()).agreement(after.agreementId()));
        statusChanges.publishEvent(new EvaluationStatusChanged(after.id(), after.agreementId(), after.year(),
                after.ownerOrganisationId(), after.reviewerOrganisationId(), after.ggdRegionId(), before.status(), after.status(), reason));
        return view(after);
    }

    private AgreementSummary readableAgreement(Actor actor, EvaluationEntity evaluation) {
        try {
            return access.readable(actor, evaluation.agreementId());
        } catch (NotFoundException hidden) {
            throw new NotFoundException(Message.of("EVALUATION_NOT_FOUND", evaluation.id()));
        }
    }

    private EvaluationEntity find(long id) {
        return evaluations.findById(id).orElseThrow(() -> new NotFoundException(Message.of("EVALUATION_NOT_FOUND", id)));
    }

    private static void refuseUnless(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new ConflictException(violations.get(0));
        }
    }

    private static void checkVersion(EvaluationEntity current, long version) {
        if (!Objects.equals(current.version(), version)) {
            throw new ConflictException(Message.of("STALE_VERSION.evaluation", current.version(), version));
        }
    }

    private EvaluationView view(EvaluationEntity e) {
        return view(e, themes.findByEvaluationIdOrderByCoreThemeCode(e.id()).stream().map(ThemeView::of).toList(),
                transitions.history(e.id()).stream().map(TransitionView::of).toList(), agreements.adoptedThemes(e.agreementId()));
    }

    /**
     * While the owner can still edit, the evaluation shows every theme the agreement adopts now,
     * also one adopted after the evaluation started (unrated until the next edit stores it).
     */
    private EvaluationView view(EvaluationEntity e, List<ThemeView> stored, List<TransitionView> history, List<AdoptedTheme> adopted) {
        List<ThemeView> themeViews = stored;
        if (e.status() == EvaluationStatus.DRAFT || e.status() == EvaluationStatus.RETURNED) {
            List<ThemeView> all = new ArrayList<>(stored);
            adopted.stream().filter(t -> !t.deviation())
                    .filter(t -> stored.stream().noneMatch(v -> v.coreThemeId() == t.coreThemeId()))
                    .forEach(t -> all.add(new ThemeView(t.coreThemeId(), t.code(), t.name(), null, null, null, null)));
            all.sort(Comparator.comparing(ThemeView::coreThemeCode));
            themeViews = all;
        }
        LocalDate deadline = deadlines.deadline(e.year());
        return new EvaluationView(e.id(), e.agreementId(), e.year(), e.level(), e.ownerOrganisationId(), e.reviewerOrganisationId(),
                e.status(), e.generalConclusion(), deadline, e.firstSubmittedOn(),
                e.firstSubmittedOn() == null ? null : deadlines.onTime(e.firstSubmittedOn(), deadline),
                e.submittedAt(), e.returnedAt(), e.acceptedAt(), e.version(), themeViews, history);
    }
}
