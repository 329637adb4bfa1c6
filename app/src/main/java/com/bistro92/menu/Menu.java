package com.bistro92.menu;

import java.math.BigDecimal;
import java.util.List;

/**
 * The whole menu as pads and staff see it: categories, items with their price and availability,
 * and the modifier groups each item offers.
 */
public record Menu(List<Category> categories) {

    public Menu {
        categories = List.copyOf(categories);
    }

    public record Category(int id, String name, List<Item> items) {
        public Category {
            items = List.copyOf(items);
        }
    }

    /**
     * @param available false when the item is 86'd
     * @param hasPhoto  whether the item has a photo ({@code GET /api/v1/menu/items/{id}/photo})
     * @param allergens the allergens it contains, in {@link Allergen}'s order
     */
    public record Item(int id, String name, String description, BigDecimal price, boolean available,
                       int prepMinutes, String station, List<Group> modifierGroups, boolean hasPhoto,
                       List<Allergen> allergens) {
        public Item {
            modifierGroups = List.copyOf(modifierGroups);
            allergens = Allergen.sorted(allergens);
        }

        /** An item with no allergens declared. */
        public Item(int id, String name, String description, BigDecimal price, boolean available,
                    int prepMinutes, String station, List<Group> modifierGroups, boolean hasPhoto) {
            this(id, name, description, price, available, prepMinutes, station, modifierGroups, hasPhoto, List.of());
        }
    }

    /** A choice to make for an item: between {@code minChoices} and {@code maxChoices} of its modifiers. */
    public record Group(int id, String name, int minChoices, int maxChoices, List<Modifier> modifiers) {
        public Group {
            modifiers = List.copyOf(modifiers);
        }
    }

    /** @param allergens what choosing it adds to the item ("add walnuts": nuts), in {@link Allergen}'s order */
    public record Modifier(int id, String name, BigDecimal priceDelta, boolean available, List<Allergen> allergens) {
        public Modifier {
            allergens = Allergen.sorted(allergens);
        }

        /** A modifier that adds no allergen. */
        public Modifier(int id, String name, BigDecimal priceDelta, boolean available) {
            this(id, name, priceDelta, available, List.of());
        }
    }

    /** The category of the item {@code itemId}, if it is on the menu. */
    public java.util.Optional<Category> categoryOf(int itemId) {
        return categories.stream().filter(c -> c.items().stream().anyMatch(i -> i.id() == itemId)).findFirst();
    }
}
