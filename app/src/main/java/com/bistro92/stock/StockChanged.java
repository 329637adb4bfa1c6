package com.bistro92.stock;

import com.bistro92.journal.LoggedEvent;

/**
 * A count on hand changed: an order took from it, or staff or an inventory system set it. Its wire
 * form: {@code {"type":"stock_changed","seq":N,"stock":{"id":1,"name":"Salmon portions","on_hand":2,
 * "item_ids":[8]},"by":…}}. Staff only (pads see the menu's availability, not the counts).
 */
public record StockChanged(long seq, StockLevel level, String json) implements LoggedEvent {

    public static final String TYPE = "stock_changed";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Integer tableId() {
        return null;
    }

    @Override
    public boolean staffOnly() {
        return true;
    }
}
