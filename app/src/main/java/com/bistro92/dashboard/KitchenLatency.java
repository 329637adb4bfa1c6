package com.bistro92.dashboard;

import java.time.Duration;

/**
 * How fast new orders reach a kitchen screen in this process: from the order's event to the
 * first frame that shows its card, as the kitchen measures it. The dashboard asks; the kitchen
 * answers from memory, without the database.
 */
public interface KitchenLatency {

    /** No kitchen screen in this process. */
    KitchenLatency NONE = () -> Figures.NO_SCREEN;

    /** The figures of the last hour. Any thread. */
    Figures lastHour();

    /**
     * @param screenOpen whether a kitchen screen is showing now
     * @param samples    new tickets measured in the last hour
     * @param p50        the median, null without samples
     * @param p99        the 99th percentile, null without samples
     */
    record Figures(boolean screenOpen, int samples, Duration p50, Duration p99) {
        public static final Figures NO_SCREEN = new Figures(false, 0, null, null);
    }
}
