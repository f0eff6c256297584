package nl.akkoordmonitor.reporting.internal.steering;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import nl.akkoordmonitor.platform.message.Message;
import nl.akkoordmonitor.platform.problem.BusyException;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Lets only a few steering reports be made at the same time. A national report keeps both cores
 * busy and needs tens of MB of heap and three database connections while it runs, so sixteen at
 * once ran a 256 MB server out of memory. More at once would not be faster anyway; the others
 * wait their turn, in order, and get a 503 problem when the wait gets too long.
 */
@Singleton
class ReportSlots {

    private final Semaphore slots;
    private final Duration maxWait;

    @Inject
    ReportSlots(@Value("${akkoordmonitor.reports.max-concurrent:2}") int maxConcurrent,
                @Value("${akkoordmonitor.reports.max-wait:60s}") Duration maxWait) {
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("akkoordmonitor.reports.max-concurrent must be at least 1, not " + maxConcurrent);
        }
        this.slots = new Semaphore(maxConcurrent, true);
        this.maxWait = maxWait;
    }

    /** Runs the work when a slot is free, waiting at most the configured time for one. */
    <T> T run(Supplier<T> work) {
        try {
            if (!slots.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new BusyException(Message.of("REPORT_BUSY", maxWait.toSeconds()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BusyException(Message.of("REPORT_BUSY.interrupted"));
        }
        try {
            return work.get();
        } finally {
            slots.release();
        }
    }
}
