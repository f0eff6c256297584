package nl.akkoordmonitor.reporting.internal.steering;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Reads rows on another thread while this one does other work, so that the database and the
 * workbook writer each use one of the machine's cores. The reader starts at once and stays at most
 * about {@code capacity} rows ahead, so memory stays bounded however many rows there are. Walk it
 * once with {@link #forEach}; {@link #close} stops the reader when the rows are not (all) wanted.
 *
 * <p>Rows cross between the threads in batches: handing them over one by one makes both threads
 * wait on the queue's lock for most rows.
 */
final class RowsAhead<T> implements AutoCloseable {

    /** Rows per hand-over at most. */
    static final int BATCH = 256;
    private static final Object END = new Object();

    private final BlockingQueue<Object> queue;
    private final Future<?> reader;
    private volatile boolean closed;
    private volatile RuntimeException failure;

    /** @param source hands every row to the consumer it is given, on the reader's thread */
    RowsAhead(ExecutorService executor, int capacity, Consumer<Consumer<T>> source) {
        int batchSize = Math.max(1, Math.min(BATCH, capacity));
        queue = new ArrayBlockingQueue<>(Math.max(1, capacity / batchSize));
        reader = executor.submit(() -> {
            List<T> batch = new ArrayList<>(batchSize);
            try {
                source.accept(row -> {
                    batch.add(row);
                    if (batch.size() == batchSize) {
                        put(new ArrayList<>(batch));
                        batch.clear();
                    }
                });
            } catch (RuntimeException e) {
                failure = e;
            } catch (Error e) {
                failure = new IllegalStateException("Reading the rows failed", e);
            } finally {
                if (!closed) {
                    // The rows read before a failure still come first.
                    if (!batch.isEmpty()) {
                        put(batch);
                    }
                    put(END);
                }
            }
        });
    }

    private void put(Object batch) {
        try {
            // Wait in short steps, so that a reader whose rows are no longer wanted stops.
            do {
                if (closed) {
                    throw new CancellationException("The rows are no longer wanted");
                }
            } while (!queue.offer(batch, 100, TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Interrupted while reading the rows");
        }
    }

    /** Hands every row to the sink, in order, on the calling thread; rethrows the reader's failure. */
    @SuppressWarnings("unchecked")
    void forEach(Consumer<? super T> sink) {
        try {
            for (Object batch = queue.take(); batch != END; batch = queue.take()) {
                ((List<T>) batch).forEach(sink);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for rows", e);
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** Stops the reader if it is still going and waits until it has let go of its connection. */
    @Override
    public void close() {
        closed = true;
        queue.clear();
        try {
            reader.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | CancellationException e) {
            // The reader keeps its own failure; forEach has reported it if anyone walked the rows.
        }
    }
}
