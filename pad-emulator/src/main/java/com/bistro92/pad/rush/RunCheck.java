package com.bistro92.pad.rush;

import java.time.Duration;
import java.util.List;

/** The end of every run: drain the listeners, list the orders, verify. */
final class RunCheck {

    /** Kept back from the drain so that listing the orders still fits before the deadline. */
    private static final Duration LIST_RESERVE = Duration.ofSeconds(10);

    private RunCheck() {
    }

    /**
     * @param feedLatency where to record POST-sent to {@code new_order}-received latency, or null
     */
    static Verdict finish(SeedClient client, Listeners listeners, Outcomes outcomes, Deadline deadline,
                          LatencyStats feedLatency) {
        Deadline drain = new Deadline(deadline.endNanos() - LIST_RESERVE.toNanos());
        List<ListenerTally> tallies = Delivery.await(outcomes.acks(), listeners.all(), drain, feedLatency);
        Listing listing = client.list(deadline);
        return Verifier.verify(outcomes.acks(), listing, tallies);
    }

    /** Receipts one listener may keep, so that all listeners together stay within the pair cap. */
    static int receiptCap(int listeners) {
        return (int) Math.min(Integer.MAX_VALUE - 8, RushOptions.MAX_PAIRS / Math.max(1, listeners));
    }
}
