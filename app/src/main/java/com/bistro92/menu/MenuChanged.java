package com.bistro92.menu;

import com.bistro92.journal.LoggedEvent;

/** The menu changed (an item was 86'd or brought back, say): pads fetch {@code /api/v1/menu} again. */
public record MenuChanged(long seq, String json) implements LoggedEvent {

    /** The wire type. */
    public static final String TYPE = "menu_changed";

    @Override
    public String type() {
        return TYPE;
    }

    /** Every table hears of it. */
    @Override
    public Integer tableId() {
        return null;
    }
}
