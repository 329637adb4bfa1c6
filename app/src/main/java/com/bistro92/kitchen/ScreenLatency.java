package com.bistro92.kitchen;

import com.bistro92.dashboard.KitchenLatency;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures how long a new order takes from its event (published right after its commit, just
 * before its 201 is written) to the first frame that shows its card, and logs the figures every
 * so often. This is how the kitchen's promise "on screen within 100 ms" is checked under load.
 *
 * <p>It also keeps the last hour's figures for the manager's dashboard ({@link KitchenLatency}).
 */
final class ScreenLatency implements KitchenLatency {

    private static final long HOUR = TimeUnit.HOURS.toNanos(1);
    /** The last hour's samples at most; beyond this many, the oldest go first. */
    private static final int WINDOW = 1 << 16;

    private static final Logger LOG = LoggerFactory.getLogger(ScreenLatency.class);
    private static final int MAX_SAMPLES = 100_000;
    /**
     * With {@code -Dbistro92.kitchen.samples=true}, every sample is also logged on a line of its own
     * ({@code Kitchen sample: order 12, 150 open, on screen in 8.4 ms}), for the kitchen benchmark.
     */
    private static final boolean LOG_SAMPLES = Boolean.getBoolean("bistro92.kitchen.samples");

    private final ConcurrentHashMap<Long, Long> arrived = new ConcurrentHashMap<>();
    private long[] samples = new long[1024];
    private int count;
    /** The last hour's samples, a ring: when each was taken and what it measured. Guarded by this. */
    private final long[] takenAt = new long[WINDOW];
    private final long[] measured = new long[WINDOW];
    private long taken;
    private volatile boolean onScreen;

    /** A new order's event arrived (any thread). */
    void arrived(long orderId) {
        if (arrived.size() < MAX_SAMPLES) {
            arrived.put(orderId, System.nanoTime());
        }
    }

    /**
     * The order's card is on screen (FX thread, after layout); returns how long it took from its
     * event, in nanoseconds, or -1 for a card whose arrival was not seen (a recalled one, say).
     * {@code open} is the number of open tickets at that moment.
     */
    long shown(long orderId, int open) {
        Long start = arrived.remove(orderId);
        if (start == null) {
            return -1;
        }
        long took = System.nanoTime() - start;
        if (LOG_SAMPLES) {
            LOG.info("Kitchen sample: order {}, {} open, on screen in {} ms", orderId, open, ms(took));
        }
        remember(System.nanoTime(), took);
        if (count < MAX_SAMPLES) {
            if (count == samples.length) {
                samples = Arrays.copyOf(samples, count * 2);
            }
            samples[count++] = took;
        }
        return took;
    }

    private synchronized void remember(long at, long nanos) {
        int slot = (int) (taken++ % WINDOW);
        takenAt[slot] = at;
        measured[slot] = nanos;
    }

    /** Whether the kitchen view is showing in a window now (FX thread). */
    void onScreen(boolean showing) {
        onScreen = showing;
    }

    @Override
    public Figures lastHour() {
        long[] recent;
        synchronized (this) {
            long since = System.nanoTime() - HOUR;
            int kept = (int) Math.min(taken, WINDOW);
            recent = new long[kept];
            int n = 0;
            for (int i = 0; i < kept; i++) {
                if (takenAt[i] - since >= 0) {
                    recent[n++] = measured[i];
                }
            }
            recent = Arrays.copyOf(recent, n);
        }
        if (recent.length == 0) {
            return new Figures(onScreen, 0, null, null);
        }
        Arrays.sort(recent);
        return new Figures(onScreen, recent.length, Duration.ofNanos(recent[recent.length / 2]),
                Duration.ofNanos(recent[Math.min(recent.length - 1, (int) Math.ceil(recent.length * 0.99) - 1)]));
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
