package com.bistro92.order;

/**
 * Something that happened to an order, published only after its transaction committed.
 * Every screen and every WebSocket client is fed from these.
 *
 * <p>{@link #json()} is the event exactly as it is stored in the event log and sent to
 * WebSocket clients, serialised once.
 */
public sealed interface OrderEvent {

    /** The event's position in the event log: strictly increasing, without gaps. */
    long seq();

    /** The order as it is after the event. */
    Order order();

    /** The wire form, e.g. {@code {"type":"new_order","seq":7,"order":{...}}}. */
    String json();

    /** A new order was placed. */
    record Placed(long seq, Order order, String json) implements OrderEvent {
    }

    /** An order moved from one status to another. */
    record StatusChanged(long seq, Order order, OrderStatus from, String json) implements OrderEvent {
    }
}
