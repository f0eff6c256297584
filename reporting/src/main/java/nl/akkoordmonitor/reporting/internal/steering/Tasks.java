package nl.akkoordmonitor.reporting.internal.steering;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Waiting for the report's parallel parts. */
final class Tasks {

    private Tasks() {
    }

    /** The outcome of a task, its own failure rethrown as it was thrown. */
    static <T> T joined(CompletableFuture<T> task) {
        try {
            return task.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
