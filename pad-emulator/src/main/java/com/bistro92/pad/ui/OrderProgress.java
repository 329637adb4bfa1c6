package com.bistro92.pad.ui;

import com.fasterxml.jackson.databind.JsonNode;

/** What a guest reads of one of the party's orders, from the order as the feed sends it. */
final class OrderProgress {

    private OrderProgress() {
    }

    /**
     * What a guest reads of an order: its status and, while the kitchen is on it, how many lines
     * are cooked and how many wait for a later course ("Preparing · 1 of 3 ready · 1 to follow").
     */
    static String of(JsonNode order) {
        return of(order, java.time.Instant.now());
    }

    /**
     * As {@link #of(JsonNode)}, with how long the order still takes at {@code now}, as the kitchen
     * estimated it when it was placed ("Sent · ready in about 12 min"), when it did.
     */
    static String of(JsonNode order, java.time.Instant now) {
        String status = order.path("status").asText();
        StringBuilder text = new StringBuilder(label(status));
        if (!"RECEIVED".equals(status) && !"PREPARING".equals(status) && !"PLACED".equals(status)) {
            return text.toString();
        }
        int lines = 0;
        int done = 0;
        int held = 0;
        for (JsonNode item : order.path("items")) {
            lines++;
            if (item.path("done").asBoolean()) {
                done++;
            } else if (item.path("held").asBoolean()) {
                held++;
            }
        }
        if (done > 0) {
            text.append(" · ").append(done).append(" of ").append(lines).append(" ready");
        }
        if (held > 0) {
            text.append(" · ").append(held).append(" to follow");
        }
        if (order.path("urgent").asBoolean()) {
            text.append(" · prioritised");
        }
        JsonNode estimate = order.path("ready_in");
        if (estimate.isObject() && order.hasNonNull("created_at")) {
            long since = java.time.Duration.between(java.time.Instant.parse(order.path("created_at").asText()), now)
                    .toSeconds();
            long middle = (estimate.path("low_s").asLong() + estimate.path("high_s").asLong()) / 2 - since;
            text.append(middle <= 0 ? " · ready any minute now"
                    : " · ready in about " + Math.max(1, Math.round(middle / 60.0)) + " min");
        }
        return text.toString();
    }

    /** What a guest reads for each status. */
    static String label(String status) {
        return switch (status) {
            case "PLACED" -> "Sent";
            case "RECEIVED" -> "Received";
            case "PREPARING" -> "Preparing";
            case "READY" -> "Ready";
            case "DELIVERED" -> "Delivered";
            case "CANCELLED" -> "Cancelled";
            default -> status;
        };
    }
}
