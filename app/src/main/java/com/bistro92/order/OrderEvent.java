package com.bistro92.order;

import com.bistro92.journal.LoggedEvent;

/**
 * An order was placed or changed. Published on the one event stream once durable; the kitchen,
 * the tables screen, the WebSocket feed and the table's pads all hear it.
 */
public sealed interface OrderEvent extends LoggedEvent {

    /** The order as it is after the event. */
    Order order();

    @Override
    default Integer tableId() {
        return order().tableId();
    }

    @Override
    default Long orderId() {
        return order().id();
    }

    /** Whether the order left the open statuses with this event (it was delivered or voided). */
    default boolean closesOrder() {
        return false;
    }

    /** A new order was placed. */
    record Placed(long seq, Order order, String json) implements OrderEvent {
        @Override
        public String type() {
            return FeedMessage.NEW_ORDER;
        }
    }

    /** An order moved from one status to another. */
    record StatusChanged(long seq, Order order, OrderStatus from, String json) implements OrderEvent {
        @Override
        public String type() {
            return FeedMessage.ORDER_UPDATED;
        }

        @Override
        public boolean closesOrder() {
            return from.isOpen() && !order.status().isOpen();
        }
    }

    /**
     * A manager voided the order (it is now CANCELLED) or comped one of its lines (the order's total
     * no longer counts it), on their own or approving a server's request.
     */
    record Adjusted(long seq, Order order, Adjustment adjustment, OrderStatus from, String json)
            implements OrderEvent {
        @Override
        public String type() {
            return FeedMessage.ORDER_UPDATED;
        }

        @Override
        public boolean closesOrder() {
            return from.isOpen() && !order.status().isOpen();
        }
    }

    /**
     * Lines marked done or undone, held or fired, or the order marked urgent or not: one event per
     * change. When the kitchen marks the last line done, the order is READY in this same event;
     * {@code from} is its status before.
     */
    record TicketChanged(long seq, Order order, TicketChange change, OrderStatus from, String json)
            implements OrderEvent {
        @Override
        public String type() {
            return FeedMessage.ORDER_UPDATED;
        }

        @Override
        public boolean closesOrder() {
            return from.isOpen() && !order.status().isOpen();
        }
    }
}
