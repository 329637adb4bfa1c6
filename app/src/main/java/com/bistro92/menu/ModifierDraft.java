package com.bistro92.menu;

import java.math.BigDecimal;
import java.util.List;

/**
 * A modifier as the manager fills it in: its price delta is exact, between −1000 and 1000, two
 * decimals at most; {@code allergens} are what choosing it adds to the item.
 */
public record ModifierDraft(String name, BigDecimal priceDelta, boolean available, List<Allergen> allergens) {

    public ModifierDraft {
        allergens = Allergen.sorted(allergens);
    }

    /** A modifier that adds no allergen. */
    public ModifierDraft(String name, BigDecimal priceDelta, boolean available) {
        this(name, priceDelta, available, List.of());
    }
}
