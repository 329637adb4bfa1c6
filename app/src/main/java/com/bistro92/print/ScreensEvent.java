package com.bistro92.print;

import com.bistro92.journal.LoggedEvent;

/**
 * The kitchen screens stopped following the orders (every paired display lost its feed), or one
 * came back. Printers set to stand in for the screens print their stations' tickets meanwhile.
 */
public sealed interface ScreensEvent extends LoggedEvent {

    @Override
    default Integer tableId() {
        return null;
    }

    @Override
    default boolean staffOnly() {
        return true;
    }

    record Down(long seq, String json) implements ScreensEvent {
        public static final String TYPE = "kitchen_screens_down";

        @Override
        public String type() {
            return TYPE;
        }
    }

    record Back(long seq, String json) implements ScreensEvent {
        public static final String TYPE = "kitchen_screens_back";

        @Override
        public String type() {
            return TYPE;
        }
    }
}
