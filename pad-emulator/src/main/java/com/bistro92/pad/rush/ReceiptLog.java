package com.bistro92.pad.rush;

import java.util.Arrays;

/**
 * The {@code new_order} receipts of one listener in arrival order, as two growing primitive
 * arrays (16 bytes a receipt), up to a cap. Not thread-safe: {@link FeedListener} guards it.
 */
final class ReceiptLog {

    private final int cap;
    private long[] orderIds = new long[256];
    private long[] receivedNanos = new long[256];
    private int size;
    private int dropped;

    ReceiptLog(int cap) {
        this.cap = cap;
    }

    void add(long orderId, long nanos) {
        if (size == cap) {
            dropped++;
            return;
        }
        if (size == orderIds.length) {
            int grown = (int) Math.min(cap, 2L * size);
            orderIds = Arrays.copyOf(orderIds, grown);
            receivedNanos = Arrays.copyOf(receivedNanos, grown);
        }
        orderIds[size] = orderId;
        receivedNanos[size] = nanos;
        size++;
    }

    /** Copies receipts from position {@code from} on into the buffers; returns how many it copied. */
    int copy(int from, long[] ids, long[] nanos) {
        int count = Math.max(0, Math.min(size - from, Math.min(ids.length, nanos.length)));
        System.arraycopy(orderIds, from, ids, 0, count);
        System.arraycopy(receivedNanos, from, nanos, 0, count);
        return count;
    }

    /** Receipts not kept because the cap was reached. */
    int dropped() {
        return dropped;
    }
}
