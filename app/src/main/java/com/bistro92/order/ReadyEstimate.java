package com.bistro92.order;

/**
 * How long an order will take, from when it is placed to ready: a range, narrow when the kitchen's
 * history says it is sure. On the wire {@code {"low_s": 660, "high_s": 900}}.
 */
public record ReadyEstimate(int lowS, int highS) {

    /** A range wider than this is shown as a range ("12–16 min"); a narrower one as "about 14 min". */
    public static final int RANGE_FROM_S = 4 * 60;

    /** The middle of the range, in seconds. */
    public int middleS() {
        return (lowS + highS) / 2;
    }
}
