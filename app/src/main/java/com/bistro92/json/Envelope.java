package com.bistro92.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import java.math.BigDecimal;

/**
 * A feed message read back from its wire form ({@link Wire#envelope}): what a suite node makes of
 * an event another node logged to the database they share. Only the suite's own logged messages
 * are read here, never a client's.
 */
public final class Envelope {

    private final ObjectMapper json;
    private final JsonNode message;

    private Envelope(ObjectMapper json, JsonNode message) {
        this.json = json;
        this.message = message;
    }

    public static Envelope read(ObjectMapper json, String message) {
        try {
            // amounts keep their scale: 2.80 stays 2.80, not the double 2.8
            return new Envelope(json, json.reader()
                    .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                    .readTree(message));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a feed message: " + e.getOriginalMessage(), e);
        }
    }

    /** The body in {@code field}, as {@code type}. */
    public <T> T body(String field, Class<T> type) {
        JsonNode body = message.get(field);
        if (body == null || body.isNull()) {
            throw new IllegalArgumentException("The message has no " + field);
        }
        try {
            return json.treeToValue(body, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot read the message's " + field + ": " + e.getOriginalMessage(), e);
        }
    }

    /** The whole number in {@code field}, or null when the message has none. */
    public Integer number(String field) {
        JsonNode value = message.get(field);
        return value == null || value.isNull() ? null : value.intValue();
    }

    /** The exact decimal in {@code field}, or null when the message has none. */
    public BigDecimal decimal(String field) {
        JsonNode value = message.get(field);
        return value == null || value.isNull() ? null : value.decimalValue();
    }
}
