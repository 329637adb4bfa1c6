package com.bistro92.pad.rush;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The acknowledged order ids of one run, sorted for binary search, each with the send time of
 * its POST. An id acknowledged more than once (a server bug) is kept once and counted.
 */
final class AckIndex {

    private final long[] ids;
    private final long[] sentNanos;
    private final int repeated;

    private AckIndex(long[] ids, long[] sentNanos, int repeated) {
        this.ids = ids;
        this.sentNanos = sentNanos;
        this.repeated = repeated;
    }

    static AckIndex of(List<PlacedOrder> placed) {
        List<PlacedOrder> acked = placed.stream()
                .filter(PlacedOrder::isAcknowledged)
                .sorted(Comparator.comparingLong(PlacedOrder::id))
                .toList();
        long[] ids = new long[acked.size()];
        long[] sent = new long[acked.size()];
        int n = 0;
        for (PlacedOrder order : acked) {
            if (n == 0 || ids[n - 1] != order.id()) {
                ids[n] = order.id();
                sent[n] = order.sentNanos();
                n++;
            }
        }
        return new AckIndex(Arrays.copyOf(ids, n), Arrays.copyOf(sent, n), acked.size() - n);
    }

    /** Distinct acknowledged ids. */
    int size() {
        return ids.length;
    }

    /** How many acknowledgements repeated an id that was already acknowledged. */
    int repeated() {
        return repeated;
    }

    /** The position of {@code id}, or a negative number if it was not acknowledged. */
    int indexOf(long id) {
        return Arrays.binarySearch(ids, id);
    }

    long sentNanos(int index) {
        return sentNanos[index];
    }
}
