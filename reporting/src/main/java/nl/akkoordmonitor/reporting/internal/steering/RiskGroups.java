package nl.akkoordmonitor.reporting.internal.steering;

import nl.akkoordmonitor.reporting.internal.workbook.Labels;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The rows of Risico's. A risk of its own is a row of its own; overdue and lagging milestones are
 * one row per organisation (their detail is in Mijlpalen), and for the whole country every kind
 * is one row per GGD region (and cliff year), so that the sheet prints in a few pages.
 */
final class RiskGroups {

    /** Subjects named in a row that stands for several risks. */
    static final int NAMED = 3;
    /** For the whole country: one subject named, so that a row is one line. */
    static final int NAMED_PER_REGION = 1;

    private RiskGroups() {
    }

    /** One row: a single risk, or several of one kind together. */
    record Group(String kind, String regionCode, String organisation, long count, String subject, String detail,
                 LocalDate date, Integer cliffYear, BigDecimal amount) {
    }

    static List<Group> of(Labels labels, List<ReportLines.RiskLine> risks, boolean perRegion) {
        Map<String, List<ReportLines.RiskLine>> groups = new LinkedHashMap<>();
        int single = 0;
        for (ReportLines.RiskLine risk : risks) {
            boolean milestone = "OVERDUE".equals(risk.kind()) || "AT_RISK".equals(risk.kind());
            String key;
            if (perRegion) {
                key = risk.kind() + "|" + risk.regionCode() + "|" + risk.cliffYear();
            } else if (milestone) {
                key = risk.kind() + "|" + risk.regionCode() + "|" + risk.organisationName();
            } else {
                key = "single|" + single++;
            }
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(risk);
        }
        List<Group> rows = new ArrayList<>();
        for (List<ReportLines.RiskLine> members : groups.values()) {
            rows.add(members.size() == 1 ? single(members.get(0)) : together(labels, members, perRegion ? NAMED_PER_REGION : NAMED));
        }
        rows.sort(Comparator.comparingInt((Group g) -> SteeringWorkbookWriter.RISK_KINDS.indexOf(g.kind()))
                .thenComparing(Group::cliffYear, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Group::regionCode, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Group::organisation, Comparator.nullsFirst(Comparator.naturalOrder())));
        return rows;
    }

    private static Group single(ReportLines.RiskLine r) {
        return new Group(r.kind(), r.regionCode(), r.organisationName(), 1, r.subject(), r.detail(), r.date(), r.cliffYear(),
                r.amount());
    }

    private static Group together(Labels labels, List<ReportLines.RiskLine> members, int namedAtMost) {
        ReportLines.RiskLine first = members.get(0);
        Set<String> organisations = new LinkedHashSet<>();
        Set<String> subjects = new LinkedHashSet<>();
        LocalDate earliest = null;
        BigDecimal amount = null;
        for (ReportLines.RiskLine r : members) {
            organisations.add(Objects.toString(r.organisationName(), ""));
            subjects.add(r.subject());
            if (r.date() != null && (earliest == null || r.date().isBefore(earliest))) {
                earliest = r.date();
            }
            if (r.amount() != null) {
                amount = amount == null ? r.amount() : amount.add(r.amount());
            }
        }
        String organisation = organisations.size() == 1 ? organisations.iterator().next()
                : labels.format("risk.group.organisations", organisations.size());
        List<String> named = subjects.stream().limit(namedAtMost).toList();
        String subject = String.join("; ", named)
                + (subjects.size() > namedAtMost ? labels.format("risk.group.more", subjects.size() - namedAtMost) : "");
        return new Group(first.kind(), first.regionCode(), organisation, members.size(), subject,
                labels.get("risk.group.detail." + first.kind()), earliest, first.cliffYear(), amount);
    }
}
