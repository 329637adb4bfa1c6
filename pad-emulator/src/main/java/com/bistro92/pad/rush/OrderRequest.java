package com.bistro92.pad.rush;

import java.util.List;

/**
 * The body of {@code POST /api/order}, as a pad sends it:
 * {@code {"table": "Table 5", "items": [{"name": "Burger", "quantity": 2}]}}.
 */
record OrderRequest(String table, List<Line> items) {

    OrderRequest {
        items = List.copyOf(items);
    }

    /** One ordered item, by its menu name (unknown names become open items on the server). */
    record Line(String name, int quantity) {
    }
}
