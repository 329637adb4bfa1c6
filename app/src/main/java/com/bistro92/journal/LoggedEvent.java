package com.bistro92.journal;

/**
 * An event kept in the event log: it has its place in the log and its wire form, exactly as
 * WebSocket clients receive it. A client that reconnects with {@code ?since=seq} is sent every
 * logged event after {@code seq}, in order, exactly once.
 */
public interface LoggedEvent extends Event {

    /** The event's position in the log: strictly increasing, without gaps, in commit order. */
    long seq();

    /** The wire type, e.g. {@code new_order}. */
    String type();

    /** The wire form, e.g. {@code {"type":"new_order","seq":7,"order":{...}}}; serialised once. */
    String json();

    /** The table the event concerns, or null when it concerns every table (a menu change). */
    Integer tableId();

    /** The order the event concerns, if any. */
    default Long orderId() {
        return null;
    }

    /** True for events that pads are not told of, such as a pad being paired. */
    default boolean staffOnly() {
        return false;
    }
}
