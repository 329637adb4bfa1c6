package com.bistro92.order;

import static com.bistro92.db.Tables.ORDER_LINE;

import com.bistro92.journal.Tx;
import com.bistro92.json.Wire;
import com.bistro92.problem.Problem;
import com.bistro92.staff.Authority;
import com.bistro92.staff.Permission;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How a ticket changes short of a whole-ticket bump, inside the journal's group transaction: the
 * kitchen marks lines done (or undoes that), a server holds lines until they fire them, or marks
 * the order urgent. Every check comes before the first write; each change writes its lines and the
 * order's row (one version later) and logs one {@link OrderEvent.TicketChanged}.
 *
 * <p>When the last line is done, the order becomes READY through the same write as a whole-ticket
 * bump ({@link OrderChanges#write}); the first line done on a PLACED or RECEIVED order starts it
 * PREPARING. Undoing a line of a READY order, or firing lines of one, puts it back to PREPARING, as
 * a recall does, so that the ticket is on the kitchen's queue again.
 */
final class TicketChanges {

    private final OrderChanges orders;
    private final ObjectMapper json;

    TicketChanges(OrderChanges orders, ObjectMapper json) {
        this.orders = orders;
        this.json = json;
    }

    /**
     * @throws Problem 403 when its maker may not, 404 for no such order, 409 for a stale version or a
     *                 change the ticket's state refuses (a held line bumped, a done line held…), 422 for no such line
     */
    Order apply(Tx tx, TicketChange change, Integer expectedVersion) {
        Authority.require(tx, change.by(), switch (change.kind()) {
            case LINES_DONE -> Permission.BUMP;
            case LINES_UNDONE -> Permission.RECALL;
            case HOLD, FIRE, URGENT, NOT_URGENT -> Permission.HOLD_AND_RUSH;
        });
        Order current = orders.current(tx, change.orderId(), expectedVersion);
        Order next = change.isRush() ? rush(current, change, tx) : lines(current, change, tx);
        if (next == current) {
            return current;
        }
        OrderChanges.write(tx, current, next);
        if (!change.isRush()) {
            writeLines(tx, next, change.lineSet());
        }
        byte[] body = Wire.bytes(json, next);
        byte[] summary = Wire.bytes(json, change.summary());
        tx.log(seq -> new OrderEvent.TicketChanged(seq, next, change, current.status(),
                Wire.envelope(FeedMessage.ORDER_UPDATED, seq, "order", body, change.by(), summary)));
        return next;
    }

    /** The order marked urgent or not; the same order when it already is (nothing written, no event). */
    private static Order rush(Order current, TicketChange change, Tx tx) {
        if (!current.status().isOpen()) {
            throw Problem.conflict("Order closed", "Order " + current.id() + " is " + current.status()
                    + "; only an open order can be rushed");
        }
        boolean urgent = change.kind() == TicketChange.Kind.URGENT;
        return current.urgent() == urgent ? current
                : current.withTicket(current.items(), current.status(), urgent, tx.now());
    }

    private static Order lines(Order current, TicketChange change, Tx tx) {
        TicketChange.Kind kind = change.kind();
        boolean onQueue = OrderStatus.KITCHEN.contains(current.status());
        boolean mayReopen = (kind == TicketChange.Kind.LINES_UNDONE || kind == TicketChange.Kind.FIRE)
                && current.status() == OrderStatus.READY;
        if (!onQueue && !mayReopen) {
            throw Problem.conflict("Not in the kitchen", "Order " + current.id() + " is " + current.status()
                    + "; its lines can no longer be " + verb(kind));
        }
        List<OrderItem> next = new ArrayList<>(current.items());
        for (int lineNo : change.lines()) {
            if (lineNo > next.size()) {
                throw Problem.unprocessable("The change was refused", List.of(new Problem.FieldError("lines",
                        "Order " + current.id() + " has " + next.size() + " lines, not " + lineNo)));
            }
            next.set(lineNo - 1, changed(current, lineNo, next.get(lineNo - 1), kind));
        }
        boolean allDone = next.stream().allMatch(OrderItem::done);
        OrderStatus status = switch (kind) {
            case LINES_DONE -> allDone ? OrderStatus.READY : OrderStatus.PREPARING;
            case LINES_UNDONE, FIRE -> mayReopen ? OrderStatus.PREPARING : current.status();
            default -> current.status();
        };
        return current.withTicket(next, status, current.urgent(), tx.now());
    }

    /** Line {@code lineNo} after the change; refuses a change its state does not allow. */
    private static OrderItem changed(Order order, int lineNo, OrderItem line, TicketChange.Kind kind) {
        String which = "Line " + lineNo + " of order " + order.id() + " (" + line.name() + ")";
        return switch (kind) {
            case LINES_DONE -> {
                refuseIf(line.held(), "Line held", which + " is held; fire it before marking it done");
                refuseIf(line.done(), "Already done", which + " is already done");
                yield line.asDone(true);
            }
            case LINES_UNDONE -> {
                refuseIf(!line.done(), "Not done", which + " is not done");
                yield line.asDone(false);
            }
            case HOLD -> {
                refuseIf(line.done(), "Already done", which + " is already done; it cannot be held");
                refuseIf(line.held(), "Already held", which + " is already held");
                yield line.asHeld(true);
            }
            case FIRE -> {
                refuseIf(!line.held(), "Not held", which + " is not held");
                yield line.asHeld(false);
            }
            case URGENT, NOT_URGENT -> throw new IllegalArgumentException("Not a change of lines: " + kind);
        };
    }

    private static void refuseIf(boolean refused, String title, String detail) {
        if (refused) {
            throw Problem.conflict(title, detail);
        }
    }

    /** Writes the changed lines' state: one statement, as every line of a change ends in the same state. */
    private static void writeLines(Tx tx, Order next, Set<Integer> lineNos) {
        OrderItem sample = next.items().get(lineNos.iterator().next() - 1);
        tx.sql().update(ORDER_LINE)
                .set(ORDER_LINE.DONE_AT, sample.done() ? next.updatedAt() : null)
                .set(ORDER_LINE.HELD, sample.held())
                .where(ORDER_LINE.ORDER_ID.eq(next.id()).and(ORDER_LINE.LINE_NO.in(lineNos)))
                .execute();
    }

    private static String verb(TicketChange.Kind kind) {
        return switch (kind) {
            case LINES_DONE -> "marked done";
            case LINES_UNDONE -> "marked not done";
            case HOLD -> "held";
            case FIRE -> "fired";
            case URGENT, NOT_URGENT -> "rushed";
        };
    }
}
