package nl.akkoordmonitor.milestones;

import java.util.List;

/**
 * The outcome of a bulk recording. All or nothing: when {@link #problems()} is not empty, nothing
 * was stored.
 *
 * @param created          reports stored now
 * @param alreadyRecorded  entries skipped because their idempotency key was recorded before
 * @param problems         every refused entry; empty when the recording was stored
 */
public record ProgressResult(int created, int alreadyRecorded, List<ProgressProblem> problems) {

    public boolean stored() {
        return problems.isEmpty();
    }
}
