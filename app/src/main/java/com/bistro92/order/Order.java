package com.bistro92.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An order as every client sees it. Its JSON form is a superset of the seed contract's
 * {@code {id, table, items:[{name, quantity}], created_at}}.
 *
 * @param table   the table's label, e.g. "Table 5"
 * @param version starts at 1 and grows with every status change; used for optimistic updates
 */
public record Order(
        long id,
        String table,
        int tableId,
        OrderStatus status,
        int version,
        List<OrderItem> items,
        BigDecimal total,
        String notes,
        boolean hasOpenItems,
        OrderSource source,
        Instant createdAt,
        Instant updatedAt) {

    public Order {
        items = List.copyOf(items);
    }

    /** A copy in {@code next} status, one version later. */
    Order withStatus(OrderStatus next, Instant at) {
        return new Order(id, table, tableId, next, version + 1, items, total, notes, hasOpenItems, source, createdAt, at);
    }

    /** A copy with line {@code lineNo} (from 1) comped and left out of the total, one version later. */
    Order withComp(int lineNo, Instant at) {
        List<OrderItem> next = new ArrayList<>(items);
        OrderItem line = next.get(lineNo - 1);
        next.set(lineNo - 1, line.asComped());
        return new Order(id, table, tableId, status, version + 1, next, total.subtract(line.lineTotal()), notes,
                hasOpenItems, source, createdAt, at);
    }
}
