package nl.akkoordmonitor.notifications.internal.reminder;

import nl.akkoordmonitor.agreements.Scope;
import nl.akkoordmonitor.notifications.internal.PagePaths;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.agreements.AgreementSummary;
import nl.akkoordmonitor.agreements.Agreements;
import nl.akkoordmonitor.milestones.EvaluationReporting;
import nl.akkoordmonitor.milestones.EvaluationRow;
import nl.akkoordmonitor.milestones.EvaluationStatus;
import nl.akkoordmonitor.milestones.MilestoneReporting;
import nl.akkoordmonitor.milestones.MilestoneRow;
import nl.akkoordmonitor.notifications.internal.Texts;
import nl.akkoordmonitor.notifications.internal.calendar.Calendars;
import nl.akkoordmonitor.notifications.internal.calendar.NationalDate;
import nl.akkoordmonitor.notifications.internal.calendar.NationalDates;
import nl.akkoordmonitor.notifications.internal.inbox.Audience;
import nl.akkoordmonitor.notifications.internal.inbox.Message;
import nl.akkoordmonitor.notifications.internal.inbox.NotificationKind;
import nl.akkoordmonitor.platform.security.Role;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The dates of the whole country that someone must be reminded of now, each with whom to remind,
 * gathered from the other modules' APIs in a few queries.
 */
@Singleton
class Deadlines {

    private final EvaluationReporting evaluations;
    private final MilestoneReporting milestones;
    private final Agreements agreements;
    private final NationalDates nationalDates;
    private final Audience audience;
    private final ReminderSettings settings;

    Deadlines(EvaluationReporting evaluations, MilestoneReporting milestones, Agreements agreements, NationalDates nationalDates,
              Audience audience, ReminderSettings settings) {
        this.evaluations = evaluations;
        this.milestones = milestones;
        this.agreements = agreements;
        this.nationalDates = nationalDates;
        this.audience = audience;
        this.settings = settings;
    }

    /** The deadlines within reach of a reminder step, from today. */
    List<Deadline> upcoming(LocalDate today) {
        List<Deadline> found = new ArrayList<>();
        List<Integer> steps = settings.getReminderDays();
        LocalDate horizon = today.plusDays(ReminderPolicy.largest(steps));
        evaluationDeadlines(today, horizon, steps, found);
        sisa(today, horizon, steps, found);
        for (NationalDate date : nationalDates.between(today, horizon)) {
            List<Role> roles = switch (date.audience()) {
                case EVERYONE -> List.of(Role.VWS, Role.GGD, Role.MUNICIPALITY);
                case GGD -> List.of(Role.GGD);
                case MUNICIPALITY -> List.of(Role.MUNICIPALITY);
            };
            String extra = date.description() == null ? "" : " " + date.description();
            found.add(new Deadline("date:" + date.id(), date.date(), steps, () -> audience.withRoles(roles),
                    days -> new Message(NotificationKind.DEADLINE_REMINDER,
                            Texts.text("date.subject", date.title(), Texts.date(date.date())),
                            Texts.text("date.body", date.title(), Texts.date(date.date()), days, extra), PagePaths.calendar())));
        }
        milestones(today, found);
        return found;
    }

    /** Agreements whose evaluation of a year is due soon and not yet submitted (none, a draft, or returned). */
    private void evaluationDeadlines(LocalDate today, LocalDate horizon, List<Integer> steps, List<Deadline> found) {
        for (int year = today.getYear() - 2; year <= today.getYear(); year++) {
            LocalDate deadline = evaluations.deadline(year);
            if (deadline.isBefore(today) || deadline.isAfter(horizon)) {
                continue;
            }
            int evaluated = year;
            for (EvaluationRow row : evaluations.rows(Scope.national(), year, null)) {
                if (row.status() == EvaluationStatus.SUBMITTED || row.status() == EvaluationStatus.ACCEPTED) {
                    continue;
                }
                found.add(new Deadline("evaluation:" + row.agreementId() + ":" + evaluated, deadline, steps,
                        () -> audience.owner(row.ownerId()),
                        days -> new Message(NotificationKind.DEADLINE_REMINDER,
                                Texts.text("evaluationDeadline.subject", evaluated, Texts.date(deadline)),
                                Texts.text("evaluationDeadline.body", evaluated, Texts.date(deadline), row.agreementTitle(), days),
                                PagePaths.evaluations(evaluated))));
            }
        }
    }

    private void sisa(LocalDate today, LocalDate horizon, List<Integer> steps, List<Deadline> found) {
        for (int year = today.getYear(); year <= horizon.getYear(); year++) {
            LocalDate date = Calendars.sisaDeadline(year - 1);
            if (date.isBefore(today) || date.isAfter(horizon)) {
                continue;
            }
            int accounted = year - 1;
            found.add(new Deadline("sisa:" + accounted, date, steps, () -> audience.withRoles(List.of(Role.MUNICIPALITY)),
                    days -> new Message(NotificationKind.DEADLINE_REMINDER,
                            Texts.text("sisa.subject", accounted, Texts.date(date)),
                            Texts.text("sisa.body", accounted, Texts.date(date), days), PagePaths.calendar())));
        }
    }

    /** Open milestones due within the milestone step, and those that became overdue within the window. */
    private void milestones(LocalDate today, List<Deadline> found) {
        List<Integer> steps = settings.getMilestoneReminderDays();
        LocalDate from = today.minusDays(settings.getOverdueWindowDays());
        LocalDate to = today.plusDays(ReminderPolicy.largest(steps));
        List<MilestoneRow> rows = new ArrayList<>();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            milestones.forEachMilestone(Scope.national(), year, row -> {
                if (row.open() && !row.dueDate().isBefore(from) && !row.dueDate().isAfter(to)) {
                    rows.add(row);
                }
            });
        }
        Map<Long, AgreementSummary> agreementsById = agreements.findAll(rows.stream().map(MilestoneRow::agreementId).distinct().toList())
                .stream().collect(Collectors.toMap(AgreementSummary::id, Function.identity()));
        for (MilestoneRow row : rows) {
            String agreement = agreementsById.containsKey(row.agreementId()) ? agreementsById.get(row.agreementId()).title() : "";
            String link = PagePaths.milestone(row.id());
            if (row.dueDate().isBefore(today)) {
                // Overdue: one reminder, as a step of -1 days.
                found.add(new Deadline("milestone:" + row.id(), row.dueDate(), List.of(), () -> audience.owner(row.ownerOrganisationId()),
                        days -> new Message(NotificationKind.MILESTONE_OVERDUE,
                                Texts.text("milestone.overdue.subject", row.title()),
                                Texts.text("milestone.overdue.body", row.title(), agreement, Texts.date(row.dueDate())), link)));
            } else {
                found.add(new Deadline("milestone:" + row.id(), row.dueDate(), steps, () -> audience.owner(row.ownerOrganisationId()),
                        days -> new Message(NotificationKind.MILESTONE_DUE,
                                Texts.text("milestone.due.subject", days, row.title()),
                                Texts.text("milestone.due.body", days, row.title(), agreement, Texts.date(row.dueDate())), link)));
            }
        }
    }
}
