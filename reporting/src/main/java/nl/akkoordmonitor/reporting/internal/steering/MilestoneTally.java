package nl.akkoordmonitor.reporting.internal.steering;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The milestones counted as the Mijlpalen sheet writes them, for the summary and the risks: so
 * that their figures are the sheet's own, whatever its size, without keeping the rows.
 */
final class MilestoneTally {

    /** The reported statuses in the order the summary lists them. */
    static final List<String> STATUSES = List.of("NOT_STARTED", "ON_TRACK", "AT_RISK", "DELAYED", "ACHIEVED", "CANCELLED");
    /** The milestones the summary names: the longest over their due date. */
    static final int OLDEST = 5;

    private long total;
    private long overdue;
    private final Map<String, Long> perStatus = new LinkedHashMap<>();
    private final Map<String, Theme> perTheme = new LinkedHashMap<>();
    private final PriorityQueue<ReportLines.MilestoneLine> oldest = new PriorityQueue<>(
            Comparator.comparing(ReportLines.MilestoneLine::dueDate).reversed()
                    .thenComparing(Comparator.comparingLong(ReportLines.MilestoneLine::milestoneId).reversed()));
    private final List<ReportLines.RiskLine> risks = new ArrayList<>();

    MilestoneTally() {
        STATUSES.forEach(status -> perStatus.put(status, 0L));
    }

    /** Milestones of one core theme. */
    static final class Theme {
        final String name;
        long total;
        long overdue;
        long behind;
        long achieved;
        final Map<String, Long> overduePerRegion = new LinkedHashMap<>();

        Theme(String name) {
            this.name = name;
        }
    }

    void add(ReportLines.MilestoneLine m, String reported) {
        total++;
        perStatus.merge(reported, 1L, Long::sum);
        Theme theme = perTheme.computeIfAbsent(m.themeName(), Theme::new);
        theme.total++;
        if ("ACHIEVED".equals(reported)) {
            theme.achieved++;
        }
        if (m.overdue()) {
            overdue++;
            theme.overdue++;
            theme.overduePerRegion.merge(m.regionCode() == null ? "" : m.regionCode(), 1L, Long::sum);
            oldest.add(m);
            if (oldest.size() > OLDEST) {
                oldest.poll();
            }
            risks.add(new ReportLines.RiskLine("OVERDUE", m.regionCode(), m.organisationName(), m.title(),
                    m.agreementTitle() + " – " + m.themeName(), m.dueDate(), null, null));
        } else if ("AT_RISK".equals(m.state()) || "DELAYED".equals(m.state())) {
            theme.behind++;
            risks.add(new ReportLines.RiskLine("AT_RISK", m.regionCode(), m.organisationName(), m.title(),
                    m.agreementTitle() + " – " + m.themeName(), m.dueDate(), null, null));
        }
    }

    long total() {
        return total;
    }

    long overdue() {
        return overdue;
    }

    Map<String, Long> perStatus() {
        return perStatus;
    }

    List<Theme> themes() {
        return new ArrayList<>(perTheme.values());
    }

    /** The milestones longest over their due date, the oldest first. */
    List<ReportLines.MilestoneLine> oldestOverdue() {
        List<ReportLines.MilestoneLine> list = new ArrayList<>(oldest);
        list.sort(Comparator.comparing(ReportLines.MilestoneLine::dueDate).thenComparingLong(ReportLines.MilestoneLine::milestoneId));
        return list;
    }

    /** Overdue milestones and those reported as lagging or delayed, for Risico's. */
    List<ReportLines.RiskLine> risks() {
        return risks;
    }
}
