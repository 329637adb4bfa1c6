package com.bistro92.order;

/** One entry of the event log: its sequence number and its wire JSON. */
public record LoggedEvent(long seq, String json) {
}
