package com.bistro92.history;

import com.bistro92.menu.Allergen;
import com.bistro92.order.Allergy;
import com.bistro92.order.Order;
import com.bistro92.order.OrderItem;
import com.bistro92.order.OrderStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;

/**
 * Which past orders to list or export. Every part is optional (null): an empty filter means every
 * order. Text parts match anywhere, ignoring case, exactly as the database matches them.
 *
 * @param from     created at or after
 * @param to       created before
 * @param tableId  only this table's orders
 * @param status   only orders now in this status
 * @param item     only orders with a line whose name contains this
 * @param minTotal only orders whose total is at least this
 * @param maxTotal only orders whose total is at most this
 * @param notes    only orders whose notes contain this
 * @param allergy  only orders whose guest declared an allergy ({@link AllergyMatch#ANY}) or this allergen
 */
public record HistoryFilter(Instant from, Instant to, Integer tableId, OrderStatus status, String item,
                            BigDecimal minTotal, BigDecimal maxTotal, String notes, AllergyMatch allergy) {

    public static final HistoryFilter ALL = new HistoryFilter(null, null, null, null, null, null, null, null);

    public HistoryFilter {
        item = blankToNull(item);
        notes = blankToNull(notes);
    }

    /** A filter that does not look at allergies. */
    public HistoryFilter(Instant from, Instant to, Integer tableId, OrderStatus status, String item,
                         BigDecimal minTotal, BigDecimal maxTotal, String notes) {
        this(from, to, tableId, status, item, minTotal, maxTotal, notes, null);
    }

    /**
     * Which declared allergies an order must have: the structured tags the pad sends, not words in its notes.
     *
     * @param allergen this allergen among those declared, or null for any declared allergy (allergens or a note)
     */
    public record AllergyMatch(Allergen allergen) {

        public static final AllergyMatch ANY = new AllergyMatch(null);

        boolean matches(Allergy declared) {
            return allergen == null ? declared.declared() : declared.allergens().contains(allergen);
        }
    }

    /** Whether {@code order}, as it is now, passes this filter: how a live change is sorted in or out. */
    public boolean matches(Order order) {
        return (from == null || !order.createdAt().isBefore(from))
                && (to == null || order.createdAt().isBefore(to))
                && (tableId == null || order.tableId() == tableId)
                && (status == null || order.status() == status)
                && (minTotal == null || order.total().compareTo(minTotal) >= 0)
                && (maxTotal == null || order.total().compareTo(maxTotal) <= 0)
                && (notes == null || contains(order.notes(), notes))
                && (allergy == null || allergy.matches(order.allergy()))
                && (item == null || order.items().stream().map(OrderItem::name).anyMatch(n -> contains(n, item)));
    }

    /** A copy listing only orders at {@code table}, or at any table for null. */
    public HistoryFilter withTable(Integer table) {
        return new HistoryFilter(from, to, table, status, item, minTotal, maxTotal, notes, allergy);
    }

    private static boolean contains(String text, String part) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
