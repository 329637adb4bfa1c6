package com.bistro92.stock;

import java.util.List;

/**
 * A count on hand: an item's own, or an ingredient several items share.
 *
 * @param onHand  how many portions are left
 * @param itemIds the menu items that take one from it per portion ordered
 */
public record StockLevel(int id, String name, int onHand, List<Integer> itemIds) {

    public StockLevel {
        itemIds = List.copyOf(itemIds);
    }
}
