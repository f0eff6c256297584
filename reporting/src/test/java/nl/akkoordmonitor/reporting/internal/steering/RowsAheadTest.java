package nl.akkoordmonitor.reporting.internal.steering;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RowsAheadTest {

    private final ExecutorService executor = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void handsOverEveryRowInOrderThroughASmallBuffer() {
        List<Integer> seen = new ArrayList<>();
        try (RowsAhead<Integer> rows = new RowsAhead<>(executor, 3, numbers(1_000))) {
            rows.forEach(seen::add);
        }
        assertEquals(IntStream.range(0, 1_000).boxed().toList(), seen);
    }

    @Test
    void handsOverFullAndPartialBatchesInOrder() {
        List<Integer> seen = new ArrayList<>();
        int count = 3 * RowsAhead.BATCH + 7;
        try (RowsAhead<Integer> rows = new RowsAhead<>(executor, 2 * RowsAhead.BATCH, numbers(count))) {
            rows.forEach(seen::add);
        }
        assertEquals(IntStream.range(0, count).boxed().toList(), seen);
    }

    @Test
    void rethrowsWhatWentWrongWhileReadingAfterTheRowsBeforeIt() {
        List<Integer> seen = new ArrayList<>();
        try (RowsAhead<Integer> rows = new RowsAhead<>(executor, 3, sink -> {
            sink.accept(1);
            sink.accept(2);
            throw new IllegalStateException("connection lost");
        })) {
            IllegalStateException failure = assertThrows(IllegalStateException.class, () -> rows.forEach(seen::add));
            assertEquals("connection lost", failure.getMessage());
        }
        assertEquals(List.of(1, 2), seen);
    }

    @Test
    void closingStopsAReaderWhoseRowsAreNotWanted() {
        AtomicInteger read = new AtomicInteger();
        try (RowsAhead<Integer> rows = new RowsAhead<>(executor, 2, sink -> {
            for (int i = 0; i < 1_000_000; i++) {
                read.incrementAndGet();
                sink.accept(i);
            }
        })) {
            assertTrue(read.get() >= 0);
        }
        // close() waited for the reader: it stopped near the buffer's size instead of reading everything.
        int stoppedAt = read.get();
        assertTrue(stoppedAt < 10, "read " + stoppedAt + " rows");
        assertEquals(stoppedAt, read.get());
    }

    private static Consumer<Consumer<Integer>> numbers(int count) {
        return sink -> {
            for (int i = 0; i < count; i++) {
                sink.accept(i);
            }
        };
    }
}
