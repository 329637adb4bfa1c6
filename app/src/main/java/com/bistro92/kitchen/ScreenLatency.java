package com.bistro92.kitchen;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures how long a new order takes from its event (published right after its commit, just
 * before its 201 is written) to the first frame that shows its card, and logs the figures every
 * so often. This is how the kitchen's promise "on screen within 100 ms" is checked under load.
 */
final class ScreenLatency {

    private static final Logger LOG = LoggerFactory.getLogger(ScreenLatency.class);
    private static final int MAX_SAMPLES = 100_000;

    private final ConcurrentHashMap<Long, Long> arrived = new ConcurrentHashMap<>();
    private long[] samples = new long[1024];
    private int count;

    /** A new order's event arrived (any thread). */
    void arrived(long orderId) {
        if (arrived.size() < MAX_SAMPLES) {
            arrived.put(orderId, System.nanoTime());
        }
    }

    /** The order's card is on screen (FX thread, after layout). */
    void shown(long orderId) {
        Long start = arrived.remove(orderId);
        if (start == null || count >= MAX_SAMPLES) {
            return;
        }
        if (count == samples.length) {
            samples = Arrays.copyOf(samples, count * 2);
        }
        samples[count++] = System.nanoTime() - start;
    }

    /** The order left the queue, shown or not: it is no longer waited for. */
    void gone(long orderId) {
        arrived.remove(orderId);
    }

    /** Logs and clears the figures gathered since the last call, if any (FX thread). */
    void report() {
        if (count == 0) {
            return;
        }
        long[] sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
        LOG.info("Kitchen: {} new tickets reached the screen; order event to screen p50 {} ms, p99 {} ms, max {} ms",
                count, ms(sorted[count / 2]), ms(sorted[Math.min(count - 1, (int) Math.ceil(count * 0.99) - 1)]),
                ms(sorted[count - 1]));
        count = 0;
    }

    private static String ms(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f", nanos / (double) TimeUnit.MILLISECONDS.toNanos(1));
    }
}
