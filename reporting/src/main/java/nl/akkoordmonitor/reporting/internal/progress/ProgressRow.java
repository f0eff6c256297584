package nl.akkoordmonitor.reporting.internal.progress;

import io.micronaut.core.annotation.Nullable;
import nl.akkoordmonitor.milestones.ProgressStatus;

/**
 * One filled-in row of an uploaded template, checked and ready to store.
 *
 * @param row         the row number as Excel shows it (1-based)
 * @param milestoneId the milestone reported on
 * @param status      the reported status
 * @param percent     percent complete, 0–100
 * @param narrative   the narrative, null when left empty
 */
public record ProgressRow(int row, long milestoneId, ProgressStatus status, int percent, @Nullable String narrative) {
}
