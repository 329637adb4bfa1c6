package com.bistro92.history;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A ticket change's {@code "change"} ({@code {"kind":"LINES_DONE","lines":[2]}}) in words for the
 * timeline: "Line 2 (Tiramisu) done", "Held line 3 (Tiramisu)", "Marked urgent".
 */
final class TicketWords {

    private TicketWords() {
    }

    static String of(JsonNode change, IntFunction<String> lineName) {
        String lines = lines(change.path("lines"), lineName);
        return switch (change.path("kind").asText()) {
            case "LINES_DONE" -> capital(lines) + " done";
            case "LINES_UNDONE" -> capital(lines) + " no longer done";
            case "HOLD" -> "Held " + lines;
            case "FIRE" -> "Fired " + lines;
            case "URGENT" -> "Marked urgent";
            case "NOT_URGENT" -> "No longer urgent";
            default -> "Ticket changed";
        };
    }

    /** "line 2 (Tiramisu)" or "lines 2 (Fries), 3 (Tiramisu)". */
    private static String lines(JsonNode numbers, IntFunction<String> lineName) {
        List<String> named = new ArrayList<>();
        numbers.forEach(n -> named.add(n.asInt() + " (" + lineName.apply(n.asInt()) + ")"));
        return (named.size() == 1 ? "line " : "lines ") + String.join(", ", named);
    }

    private static String capital(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
