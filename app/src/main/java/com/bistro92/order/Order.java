package com.bistro92.order;

import com.bistro92.menu.Allergen;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An order as every client sees it. Its JSON form is a superset of the seed contract's
 * {@code {id, table, items:[{name, quantity}], created_at}}.
 *
 * @param table   the table's label, e.g. "Table 5"
 * @param version starts at 1 and grows with every change (status, comp, line bump, hold, fire, rush); used for
 *                optimistic updates
 * @param urgent  a server or manager marked it as a rush; the kitchen shows it first
 * @param allergy the guest's allergy, {@link Allergy#NONE} for none
 * @param readyIn how long it was expected to take when it was placed, or null when the kitchen's history
 *                was too short to say
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
        Instant updatedAt,
        boolean urgent,
        Allergy allergy,
        ReadyEstimate readyIn) {

    public Order {
        items = List.copyOf(items);
        allergy = allergy == null ? Allergy.NONE : allergy;
    }

    /** An order without an estimate. */
    public Order(long id, String table, int tableId, OrderStatus status, int version, List<OrderItem> items,
                 BigDecimal total, String notes, boolean hasOpenItems, OrderSource source, Instant createdAt,
                 Instant updatedAt, boolean urgent, Allergy allergy) {
        this(id, table, tableId, status, version, items, total, notes, hasOpenItems, source, createdAt, updatedAt,
                urgent, allergy, null);
    }

    /** An order without a declared allergy. */
    public Order(long id, String table, int tableId, OrderStatus status, int version, List<OrderItem> items,
                 BigDecimal total, String notes, boolean hasOpenItems, OrderSource source, Instant createdAt,
                 Instant updatedAt, boolean urgent) {
        this(id, table, tableId, status, version, items, total, notes, hasOpenItems, source, createdAt, updatedAt,
                urgent, Allergy.NONE);
    }

    /**
     * The lines (from 1) that contain an allergen the guest declared, each with those allergens: what the
     * kitchen must not miss. Empty when the guest declared none, or declared only a note.
     */
    public Map<Integer, List<Allergen>> allergyLines() {
        Map<Integer, List<Allergen>> involved = new LinkedHashMap<>();
        for (int no = 1; no <= items.size() && !allergy.allergens().isEmpty(); no++) {
            List<Allergen> hit = allergy.involved(items.get(no - 1).allergens());
            if (!hit.isEmpty()) {
                involved.put(no, hit);
            }
        }
        return involved;
    }

    /** An order that is not urgent. */
    public Order(long id, String table, int tableId, OrderStatus status, int version, List<OrderItem> items,
                 BigDecimal total, String notes, boolean hasOpenItems, OrderSource source, Instant createdAt,
                 Instant updatedAt) {
        this(id, table, tableId, status, version, items, total, notes, hasOpenItems, source, createdAt, updatedAt,
                false);
    }

    /** A copy in {@code next} status, one version later. */
    Order withStatus(OrderStatus next, Instant at) {
        return new Order(id, table, tableId, next, version + 1, items, total, notes, hasOpenItems, source, createdAt, at,
                urgent, allergy, readyIn);
    }

    /** A copy with these lines, in status {@code next}, rush flag {@code isUrgent}, one version later. */
    Order withTicket(List<OrderItem> lines, OrderStatus next, boolean isUrgent, Instant at) {
        return new Order(id, table, tableId, next, version + 1, lines, total, notes, hasOpenItems, source, createdAt, at,
                isUrgent, allergy, readyIn);
    }

    /** A copy with line {@code lineNo} (from 1) comped and left out of the total, one version later. */
    Order withComp(int lineNo, Instant at) {
        List<OrderItem> next = new ArrayList<>(items);
        OrderItem line = next.get(lineNo - 1);
        next.set(lineNo - 1, line.asComped());
        return new Order(id, table, tableId, status, version + 1, next, total.subtract(line.lineTotal()), notes,
                hasOpenItems, source, createdAt, at, urgent, allergy, readyIn);
    }
}
