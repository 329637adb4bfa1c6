package com.bistro92.server;

import com.bistro92.menu.MenuChanges;
import com.bistro92.order.Orders;
import com.bistro92.order.ServiceCall;
import com.bistro92.problem.Problem;
import com.bistro92.problem.Problem.FieldError;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Calls for service and the 86 switch:
 * {@code POST /api/v1/service-requests} {@code {"kind":"WAITER"|"BILL"}} (a pad for its table;
 * staff name {@code table_id}), {@code GET /api/v1/service-requests} and
 * {@code POST /api/v1/service-requests/{id}/acknowledge} (staff), and
 * {@code PUT /api/v1/menu/items/{id}/availability} {@code {"available": false}} (staff).
 */
final class ServiceRoutes {

    record CallBody(String kind, Integer tableId) {
    }

    record AvailabilityBody(Boolean available) {
    }

    record Availability(int menuItemId, boolean available) {
    }

    private static final Pattern ID = Pattern.compile("\\d{1,9}");

    private final Orders orders;
    private final MenuChanges menu;
    private final PadRates padCalls;

    ServiceRoutes(Orders orders, MenuChanges menu, PadRates padCalls) {
        this.orders = orders;
        this.menu = menu;
        this.padCalls = padCalls;
    }

    void register(Router router) {
        router.post("/api/v1/service-requests", this::call)
                .get("/api/v1/service-requests", this::open)
                .post("/api/v1/service-requests/{id}/acknowledge", this::acknowledge)
                .put("/api/v1/menu/items/{id}/availability", this::availability);
    }

    private void call(Exchange ex) {
        ex.requireStaffOrPad();
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
        ex.requireStaff();
        ex.json(200, orders.openServiceCalls());
    }

    private void acknowledge(Exchange ex) {
        ex.requireStaff();
        ex.whenDone(orders.acknowledgeService(id(ex)), outcome -> ex.json(200, outcome.call()));
    }

    private void availability(Exchange ex) {
        ex.requireStaff();
        int item = id(ex);
        Boolean available = ex.body(AvailabilityBody.class).available();
        if (available == null) {
            throw Problem.unprocessable("Invalid availability",
                    List.of(new FieldError("available", "is required: true or false")));
        }
        ex.whenDone(menu.setAvailability(item, available),
                now -> ex.json(200, new Availability(item, now)));
    }

    private static ServiceCall.Kind kind(String kind) {
        try {
            return ServiceCall.Kind.valueOf(kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problem.unprocessable("Invalid service request",
                    List.of(new FieldError("kind", "must be WAITER or BILL")));
        }
    }

    private static int id(Exchange ex) {
        String id = ex.pathParam("id");
        if (!ID.matcher(id).matches()) {
            throw Problem.notFound("There is nothing with id " + id);
        }
        return Integer.parseInt(id);
    }
}
