package nl.akkoordmonitor.milestones;

import io.micronaut.core.annotation.Nullable;
import nl.akkoordmonitor.platform.message.Message;

/**
 * Why one entry of a bulk recording was refused.
 *
 * @param index   the entry's position in the list given (0-based)
 * @param rule    a stable code, e.g. NOT_YOUR_MILESTONE, UNKNOWN_MILESTONE, ACHIEVED_NOT_COMPLETE
 * @param field   the entry's field at fault (reportDate, status, percentComplete, narrative,
 *                idempotencyKey, milestoneId), if any
 * @param message what is wrong and what to do about it, put into words by the caller
 */
public record ProgressProblem(int index, String rule, @Nullable String field, Message message) {
}
