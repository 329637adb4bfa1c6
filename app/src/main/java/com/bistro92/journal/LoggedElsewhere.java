package com.bistro92.journal;

/**
 * An event another suite node logged, of a kind no feature of this node decodes: published as it
 * is, so that the feeds still send it in its place, with its wire form unchanged.
 */
public record LoggedElsewhere(long seq, String type, String json, Integer tableId, Long orderId, boolean staffOnly)
        implements LoggedEvent {

    static LoggedElsewhere of(LogRow row) {
        return new LoggedElsewhere(row.seq(), row.type(), row.payload(), row.tableId(), row.orderId(), row.staffOnly());
    }
}
