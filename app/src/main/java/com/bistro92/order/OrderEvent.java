package com.bistro92.order;

/**
 * Something that happened in the restaurant, published only after its transaction committed:
 * an order placed or changed, a guest's call for service, a menu change. Every screen and every
 * WebSocket client is fed from these.
 *
 * <p>{@link #json()} is the event exactly as it is stored in the event log and sent to
 * WebSocket clients, serialised once.
 */
public sealed interface OrderEvent {

    /** The event's position in the event log: strictly increasing, without gaps. */
    long seq();

    /** The wire form, e.g. {@code {"type":"new_order","seq":7,"order":{...}}}. */
    String json();

    /** The table the event concerns, or null when it concerns every table (a menu change). */
    Integer tableId();

    /** An event about one order. */
    sealed interface OfOrder extends OrderEvent {

        /** The order as it is after the event. */
        Order order();

        @Override
        default Integer tableId() {
            return order().tableId();
        }
    }

    /** A new order was placed. */
    record Placed(long seq, Order order, String json) implements OfOrder {
    }

    /** An order moved from one status to another. */
    record StatusChanged(long seq, Order order, OrderStatus from, String json) implements OfOrder {
    }

    /** A guest called a waiter or asked for the bill. */
    record ServiceRequested(long seq, ServiceCall call, String json) implements OrderEvent {
        @Override
        public Integer tableId() {
            return call.tableId();
        }
    }

    /** Staff acknowledged a call for service. */
    record ServiceAcknowledged(long seq, ServiceCall call, String json) implements OrderEvent {
        @Override
        public Integer tableId() {
            return call.tableId();
        }
    }

    /** The menu changed (e.g. an item was 86'd); pads fetch it again. */
    record MenuChanged(long seq, String json) implements OrderEvent {
        @Override
        public Integer tableId() {
            return null;
        }
    }
}
