package com.bistro92.history;

import com.bistro92.order.Order;
import com.bistro92.order.OrderStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One past order as the history lists it.
 *
 * @param items   what was ordered, e.g. "2× Margherita Pizza, 1× Lemonade"
 * @param version the order's version: of two copies of a row, the higher one is the newer
 */
public record HistoryRow(long id, Instant createdAt, int tableId, String table, OrderStatus status, int version,
                         String items, BigDecimal total) {

    /** The row of an order as an event carries it. */
    public static HistoryRow of(Order order) {
        return new HistoryRow(order.id(), order.createdAt(), order.tableId(), order.table(), order.status(),
                order.version(), summary(order.items().stream()
                        .map(i -> new Quantity(i.quantity(), i.name())).toList()), order.total());
    }

    /** A line's quantity and name, for the summary. */
    record Quantity(int quantity, String name) {
    }

    static String summary(List<Quantity> lines) {
        return lines.stream().map(l -> l.quantity() + "× " + l.name()).collect(Collectors.joining(", "));
    }
}
