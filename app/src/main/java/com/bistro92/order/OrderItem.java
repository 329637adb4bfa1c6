package com.bistro92.order;

import com.bistro92.menu.Allergen;
import java.math.BigDecimal;
import java.util.List;

/**
 * One line of an order, snapshotted when the order was placed: later menu changes do not alter it.
 *
 * @param menuItemId null for an open item, i.e. a name that matched no menu item
 * @param unitPrice  the item's price plus its modifiers' deltas, at order time
 * @param openItem   true when the name matched no menu item; priced 0 and flagged for the kitchen
 * @param comped     true when a manager made the line free: it keeps its price, and the order's total leaves it out
 * @param done       true when the kitchen marked this line done (an item bump)
 * @param held       true when a server holds the line (a later course) until they fire it; a held line is not cooked
 * @param allergens  what the item and its chosen modifiers contained at order time, in {@link Allergen}'s order
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
        boolean openItem,
        boolean comped,
        boolean done,
        boolean held,
        List<Allergen> allergens) {

    public OrderItem {
        modifiers = List.copyOf(modifiers);
        allergens = Allergen.sorted(allergens);
    }

    /** A line without allergens declared. */
    public OrderItem(Integer menuItemId, String name, int quantity, BigDecimal unitPrice, List<ChosenModifier> modifiers,
                     String instructions, BigDecimal lineTotal, String station, boolean openItem, boolean comped,
                     boolean done, boolean held) {
        this(menuItemId, name, quantity, unitPrice, modifiers, instructions, lineTotal, station, openItem, comped, done,
                held, List.of());
    }

    /** A line as placed: not comped. */
    public OrderItem(Integer menuItemId, String name, int quantity, BigDecimal unitPrice, List<ChosenModifier> modifiers,
                     String instructions, BigDecimal lineTotal, String station, boolean openItem) {
        this(menuItemId, name, quantity, unitPrice, modifiers, instructions, lineTotal, station, openItem, false, false,
                false);
    }

    /** This line, comped. */
    OrderItem asComped() {
        return new OrderItem(menuItemId, name, quantity, unitPrice, modifiers, instructions, lineTotal, station, openItem,
                true, done, held, allergens);
    }

    /** This line, done or not. */
    OrderItem asDone(boolean isDone) {
        return new OrderItem(menuItemId, name, quantity, unitPrice, modifiers, instructions, lineTotal, station, openItem,
                comped, isDone, held, allergens);
    }

    /** This line, held or not. */
    OrderItem asHeld(boolean isHeld) {
        return new OrderItem(menuItemId, name, quantity, unitPrice, modifiers, instructions, lineTotal, station, openItem,
                comped, done, isHeld, allergens);
    }

    /** A modifier chosen for a line, with the price delta it had at order time. */
    public record ChosenModifier(int id, String name, BigDecimal priceDelta) {
    }
}
