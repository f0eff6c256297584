package nl.akkoordmonitor.milestones;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/**
 * One progress report to record in bulk, e.g. one row of an uploaded workbook.
 *
 * @param milestoneId     the milestone reported on
 * @param reportDate      the date the report speaks for; not in the future
 * @param status          the status
 * @param percentComplete 0–100; an ACHIEVED milestone is 100
 * @param narrative       what happened, optional
 * @param idempotencyKey  chosen by the caller (for instance a hash of the file and row): an entry
 *                        whose key the milestone already has is skipped, so a repeated upload adds nothing
 */
public record ProgressEntry(long milestoneId,
                            LocalDate reportDate,
                            ProgressStatus status,
                            int percentComplete,
                            @Nullable String narrative,
                            String idempotencyKey) {
}
