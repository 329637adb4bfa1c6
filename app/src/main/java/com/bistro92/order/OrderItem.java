package com.bistro92.order;

import java.math.BigDecimal;
import java.util.List;

/**
 * One line of an order, snapshotted when the order was placed: later menu changes do not alter it.
 *
 * @param menuItemId null for an open item, i.e. a name that matched no menu item
 * @param unitPrice  the item's price plus its modifiers' deltas, at order time
 * @param openItem   true when the name matched no menu item; priced 0 and flagged for the kitchen
 */
public record OrderItem(
        Integer menuItemId,
        String name,
        int quantity,
        BigDecimal unitPrice,
        List<ChosenModifier> modifiers,
        String instructions,
        BigDecimal lineTotal,
        String station,
        boolean openItem) {

    public OrderItem {
        modifiers = List.copyOf(modifiers);
    }

    /** A modifier chosen for a line, with the price delta it had at order time. */
    public record ChosenModifier(int id, String name, BigDecimal priceDelta) {
    }
}
