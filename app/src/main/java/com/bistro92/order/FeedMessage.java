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
    public static final String SERVICE_REQUEST = "service_request";
    public static final String SERVICE_ACKNOWLEDGED = "service_acknowledged";
    public static final String MENU_CHANGED = "menu_changed";

    private FeedMessage() {
    }

    /** One event about one order. */
    public record OfOrder(String type, long seq, Order order) {
    }

    /** A call for service raised or acknowledged. */
    public record OfService(String type, long seq, ServiceCall request) {
    }

    /** The menu changed; fetch {@code /api/v1/menu} again. */
    public record MenuChanged(String type, long seq) {
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
