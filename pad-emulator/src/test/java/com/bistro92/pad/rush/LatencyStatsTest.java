package com.bistro92.pad.rush;

import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LatencyStatsTest {

    @Test
    void percentilesOfOneToHundredMillisecondsAreReadBackInMilliseconds() {
        LatencyStats stats = new LatencyStats();
        for (int ms = 1; ms <= 100; ms++) {
            stats.recordNanos(TimeUnit.MILLISECONDS.toNanos(ms));
        }

        assertEquals(100, stats.count());
        assertEquals(50.0, stats.p50Ms(), 0.05);
        assertEquals(99.0, stats.p99Ms(), 0.1);
        assertEquals(100.0, stats.maxMs());
    }

    @Test
    void theMaximumIsExactEvenWhereTheHistogramRounds() {
        LatencyStats stats = new LatencyStats();
        stats.recordNanos(123_456_789);

        assertEquals(123.456789, stats.maxMs(), 1e-9);
        assertEquals(123.4, stats.p50Ms(), 0.2);
    }

    @Test
    void aSkewedDistributionPutsP99InTheTail() {
        LatencyStats stats = new LatencyStats();
        for (int i = 0; i < 980; i++) {
            stats.recordNanos(TimeUnit.MILLISECONDS.toNanos(2));
        }
        for (int i = 0; i < 20; i++) {
            stats.recordNanos(TimeUnit.MILLISECONDS.toNanos(40));
        }

        assertEquals(2.0, stats.p50Ms(), 0.01);
        assertEquals(40.0, stats.p99Ms(), 0.05);
    }

    @Test
    void anEmptyStatsHasNoFigures() {
        LatencyStats stats = new LatencyStats();

        assertTrue(Double.isNaN(stats.p50Ms()));
        assertTrue(Double.isNaN(stats.maxMs()));
        assertEquals("no samples", stats.describe());
    }

    @Test
    void describeUsesOneDecimal() {
        LatencyStats stats = new LatencyStats();
        stats.recordNanos(TimeUnit.MILLISECONDS.toNanos(12));

        assertEquals("p50 12.0 ms, p99 12.0 ms, max 12.0 ms", stats.describe());
    }

    @Test
    void negativeAndHugeValuesAreClampedNotRejected() {
        LatencyStats stats = new LatencyStats();
        stats.recordNanos(-5);
        stats.recordNanos(TimeUnit.HOURS.toNanos(2));

        assertEquals(2, stats.count());
    }
}
