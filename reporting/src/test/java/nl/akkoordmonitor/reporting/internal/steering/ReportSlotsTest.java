package nl.akkoordmonitor.reporting.internal.steering;

import nl.akkoordmonitor.platform.problem.BusyException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportSlotsTest {

    @Test
    void aReportWaitsForAFreeSlotAndIsTurnedAwayWhenTheWaitIsTooLong() throws Exception {
        ReportSlots slots = new ReportSlots(1, Duration.ofMillis(200));
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> slots.run(() -> {
            running.countDown();
            await(finish);
            return "first";
        }));
        assertTrue(running.await(5, TimeUnit.SECONDS));

        BusyException busy = assertThrows(BusyException.class, () -> slots.run(() -> "second"));
        assertEquals(503, busy.status().getCode());

        finish.countDown();
        assertEquals("first", first.get(5, TimeUnit.SECONDS));
        assertEquals("third", slots.run(() -> "third"), "a freed slot is used again");
    }

    @Test
    void aFailedReportFreesItsSlot() {
        ReportSlots slots = new ReportSlots(1, Duration.ofMillis(100));
        assertThrows(IllegalStateException.class, () -> slots.run(() -> {
            throw new IllegalStateException("database gone");
        }));
        assertEquals("next", slots.run(() -> "next"));
    }

    @Test
    void refusesASettingWithoutSlots() {
        assertThrows(IllegalArgumentException.class, () -> new ReportSlots(0, Duration.ofSeconds(1)));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
