package com.bistro92.waittime;

import com.bistro92.journal.LoggedEvent;

/**
 * The kitchen became overloaded (as many tickets past red as the setting says), or is no longer:
 * every pad says so before its guests order, with the wait. Its wire form:
 * {@code {"type":"kitchen_busy","seq":N,"kitchen":{"busy":true,"late_tickets":7,"wait_s":2100}}}.
 */
public record KitchenBusy(long seq, Load load, String json) implements LoggedEvent {

    public static final String TYPE = "kitchen_busy";

    /**
     * @param waitS what a main course takes now, in seconds, or null when the history is too short to say
     */
    public record Load(boolean busy, int lateTickets, Integer waitS) {
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Integer tableId() {
        return null;
    }
}
