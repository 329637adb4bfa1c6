package com.bistro92.pad.rush;

import org.HdrHistogram.Histogram;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Latencies in nanoseconds, read back as milliseconds. Values are kept to three significant
 * digits (HdrHistogram) from 1 µs to 10 minutes; the maximum is kept exactly. Not thread-safe:
 * the modes record from one thread after the traffic is done.
 */
final class LatencyStats {

    private static final long LOWEST = TimeUnit.MICROSECONDS.toNanos(1);
    private static final long HIGHEST = TimeUnit.MINUTES.toNanos(10);

    private final Histogram histogram = new Histogram(LOWEST, HIGHEST, 3);
    private long max;

    void recordNanos(long nanos) {
        long value = Math.clamp(nanos, LOWEST, HIGHEST);
        histogram.recordValue(value);
        max = Math.max(max, Math.max(nanos, 0));
    }

    long count() {
        return histogram.getTotalCount();
    }

    /** The latency below which {@code percentile} percent of the values lie, in ms; NaN when empty. */
    double percentileMs(double percentile) {
        // the histogram answers with its bucket's upper edge, which may lie above the exact maximum
        return count() == 0 ? Double.NaN : toMs(Math.min(histogram.getValueAtPercentile(percentile), max));
    }

    double p50Ms() {
        return percentileMs(50);
    }

    double p99Ms() {
        return percentileMs(99);
    }

    double maxMs() {
        return count() == 0 ? Double.NaN : toMs(max);
    }

    /** {@code p50 12.3 ms, p99 45.6 ms, max 50.1 ms}, or {@code no samples}. */
    String describe() {
        if (count() == 0) {
            return "no samples";
        }
        return "p50 " + ms(p50Ms()) + " ms, p99 " + ms(p99Ms()) + " ms, max " + ms(maxMs()) + " ms";
    }

    /** p50, p99 and max in ms as figures, their names prefixed with {@code prefix} (e.g. "feed "). */
    List<Figure> figures(String prefix) {
        return List.of(
                new Figure(prefix + Figure.P50, p50Ms(), "ms"),
                new Figure(prefix + Figure.P99, p99Ms(), "ms"),
                new Figure(prefix + Figure.MAX, maxMs(), "ms"));
    }

    static String ms(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.1f", value);
    }

    private static double toMs(long nanos) {
        return nanos / 1_000_000.0;
    }
}
