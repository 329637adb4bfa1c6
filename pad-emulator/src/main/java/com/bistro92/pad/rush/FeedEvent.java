package com.bistro92.pad.rush;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;

/**
 * The part of an order-feed message the rush tool needs: {@code type}, {@code seq} and, for
 * order events, the order's {@code id}.
 *
 * <p>The feed sends {@code {"type":"initial","seq":N,"orders":[...]}} first, then
 * {@code {"type":"new_order"|"order_updated","seq":N,"order":{...}}} per event. Reading stops as
 * soon as those fields are known, so a huge {@code initial} snapshot is never parsed in full and
 * may even be cut short (see {@link FeedListener}).
 *
 * @param orderId the order's id, or {@code -1} for messages without one
 */
record FeedEvent(String type, long seq, long orderId) {

    static final String INITIAL = "initial";
    static final String NEW_ORDER = "new_order";
    static final String ORDER_UPDATED = "order_updated";

    static FeedEvent parse(JsonFactory json, String text) throws IOException {
        try (JsonParser parser = json.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("a feed message is not a JSON object");
            }
            String type = null;
            Long seq = null;
            long orderId = -1;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "type" -> type = parser.getValueAsString();
                    case "seq" -> seq = value.isNumeric() ? parser.getLongValue() : null;
                    case "order" -> {
                        boolean headKnown = type != null && seq != null;
                        orderId = orderId(parser, headKnown);
                        if (headKnown && orderId >= 0) {
                            return new FeedEvent(type, seq, orderId);
                        }
                    }
                    default -> {
                        if (type != null && seq != null && (!hasOrder(type) || orderId >= 0)) {
                            return new FeedEvent(type, seq, orderId);
                        }
                        parser.skipChildren();
                    }
                }
            }
            if (type == null || seq == null) {
                throw new IOException("a feed message without type or seq");
            }
            if (hasOrder(type) && orderId < 0) {
                throw new IOException("a " + type + " message without an order id");
            }
            return new FeedEvent(type, seq, orderId);
        }
    }

    private static boolean hasOrder(String type) {
        return type.equals(NEW_ORDER) || type.equals(ORDER_UPDATED);
    }

    /** Reads the order object's id; with {@code stopAtId} it leaves the rest of the message unread. */
    private static long orderId(JsonParser parser, boolean stopAtId) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return -1;
        }
        long id = -1;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (field.equals("id") && value == JsonToken.VALUE_NUMBER_INT) {
                id = parser.getLongValue();
                if (stopAtId) {
                    return id;
                }
            } else {
                parser.skipChildren();
            }
        }
        return id;
    }
}
