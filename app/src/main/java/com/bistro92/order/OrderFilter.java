package com.bistro92.order;

import java.time.Instant;
import java.util.Set;

/**
 * Which orders to list. Every part is optional: an empty filter means every order.
 *
 * @param statuses only these statuses; empty means all
 * @param table    only this table's label (matched like table labels are)
 * @param from     created at or after
 * @param to       created before
 * @param limit    at most this many, or null for all
 * @param offset   skip this many of the newest first
 */
public record OrderFilter(Set<OrderStatus> statuses, String table, Instant from, Instant to, Integer limit, int offset) {

    public static final OrderFilter ALL = new OrderFilter(Set.of(), null, null, null, null, 0);

    public OrderFilter {
        statuses = Set.copyOf(statuses);
    }
}
