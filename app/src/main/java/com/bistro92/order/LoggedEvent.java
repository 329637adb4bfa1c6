package com.bistro92.order;

/** One entry of the event log: its sequence number, the table it concerns, and its wire JSON. */
public record LoggedEvent(long seq, Integer tableId, String json) {
}
