package nl.akkoordmonitor.notifications.internal.calendar;

import nl.akkoordmonitor.agreements.Scope;
import nl.akkoordmonitor.notifications.internal.PagePaths;
import nl.akkoordmonitor.platform.message.Message;
import nl.akkoordmonitor.platform.problem.ForbiddenException;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.agreements.AgreementStatus;
import nl.akkoordmonitor.agreements.AgreementSummary;
import nl.akkoordmonitor.agreements.Agreements;
import nl.akkoordmonitor.agreements.Organisation;
import nl.akkoordmonitor.agreements.OrganisationType;
import nl.akkoordmonitor.agreements.Organisations;
import nl.akkoordmonitor.milestones.EvaluationReporting;
import nl.akkoordmonitor.milestones.MilestoneReporting;
import nl.akkoordmonitor.notifications.internal.Texts;
import nl.akkoordmonitor.platform.security.Actor;
import nl.akkoordmonitor.platform.security.Role;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The dates of an organisation in a year: the evaluation deadlines of its agreements, the due
 * dates of its open milestones, the SiSa date for a municipality, and the dates VWS added for it.
 * A user sees the calendar of their own organisation; a GGD region also those of its
 * municipalities; VWS every one.
 */
@Singleton
public class CalendarService {

    private final Agreements agreements;
    private final Organisations organisations;
    private final EvaluationReporting evaluations;
    private final MilestoneReporting milestones;
    private final NationalDates nationalDates;

    CalendarService(Agreements agreements, Organisations organisations, EvaluationReporting evaluations, MilestoneReporting milestones,
                    NationalDates nationalDates) {
        this.agreements = agreements;
        this.organisations = organisations;
        this.evaluations = evaluations;
        this.milestones = milestones;
        this.nationalDates = nationalDates;
    }

    /** The calendar the actor asks for; the actor's own organisation when none is named. */
    public List<CalendarEntry> calendar(Actor actor, @Nullable Long organisationId, int year) {
        Long chosen = organisationId != null ? organisationId : actor.organisationId();
        if (chosen == null) {
            // An administrator acts for no organisation: only the dates for everyone.
            return national(null, year, year);
        }
        Organisation organisation = organisations.get(chosen);
        if (!mayRead(actor, organisation)) {
            throw new ForbiddenException(Message.of(actor.role() == Role.GGD ? "CALENDAR_ORGANISATION_NOT_YOURS.region"
                    : "CALENDAR_ORGANISATION_NOT_YOURS"));
        }
        return entries(organisation, year, year);
    }

    /** The dates of an organisation from the first to the last year, for its users' feed. */
    public List<CalendarEntry> feed(@Nullable Long organisationId, int firstYear, int lastYear) {
        if (organisationId == null) {
            return national(null, firstYear, lastYear);
        }
        return organisations.find(organisationId).map(o -> entries(o, firstYear, lastYear)).orElse(List.of());
    }

    private static boolean mayRead(Actor actor, Organisation organisation) {
        return actor.isNational() || actor.actsFor(organisation.id())
                || (actor.role() == Role.GGD && actor.actsFor(organisation.ggdRegionId()));
    }

    private List<CalendarEntry> entries(Organisation organisation, int firstYear, int lastYear) {
        List<CalendarEntry> entries = new ArrayList<>();
        Scope scope = switch (organisation.type()) {
            case MUNICIPALITY -> Scope.municipality(organisation.id());
            case GGD_REGION -> Scope.region(organisation.id());
            default -> Scope.national();
        };
        List<AgreementSummary> own = agreements.agreementsIn(scope, null).stream()
                .filter(a -> a.ownerId() == organisation.id() && a.status() != AgreementStatus.DRAFT).toList();
        for (int evaluated = firstYear - 2; evaluated <= lastYear; evaluated++) {
            LocalDate deadline = evaluations.deadline(evaluated);
            if (deadline.getYear() < firstYear || deadline.getYear() > lastYear) {
                continue;
            }
            for (AgreementSummary agreement : own) {
                if (agreement.covers(evaluated)) {
                    entries.add(new CalendarEntry("evaluation-" + agreement.id() + "-" + evaluated, deadline,
                            CalendarEntry.Kind.EVALUATION_DEADLINE, Texts.text("calendar.evaluationDeadline", evaluated, agreement.title()),
                            null, PagePaths.evaluations(evaluated)));
                }
            }
        }
        for (int year = firstYear; year <= lastYear; year++) {
            milestones.forEachMilestone(scope, year, row -> {
                if (row.ownerOrganisationId() == organisation.id() && row.open()) {
                    entries.add(new CalendarEntry("milestone-" + row.id(), row.dueDate(), CalendarEntry.Kind.MILESTONE_DUE,
                            Texts.text("calendar.milestone", row.title()), row.coreThemeCode() + " " + row.coreThemeName(),
                            PagePaths.milestone(row.id())));
                }
            });
            if (organisation.type() == OrganisationType.MUNICIPALITY) {
                entries.add(new CalendarEntry("sisa-" + (year - 1), Calendars.sisaDeadline(year - 1), CalendarEntry.Kind.SISA_DEADLINE,
                        Texts.text("calendar.sisa", year - 1), Texts.text("calendar.sisa.description", year - 1), null));
            }
        }
        entries.addAll(national(organisation.type(), firstYear, lastYear));
        entries.sort(Comparator.comparing(CalendarEntry::date).thenComparing(CalendarEntry::uid));
        return entries;
    }

    /** The dates VWS added, for an organisation of this type; all of them when the type is null or the ministry. */
    private List<CalendarEntry> national(@Nullable OrganisationType type, int firstYear, int lastYear) {
        return nationalDates.between(LocalDate.of(firstYear, 1, 1), LocalDate.of(lastYear, 12, 31)).stream()
                .filter(d -> d.audience() == NationalDate.Audience.EVERYONE || type == null || type == OrganisationType.MINISTRY
                        || (d.audience() == NationalDate.Audience.GGD && type == OrganisationType.GGD_REGION)
                        || (d.audience() == NationalDate.Audience.MUNICIPALITY && type == OrganisationType.MUNICIPALITY))
                .map(d -> new CalendarEntry("date-" + d.id(), d.date(), CalendarEntry.Kind.valueOf(d.kind().name()), d.title(),
                        d.description(), PagePaths.calendar()))
                .toList();
    }
}
