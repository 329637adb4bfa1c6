package com.bistro92.menu;

import java.math.BigDecimal;
import java.util.List;

/**
 * One good row of a menu CSV file.
 *
 * @param line   the file's line the row starts on (the header is line 1)
 * @param groups    the modifier groups the item offers, by name; null when the file has no
 *                  {@code modifier_groups} column (then an item keeps the groups it has)
 * @param allergens the allergens it contains; null when the file has no {@code allergens} column
 *                  (then an item keeps the allergens it has)
 */
public record CsvItem(long line, String category, String name, String description, BigDecimal price,
                      int prepMinutes, String station, boolean available, List<String> groups,
                      List<Allergen> allergens) {

    public CsvItem {
        groups = groups == null ? null : List.copyOf(groups);
        allergens = allergens == null ? null : Allergen.sorted(allergens);
    }

    /** The row as an item draft in category {@code categoryId}, for an item that has {@code current} allergens now. */
    ItemDraft draft(int categoryId, List<Allergen> current) {
        return new ItemDraft(categoryId, name, description, price, prepMinutes, station, available,
                allergens == null ? current : allergens);
    }
}
