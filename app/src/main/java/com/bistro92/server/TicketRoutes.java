package com.bistro92.server;

import com.bistro92.order.Orders;
import com.bistro92.order.TicketChange;
import com.bistro92.problem.Problem;
import com.bistro92.problem.Problem.FieldError;
import java.util.List;

/**
 * A ticket's lines and rush flag, staff (and, for lines, a display) only; each answers the order as it is after the change:
 * <ul>
 *   <li>{@code POST /api/v1/orders/{id}/lines/{line}/done} and {@code .../undone} with
 *       {@code {"version": 3}}: the kitchen marks one line done, or undoes that. The last line done
 *       makes the order READY. The version is required, as for a status change: a stale one is a 409.</li>
 *   <li>{@code POST /api/v1/orders/{id}/lines/done} and {@code .../lines/undone} with
 *       {@code {"lines": [1, 3], "version": 3}}: several lines at once, all or nothing, as a station
 *       display bumps its lines on a ticket. The version is required here too.</li>
 *   <li>{@code POST /api/v1/orders/{id}/hold} and {@code .../fire} with {@code {"lines": [2, 3]}}: a
 *       server holds lines (a later course) until firing them; a held line cannot be marked done.</li>
 *   <li>{@code POST /api/v1/orders/{id}/urgent} with {@code {"urgent": true}} (or false to clear it).</li>
 * </ul>
 * Hold, fire and urgent take an optional {@code "version"}, as a void or a comp does. A paired
 * display may mark lines done and undone; hold, fire and urgent are staff's alone.
 */
final class TicketRoutes {

    /** The body of a line bump: the version of the order the client last saw. */
    record LineBody(Integer version) {
    }

    /** The body of a hold or a fire: the lines, numbered from 1, and optionally the version seen. */
    record LinesBody(List<Integer> lines, Integer version) {
    }

    /** The body of a rush: urgent or not, and optionally the version seen. */
    record UrgentBody(Boolean urgent, Integer version) {
    }

    private final Orders orders;

    TicketRoutes(Orders orders) {
        this.orders = orders;
    }

    void register(Router router) {
        router.post("/api/v1/orders/{id}/lines/done", Access.KITCHEN, this::linesDone)
                .post("/api/v1/orders/{id}/lines/undone", Access.KITCHEN, this::linesUndone)
                .post("/api/v1/orders/{id}/lines/{line}/done", Access.KITCHEN, this::done)
                .post("/api/v1/orders/{id}/lines/{line}/undone", Access.KITCHEN, this::undone)
                .post("/api/v1/orders/{id}/hold", Access.STAFF, this::hold)
                .post("/api/v1/orders/{id}/fire", Access.STAFF, this::fire)
                .post("/api/v1/orders/{id}/urgent", Access.STAFF, this::urgent);
    }

    private void done(Exchange ex) {
        long id = ex.longParam(PathParam.ORDER);
        int line = ex.intParam(PathParam.LINE);
        change(ex, TicketChange.done(id, line, null), version(ex.body(LineBody.class).version()));
    }

    private void undone(Exchange ex) {
        long id = ex.longParam(PathParam.ORDER);
        int line = ex.intParam(PathParam.LINE);
        change(ex, TicketChange.undone(id, line, null), version(ex.body(LineBody.class).version()));
    }

    private void linesDone(Exchange ex) {
        long id = ex.longParam(PathParam.ORDER);
        LinesBody body = ex.body(LinesBody.class);
        change(ex, TicketChange.done(id, body.lines(), null), version(body.version()));
    }

    private void linesUndone(Exchange ex) {
        long id = ex.longParam(PathParam.ORDER);
        LinesBody body = ex.body(LinesBody.class);
        change(ex, TicketChange.undone(id, body.lines(), null), version(body.version()));
    }

    private void hold(Exchange ex) {
        long id = ex.longParam(PathParam.ORDER);
        LinesBody body = ex.body(LinesBody.class);
        change(ex, TicketChange.hold(id, body.lines(), null), body.version());
    }

    private void fire(Exchange ex) {
        long id = ex.longParam(PathParam.ORDER);
        LinesBody body = ex.body(LinesBody.class);
        change(ex, TicketChange.fire(id, body.lines(), null), body.version());
    }

    private void urgent(Exchange ex) {
        long id = ex.longParam(PathParam.ORDER);
        UrgentBody body = ex.body(UrgentBody.class);
        if (body.urgent() == null) {
            throw Problem.unprocessable("Invalid rush", List.of(new FieldError("urgent", "is required: true or false")));
        }
        change(ex, TicketChange.urgent(id, body.urgent(), null), body.version());
    }

    private void change(Exchange ex, TicketChange change, Integer version) {
        ex.whenDone(orders.changeTicket(change, version), order -> ex.json(200, order));
    }

    private static int version(Integer version) {
        if (version == null || version < 1) {
            throw Problem.unprocessable("Invalid line bump",
                    List.of(new FieldError("version", "is required: the version of the order you are changing")));
        }
        return version;
    }
}
