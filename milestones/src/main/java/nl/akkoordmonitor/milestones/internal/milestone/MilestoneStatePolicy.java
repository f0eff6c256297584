package nl.akkoordmonitor.milestones.internal.milestone;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.milestones.MilestoneState;
import nl.akkoordmonitor.milestones.ProgressStatus;

import java.time.LocalDate;

/**
 * Derives a milestone's current state from its newest report and its due date. The same rule
 * runs in SQL ({@link #sqlState(String)}) so that lists filter and overviews count by state in one
 * query; keep the two together.
 */
@Singleton
public class MilestoneStatePolicy {

    /**
     * The rule as a SQL expression over {@code m.latest_status} and {@code m.due_date}.
     *
     * @param today the SQL parameter that holds today's date, {@code :today} or {@code ?}
     */
    public static String sqlState(String today) {
        return """
                (CASE WHEN m.latest_status IN ('ACHIEVED', 'CANCELLED') THEN m.latest_status
                      WHEN m.due_date < CAST(%s AS DATE) THEN 'OVERDUE'
                      WHEN m.latest_status IS NULL THEN 'NOT_STARTED'
                      ELSE m.latest_status END)""".formatted(today);
    }

    /**
     * @param newestStatus the status of the newest report, null when nobody reported yet
     * @param dueDate      the milestone's due date
     * @param today        the current date; a milestone due today is not yet overdue
     */
    public MilestoneState stateOf(@Nullable ProgressStatus newestStatus, LocalDate dueDate, LocalDate today) {
        if (newestStatus != null && newestStatus.isFinal()) {
            return MilestoneState.valueOf(newestStatus.name());
        }
        if (dueDate.isBefore(today)) {
            return MilestoneState.OVERDUE;
        }
        return newestStatus == null ? MilestoneState.NOT_STARTED : MilestoneState.valueOf(newestStatus.name());
    }
}
