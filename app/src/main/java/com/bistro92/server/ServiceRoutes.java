package com.bistro92.server;

import com.bistro92.order.Orders;
import com.bistro92.order.ServiceCall;
import com.bistro92.problem.Problem;
import com.bistro92.problem.Problem.FieldError;
import java.util.List;
import java.util.Locale;

/**
 * Calls for service:
 * {@code POST /api/v1/service-requests} {@code {"kind":"WAITER"|"BILL"}} (a pad for its table;
 * staff name {@code table_id}), {@code GET /api/v1/service-requests} and
 * {@code POST /api/v1/service-requests/{id}/acknowledge} (staff).
 */
final class ServiceRoutes {

    record CallBody(String kind, Integer tableId) {
    }

    private final Orders orders;
    private final PadRates padCalls;

    ServiceRoutes(Orders orders, PadRates padCalls) {
        this.orders = orders;
        this.padCalls = padCalls;
    }

    void register(Router router) {
        router.post("/api/v1/service-requests", Access.STAFF_OR_PAD, this::call)
                .get("/api/v1/service-requests", Access.STAFF, this::open)
                .post("/api/v1/service-requests/{id}/acknowledge", Access.STAFF, this::acknowledge);
    }

    private void call(Exchange ex) {
        CallBody body = ex.body(CallBody.class);
        ServiceCall.Kind kind = kind(body.kind());
        int table;
        Integer pad = null;
        if (ex.caller() instanceof Caller.Pad p) {
            padCalls.take(p.pad().padId(), null);
            table = p.pad().tableId();
            pad = p.pad().padId();
        } else if (body.tableId() != null) {
            table = body.tableId();
        } else {
            throw Problem.unprocessable("Invalid service request", List.of(new FieldError("table_id", "is required")));
        }
        ex.whenDone(orders.requestService(table, pad, kind),
                outcome -> ex.json(outcome.merged() ? 200 : 201, outcome));
    }

    private void open(Exchange ex) {
        ex.json(200, orders.openServiceCalls());
    }

    private void acknowledge(Exchange ex) {
        ex.whenDone(orders.acknowledgeService(ex.intParam(PathParam.SERVICE_CALL)), outcome -> ex.json(200, outcome.call()));
    }

    private static ServiceCall.Kind kind(String kind) {
        try {
            return ServiceCall.Kind.valueOf(kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problem.unprocessable("Invalid service request",
                    List.of(new FieldError("kind", "must be WAITER or BILL")));
        }
    }
}
