package com.bistro92.menu;

import java.math.BigDecimal;
import java.util.List;

/**
 * One good row of a menu CSV file.
 *
 * @param line   the file's line the row starts on (the header is line 1)
 * @param groups the modifier groups the item offers, by name; null when the file has no
 *               {@code modifier_groups} column (then an item keeps the groups it has)
 */
public record CsvItem(long line, String category, String name, String description, BigDecimal price,
                      int prepMinutes, String station, boolean available, List<String> groups) {

    public CsvItem {
        groups = groups == null ? null : List.copyOf(groups);
    }

    /** The row as an item draft in category {@code categoryId}. */
    ItemDraft draft(int categoryId) {
        return new ItemDraft(categoryId, name, description, price, prepMinutes, station, available);
    }
}
