package com.bistro92.pad.rush;

/**
 * The outcome of one {@code POST /api/order}.
 *
 * @param id        the order id from the {@code 201} body, or {@code -1} without one
 * @param sentNanos {@link System#nanoTime()} just before the request was handed to the client
 * @param ackNanos  {@link System#nanoTime()} when the response (or the failure) was complete
 * @param status    the HTTP status, or {@code 0} when no response came back
 * @param failure   why it did not succeed, or {@code null} when it was acknowledged
 */
record PlacedOrder(long id, long sentNanos, long ackNanos, int status, String failure) {

    static final int NO_RESPONSE = 0;

    static PlacedOrder acknowledged(long id, long sentNanos, long ackNanos) {
        return new PlacedOrder(id, sentNanos, ackNanos, 201, null);
    }

    static PlacedOrder failed(long sentNanos, long ackNanos, int status, String failure) {
        return new PlacedOrder(-1, sentNanos, ackNanos, status, failure);
    }

    /** Answered {@code 201} with a readable id. */
    boolean isAcknowledged() {
        return failure == null;
    }

    /** How the failure is grouped in the report: {@code HTTP 503}, or the reason no response came. */
    String failureLabel() {
        if (status == NO_RESPONSE) {
            return failure;
        }
        return "HTTP " + status + (status == 201 ? " without a readable id" : "");
    }

    long latencyNanos() {
        return ackNanos - sentNanos;
    }
}
