package com.bistro92.order;

/**
 * The answer to placing an order.
 *
 * @param created false when an idempotent retry returned the order placed the first time
 * @param json    the order as JSON, serialised once for both the feed and the answer
 */
public record Placement(Order order, boolean created, byte[] json) {
}
