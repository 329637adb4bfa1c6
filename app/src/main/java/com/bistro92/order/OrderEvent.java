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
    }
}
