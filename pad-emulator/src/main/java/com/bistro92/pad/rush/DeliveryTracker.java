package com.bistro92.pad.rush;

import java.util.BitSet;

/**
 * Joins one listener's {@code new_order} receipts with the acknowledged orders: which arrived,
 * which arrived twice, and (optionally) how long after the POST was sent.
 */
final class DeliveryTracker {

    private final AckIndex acks;
    private final BitSet seen;
    private int duplicates;
    private int foreign;

    DeliveryTracker(AckIndex acks) {
        this.acks = acks;
        this.seen = new BitSet(acks.size());
    }

    /**
     * Takes the next {@code count} receipts.
     *
     * @param latency where to record send-to-receive latencies of first receipts, or null
     */
    void absorb(long[] orderIds, long[] receivedNanos, int count, LatencyStats latency) {
        for (int i = 0; i < count; i++) {
            int index = acks.indexOf(orderIds[i]);
            if (index < 0) {
                foreign++;
            } else if (seen.get(index)) {
                duplicates++;
            } else {
                seen.set(index);
                if (latency != null) {
                    latency.recordNanos(receivedNanos[i] - acks.sentNanos(index));
                }
            }
        }
    }

    int expected() {
        return acks.size();
    }

    /** Acknowledged orders received at least once. */
    int received() {
        return seen.cardinality();
    }

    int missing() {
        return acks.size() - received();
    }

    /** Receipts of an acknowledged order beyond its first. */
    int duplicates() {
        return duplicates;
    }

    /** Receipts of orders this run did not get acknowledged (other clients, failed POSTs). */
    int foreign() {
        return foreign;
    }
}
