package com.bistro92.menu;

import java.math.BigDecimal;
import java.util.List;

/**
 * An item as the manager fills it in, before the menu's rules have checked it.
 *
 * @param categoryId  the category it is listed under
 * @param price       exact, at least 0, at most two decimals
 * @param prepMinutes 0 to 240
 * @param station     the kitchen station that makes it, such as {@code GRILL} or {@code BAR}
 * @param available   false to 86 it
 * @param allergens   the allergens it contains
 */
public record ItemDraft(int categoryId, String name, String description, BigDecimal price, int prepMinutes,
                        String station, boolean available, List<Allergen> allergens) {

    public ItemDraft {
        allergens = Allergen.sorted(allergens);
    }

    /** A draft that declares no allergen. */
    public ItemDraft(int categoryId, String name, String description, BigDecimal price, int prepMinutes,
                     String station, boolean available) {
        this(categoryId, name, description, price, prepMinutes, station, available, List.of());
    }

    /** The draft of an item already on the menu, to edit. */
    public static ItemDraft of(int categoryId, Menu.Item item) {
        return new ItemDraft(categoryId, item.name(), item.description(), item.price(), item.prepMinutes(),
                item.station(), item.available(), item.allergens());
    }
}
