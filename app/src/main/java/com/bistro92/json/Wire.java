package com.bistro92.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;

/**
 * Feed messages built around a body serialised once: {@code {"type":T,"seq":N,"field":BODY}}, the
 * same bytes Jackson writes for a record {@code (type, seq, field)}, without serialising the body again.
 */
public final class Wire {

    private Wire() {
    }

    /** The message of {@code type} with sequence number {@code seq} carrying {@code body} (JSON) as {@code field}. */
    public static String envelope(String type, long seq, String field, byte[] body) {
        return "{\"type\":\"" + type + "\",\"seq\":" + seq + ",\"" + field + "\":"
                + new String(body, StandardCharsets.UTF_8) + "}";
    }

    /**
     * As {@link #envelope(String, long, String, byte[])}, with {@code "by": staffId} at the end when a
     * member of staff made the change from the suite.
     */
    public static String envelope(String type, long seq, String field, byte[] body, Integer by) {
        String message = envelope(type, seq, field, body);
        return by == null ? message : message.substring(0, message.length() - 1) + ",\"by\":" + by + "}";
    }

    /**
     * As above, with {@code "approved_by": managerId} after {@code by} when a manager approved a
     * change that its maker could not make alone.
     */
    public static String envelope(String type, long seq, String field, byte[] body, Integer by, Integer approvedBy) {
        String message = envelope(type, seq, field, body, by);
        return approvedBy == null ? message
                : message.substring(0, message.length() - 1) + ",\"approved_by\":" + approvedBy + "}";
    }

    /**
     * As {@link #envelope(String, long, String, byte[], Integer)}, with {@code "change": change} (JSON)
     * after {@code by}: what the change was, beside the whole {@code body} after it.
     */
    public static String envelope(String type, long seq, String field, byte[] body, Integer by, byte[] change) {
        String message = envelope(type, seq, field, body, by);
        return message.substring(0, message.length() - 1) + ",\"change\":"
                + new String(change, StandardCharsets.UTF_8) + "}";
    }

    /** A message with no body: {@code {"type":T,"seq":N}}. */
    public static String envelope(String type, long seq) {
        return "{\"type\":\"" + type + "\",\"seq\":" + seq + "}";
    }

    /** {@code value} as JSON bytes with the suite's mapper. */
    public static byte[] bytes(ObjectMapper json, Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }
}
