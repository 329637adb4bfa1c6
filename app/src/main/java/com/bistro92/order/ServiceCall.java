package com.bistro92.order;

import java.time.Instant;

/**
 * A guest's call for a waiter or for the bill. A repeat within a minute of the last ask is
 * merged into it ({@code timesAsked} grows) rather than raised again.
 *
 * @param acknowledgedAt null until staff acknowledge it
 */
public record ServiceCall(long id, int tableId, String table, Kind kind, Instant createdAt, Instant lastAskedAt,
                          int timesAsked, Instant acknowledgedAt) {

    public enum Kind {
        WAITER, BILL
    }

    /** What asking for service did: raised a new call, or merged into one raised moments ago. */
    public record Outcome(ServiceCall call, boolean merged) {
    }
}
