package com.bistro92.order;

import java.util.List;

/**
 * The messages of the order feed ({@code /ws/orders}), as records. Every message names its
 * {@code type} and carries the event sequence number {@code seq}.
 */
public final class FeedMessage {

    public static final String INITIAL = "initial";
    public static final String NEW_ORDER = "new_order";
    public static final String ORDER_UPDATED = "order_updated";

    private FeedMessage() {
    }

    /** One event about one order. */
    public record OfOrder(String type, long seq, Order order) {
    }

    /**
     * The first message of a fresh connection: open orders plus today's, newest first.
     *
     * @param seq the last event the snapshot reflects; resume with {@code ?since=seq}
     */
    public record Initial(String type, long seq, List<Order> orders) {
        public Initial(long seq, List<Order> orders) {
            this(INITIAL, seq, orders);
        }
    }
}
