package com.bistro92.order;

import com.bistro92.problem.Problem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A change to an order's ticket short of a whole-ticket bump: lines marked done or undone by the
 * kitchen, lines held or fired by a server, the order marked urgent or not. Its event is an
 * {@code order_updated} whose envelope also carries {@code "change": {"kind": …, "lines": […]}}.
 *
 * @param lines the lines it concerns, numbered from 1; empty for {@link Kind#URGENT} and {@link Kind#NOT_URGENT}
 * @param by    the member of staff who made it, or null when no one signed in to the suite did
 */
public record TicketChange(long orderId, Kind kind, List<Integer> lines, Integer by) {

    /** More lines than any order has; a longer list is refused before it reaches the writer. */
    public static final int MAX_LINES = 200;

    public enum Kind {
        /** The kitchen cooked these lines (an item bump). */
        LINES_DONE,
        /** A line bump undone: the lines are to cook again. */
        LINES_UNDONE,
        /** A server holds these lines (a later course) until they fire them. */
        HOLD,
        /** Held lines go to the kitchen now. */
        FIRE,
        URGENT,
        NOT_URGENT
    }

    /** What the feed's envelope says of the change; who made it is the envelope's {@code "by"}. */
    public record Summary(Kind kind, List<Integer> lines) {
    }

    public TicketChange {
        Objects.requireNonNull(kind, "kind");
        // not List.copyOf: a null among the lines is refused by validate() with a 422, not here
        lines = lines == null ? null : Collections.unmodifiableList(new ArrayList<>(lines));
    }

    public static TicketChange done(long orderId, int lineNo, Integer by) {
        return new TicketChange(orderId, Kind.LINES_DONE, List.of(lineNo), by);
    }

    public static TicketChange undone(long orderId, int lineNo, Integer by) {
        return new TicketChange(orderId, Kind.LINES_UNDONE, List.of(lineNo), by);
    }

    /** Several lines done at once, as a station display's bump marks its lines; all or nothing. */
    public static TicketChange done(long orderId, List<Integer> lines, Integer by) {
        return new TicketChange(orderId, Kind.LINES_DONE, lines, by);
    }

    /** Several lines to cook again at once, as undoing a station display's bump does; all or nothing. */
    public static TicketChange undone(long orderId, List<Integer> lines, Integer by) {
        return new TicketChange(orderId, Kind.LINES_UNDONE, lines, by);
    }

    public static TicketChange hold(long orderId, List<Integer> lines, Integer by) {
        return new TicketChange(orderId, Kind.HOLD, lines, by);
    }

    public static TicketChange fire(long orderId, List<Integer> lines, Integer by) {
        return new TicketChange(orderId, Kind.FIRE, lines, by);
    }

    public static TicketChange urgent(long orderId, boolean urgent, Integer by) {
        return new TicketChange(orderId, urgent ? Kind.URGENT : Kind.NOT_URGENT, List.of(), by);
    }

    Summary summary() {
        return new Summary(kind, lines);
    }

    boolean isRush() {
        return kind == Kind.URGENT || kind == Kind.NOT_URGENT;
    }

    /** @throws Problem 422 when a change of lines names none, a line twice, or a line below 1 */
    void validate() {
        if (isRush()) {
            return;
        }
        String problem = null;
        if (lines == null || lines.isEmpty()) {
            problem = "is required: the numbers of the lines, from 1";
        } else if (lines.size() > MAX_LINES) {
            problem = "must name at most " + MAX_LINES + " lines";
        } else if (lines.stream().anyMatch(n -> n == null || n < 1)) {
            problem = "Lines are numbered from 1";
        } else if (new HashSet<>(lines).size() != lines.size()) {
            problem = "names a line twice";
        }
        if (problem != null) {
            throw Problem.unprocessable("The change was refused", List.of(new Problem.FieldError("lines", problem)));
        }
    }

    Set<Integer> lineSet() {
        return Set.copyOf(lines);
    }
}
