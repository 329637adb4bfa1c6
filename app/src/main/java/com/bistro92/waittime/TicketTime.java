package com.bistro92.waittime;

import java.util.List;

/**
 * One past ticket, as the wait times learn from it: what it held, how busy the kitchen was when it
 * was placed, and how long it took from placed to ready.
 *
 * @param rail    the food tickets in the kitchen (placed, not yet ready) when it was placed
 * @param seconds from placed to ready
 */
public record TicketTime(List<Line> lines, int rail, long seconds) {

    /** A line: its menu item and station. */
    public record Line(int itemId, String station) {
    }

    public TicketTime {
        lines = List.copyOf(lines);
    }
}
