package nl.akkoordmonitor.notifications.internal.inbox;

import nl.akkoordmonitor.notifications.internal.PagePaths;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.agreements.AgreementSummary;
import nl.akkoordmonitor.agreements.Agreements;
import nl.akkoordmonitor.agreements.DeviationRecorded;
import nl.akkoordmonitor.agreements.NationalFrameChanged;
import nl.akkoordmonitor.agreements.Organisation;
import nl.akkoordmonitor.agreements.Organisations;
import nl.akkoordmonitor.milestones.EvaluationStatusChanged;
import nl.akkoordmonitor.notifications.internal.Texts;

/**
 * Turns the other modules' events into notifications. The events are published inside the
 * transaction that makes the change, and so the notifications and their mails are stored with it.
 */
@Singleton
class ChangeNotices {

    private final Agreements agreements;
    private final Organisations organisations;
    private final Audience audience;
    private final Notifier notifier;

    ChangeNotices(Agreements agreements, Organisations organisations, Audience audience, Notifier notifier) {
        this.agreements = agreements;
        this.organisations = organisations;
        this.audience = audience;
        this.notifier = notifier;
    }

    @EventListener
    void evaluationChanged(EvaluationStatusChanged change) {
        AgreementSummary agreement = agreements.get(change.agreementId());
        // The reviewers open it to review it, the owner to see the verdict.
        String link = PagePaths.evaluation(change.evaluationId());
        switch (change.to()) {
            case SUBMITTED -> notifier.notify(audience.evaluationReviewers(change.reviewerOrganisationId(), agreement),
                    NotificationKind.EVALUATION_SUBMITTED,
                    Texts.text("evaluation.submitted.subject", change.year(), agreement.ownerName()),
                    Texts.text("evaluation.submitted.body", change.year(), agreement.ownerName(), agreement.title()),
                    PagePaths.review(change.evaluationId()));
            case RETURNED -> {
                String reviewer = name(change.reviewerOrganisationId());
                String reason = change.reason() == null ? "" : change.reason().strip();
                notifier.notify(audience.owner(change.ownerOrganisationId()), NotificationKind.EVALUATION_RETURNED,
                        Texts.text("evaluation.returned.subject", change.year(), reviewer),
                        Texts.text("evaluation.returned.body", change.year(), reviewer, agreement.title(),
                                reason.endsWith(".") ? reason : reason + "."), link);
            }
            case ACCEPTED -> {
                String reviewer = name(change.reviewerOrganisationId());
                notifier.notify(audience.owner(change.ownerOrganisationId()), NotificationKind.EVALUATION_ACCEPTED,
                        Texts.text("evaluation.accepted.subject", change.year(), reviewer),
                        Texts.text("evaluation.accepted.body", change.year(), reviewer, agreement.title()), link);
            }
            default -> {
                // A new draft is nobody else's business yet.
            }
        }
    }

    @EventListener
    void deviationRecorded(DeviationRecorded deviation) {
        AgreementSummary agreement = agreements.get(deviation.agreementId());
        notifier.notify(audience.reviewers(agreement), NotificationKind.DEVIATION_RECORDED,
                Texts.text("deviation.subject", agreement.ownerName(), deviation.themeCode()),
                Texts.text("deviation.body", agreement.ownerName(), deviation.themeCode(), agreement.title(), deviation.themeName()),
                PagePaths.agreement(agreement.id()));
    }

    @EventListener
    void frameChanged(NationalFrameChanged change) {
        AgreementSummary national = agreements.get(change.nationalAgreementId());
        notifier.notify(audience.frame(national), NotificationKind.NATIONAL_FRAME_CHANGED,
                Texts.text(change.added() ? "frame.added.subject" : "frame.changed.subject", change.themeCode()),
                Texts.text("frame.body", change.themeCode(), change.themeName(), national.title(),
                        Texts.text(change.added() ? "frame.added" : "frame.changed"),
                        Texts.text(change.binding() ? "frame.binding" : "frame.optional")),
                PagePaths.agreement(national.id()));
    }

    private String name(long organisationId) {
        return organisations.find(organisationId).map(Organisation::name).orElse("");
    }
}
