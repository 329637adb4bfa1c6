package com.bistro92.warmup;

import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The real suite's order events as the warm-up hears them, and whether they now come faster than
 * {@code perSecond}: then the practice pauses, since real orders warm the same code and must have
 * the cores. It keeps the times of the last {@code perSecond + 1} events only, so a rush costs it
 * nothing more than a trickle. Heard on the journal's writer thread, asked on the practice's.
 */
final class RealOrders {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    private final LongSupplier nanoTime;
    /** The times of the most recent events, oldest at {@code next} once the ring is full. */
    private final long[] times;
    private int next;
    private long heard;

    RealOrders(int perSecond, LongSupplier nanoTime) {
        if (perSecond < 0) {
            throw new IllegalArgumentException("perSecond must be 0 or more, got " + perSecond);
        }
        this.nanoTime = nanoTime;
        this.times = new long[perSecond + 1];
    }

    /** One real order event, now. */
    synchronized void hear() {
        times[next] = nanoTime.getAsLong();
        next = (next + 1) % times.length;
        heard++;
    }

    /** Whether more than {@code perSecond} real order events came within the last second. */
    synchronized boolean busy() {
        return heard >= times.length && nanoTime.getAsLong() - times[next] < SECOND;
    }

    /** How many real order events were heard in all. */
    synchronized long heard() {
        return heard;
    }
}
