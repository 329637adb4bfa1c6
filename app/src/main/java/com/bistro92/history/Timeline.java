package com.bistro92.history;

import com.bistro92.history.OrderDetail.Step;
import com.bistro92.history.OrderDetail.TimelineEntry;
import com.bistro92.order.OrderSource;
import com.bistro92.order.OrderStatus;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * An order's life in words, from its events in the log ({@code order_event}, with who made each
 * change as {@code "by"}), its voids and comps ({@code order_adjustment}, with the manager who
 * approved them), its payments and the money given back from its party's bill. A void or comp
 * replaces the plain event that announced it.
 */
final class Timeline {

    /** One logged event of the order, as stored. */
    record Event(long seq, String type, Instant at, String payload) {
    }

    /** One void or comp of the order, as stored. */
    record Adjustment(String kind, Integer lineNo, String reason, BigDecimal amount, Integer staffId,
                      Integer approvedBy, Instant at, long eventSeq) {
    }

    private final ObjectMapper json;

    Timeline(ObjectMapper json) {
        this.json = json;
    }

    /** The staff ids the events name, so that one query can name them all. */
    List<Integer> staffIn(List<Event> events) {
        List<Integer> ids = new ArrayList<>();
        for (Event e : events) {
            JsonNode by = read(e.payload()).get("by");
            if (by != null && by.canConvertToInt()) {
                ids.add(by.intValue());
            }
        }
        return ids;
    }

    /**
     * The entries, oldest first.
     *
     * @param lineName the name of the order's line {@code no}, for a comp
     */
    List<TimelineEntry> entries(String table, OrderSource source, List<Event> events, List<Adjustment> adjustments,
                                List<OrderDetail.Payment> payments, List<OrderDetail.Refund> refunds,
                                StaffNames staff, IntFunction<String> lineName) {
        Map<Long, Adjustment> bySeq = new HashMap<>();
        adjustments.forEach(a -> bySeq.put(a.eventSeq(), a));
        List<TimelineEntry> entries = new ArrayList<>();
        OrderStatus was = null;
        for (Event e : events) {
            JsonNode message = read(e.payload());
            JsonNode byNode = message.get("by");
            String by = byNode != null && byNode.canConvertToInt() ? staff.name(byNode.intValue()) : null;
            OrderStatus now = status(message);
            Adjustment adjustment = bySeq.remove(e.seq());
            if (adjustment != null) {
                entries.add(entry(adjustment, staff, lineName));
            } else if (message.hasNonNull("change")) {
                boolean moved = now != null && was != null && now != was;
                String text = TicketWords.of(message.get("change"), lineName)
                        + (moved ? ", " + lowerFirst(moved(was, now)) : "") + suffix(by);
                entries.add(new TimelineEntry(e.seq(), e.at(), moved ? step(was, now) : Step.KITCHEN, text, null));
            } else if ("new_order".equals(e.type())) {
                entries.add(new TimelineEntry(e.seq(), e.at(), Step.PLACED, placed(table, source, by), null));
            } else if (now != null && was != null && now != was) {
                entries.add(new TimelineEntry(e.seq(), e.at(), step(was, now), moved(was, now) + suffix(by), null));
            } else {
                entries.add(new TimelineEntry(e.seq(), e.at(), Step.OTHER, words(e.type()) + suffix(by), null));
            }
            was = now != null ? now : was;
        }
        bySeq.values().forEach(a -> entries.add(entry(a, staff, lineName)));
        for (OrderDetail.Payment p : payments) {
            entries.add(new TimelineEntry(Long.MAX_VALUE, p.paidAt(), Step.PAYMENT, paid(p), p.amount()));
        }
        for (OrderDetail.Refund r : refunds) {
            entries.add(new TimelineEntry(Long.MAX_VALUE, r.at(), Step.REFUND, refunded(r), r.amount()));
        }
        entries.sort(Comparator.comparing(TimelineEntry::at).thenComparingLong(TimelineEntry::seq));
        return entries;
    }

    private static String placed(String table, OrderSource source, String by) {
        String at = "Placed at " + table;
        if (by != null) {
            return at + " by " + by;
        }
        return switch (source) {
            case PAD -> at + " from the table's pad";
            case SEED -> at + " through the order API";
            case STAFF -> at + " by staff";
        };
    }

    private static String moved(OrderStatus from, OrderStatus to) {
        return switch (to) {
            case RECEIVED -> from == OrderStatus.PLACED ? "Received in the kitchen" : "Bump undone: back to Received";
            case PREPARING -> from == OrderStatus.READY ? "Recalled to Preparing" : "Bumped to Preparing";
            case READY -> "Bumped to Ready";
            case DELIVERED -> "Delivered";
            case CANCELLED -> "Cancelled";
            case PLACED -> "Back to Placed";
        };
    }

    private static Step step(OrderStatus from, OrderStatus to) {
        boolean back = to.ordinal() < from.ordinal() && to != OrderStatus.CANCELLED;
        if (back) {
            return Step.RECALLED;
        }
        return switch (to) {
            case READY -> Step.READY;
            case DELIVERED -> Step.DELIVERED;
            case CANCELLED -> Step.CANCELLED;
            default -> Step.KITCHEN;
        };
    }

    private static TimelineEntry entry(Adjustment a, StaffNames staff, IntFunction<String> lineName) {
        boolean isVoid = "VOID".equals(a.kind());
        StringBuilder text = new StringBuilder(isVoid ? "Voided" : "Comped line " + a.lineNo()
                + " (" + lineName.apply(a.lineNo() == null ? 0 : a.lineNo()) + ")");
        if (a.staffId() != null) {
            text.append(" by ").append(staff.name(a.staffId()));
        }
        if (a.approvedBy() != null && !a.approvedBy().equals(a.staffId())) {
            text.append(", approved by ").append(staff.name(a.approvedBy()));
        }
        text.append(": ").append(a.reason());
        return new TimelineEntry(a.eventSeq(), a.at(), isVoid ? Step.VOID : Step.COMP, text.toString(), a.amount());
    }

    private static String paid(OrderDetail.Payment p) {
        String how = p.method().charAt(0) + p.method().substring(1).toLowerCase(Locale.ROOT);
        return (p.forWholeTable() ? "Table's bill paid" : "Paid") + " (" + how + ")"
                + (p.takenBy() == null ? "" : ", taken by " + p.takenBy());
    }

    private static String refunded(OrderDetail.Refund r) {
        String how = r.method().charAt(0) + r.method().substring(1).toLowerCase(Locale.ROOT);
        return "Refunded from the table's bill (" + how + ")" + (r.givenBy() == null ? "" : " by " + r.givenBy())
                + (r.approvedBy() == null ? "" : ", approved by " + r.approvedBy()) + ": " + r.reason();
    }

    private static String lowerFirst(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static String suffix(String by) {
        return by == null ? "" : " by " + by;
    }

    /** "order_updated" as "Order updated", for an event this timeline has no words of its own for. */
    private static String words(String type) {
        String spaced = type.replace('_', ' ');
        return spaced.isEmpty() ? "Changed" : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    private static OrderStatus status(JsonNode message) {
        JsonNode status = message.path("order").get("status");
        if (status == null || !status.isTextual()) {
            return null;
        }
        try {
            return OrderStatus.valueOf(status.asText());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private JsonNode read(String payload) {
        try {
            return json.readTree(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A logged event is not JSON", e);
        }
    }
}
