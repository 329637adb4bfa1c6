package com.bistro92.order;

/**
 * The answer to placing an order.
 *
 * @param created false when an idempotent retry returned the order placed the first time
 */
public record Placement(Order order, boolean created) {
}
