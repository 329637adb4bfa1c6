package com.bistro92.pad.rush;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the orders the rush tool sends, deterministically from a running number: one to three
 * distinct items from the mix, quantities 1 or 2, spread over twelve tables.
 */
record MenuMix(List<String> items) {

    /** Item names from the demo menu; the server need not know them (they become open items). */
    static final List<String> DEMO_ITEMS = List.of(
            "Classic Burger", "Truffle Fries", "Caesar Salad", "Margherita Pizza",
            "Iced Tea", "Lemonade", "Chocolate Lava Cake", "Grilled Salmon");

    static final int TABLES = 12;

    MenuMix {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("the item mix is empty");
        }
        items = List.copyOf(items);
    }

    OrderRequest order(long number) {
        return order(number, TABLES);
    }

    /** The order for {@code number}, at one of tables 1 to {@code tables}. */
    OrderRequest order(long number, int tables) {
        int size = items.size();
        int lines = Math.min(1 + Math.floorMod(number, 3), size);
        int first = Math.floorMod(number * 5, size);
        List<OrderRequest.Line> chosen = new ArrayList<>(lines);
        for (int j = 0; j < lines; j++) {
            chosen.add(new OrderRequest.Line(items.get((first + j) % size), 1 + Math.floorMod(number + j, 2)));
        }
        return new OrderRequest("Table " + (1 + Math.floorMod(number, tables)), chosen);
    }
}
