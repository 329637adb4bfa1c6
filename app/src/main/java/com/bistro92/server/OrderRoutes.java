package com.bistro92.server;

import com.bistro92.order.Adjustment;
import com.bistro92.order.Allergy;
import com.bistro92.order.NewOrder;
import com.bistro92.order.Order;
import com.bistro92.order.OrderSource;
import com.bistro92.order.OrderStatus;
import com.bistro92.order.Orders;
import com.bistro92.problem.Problem;
import com.bistro92.problem.Problem.FieldError;
import com.bistro92.table.TableSessions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The versioned order API: {@code GET /api/v1/orders/{id}} and
 * {@code POST /api/v1/orders/{id}/status} with {@code {"status": "RECEIVED", "version": 1}}.
 * A status change that the lifecycle forbids, or that names a version the order has left, is a 409.
 * {@code POST /api/v1/orders/{id}/void} and {@code POST /api/v1/orders/{id}/lines/{line}/comp} with
 * {@code {"reason": "…"}} void an order or comp one of its lines (staff token only).
 * {@code POST /api/v1/orders/{id}/received} is the kitchen's receipt: a PLACED order becomes
 * RECEIVED, and an order past that is left as it is. A paired display may send the receipt and move
 * a ticket between RECEIVED, PREPARING and READY (bump, recall, undo); nothing else.
 */
final class OrderRoutes {

    /** The body of a status change: the wanted status and the version the client last saw. */
    record StatusChange(String status, Integer version) {
    }

    /** The answer to a receipt: whether it changed the order (false when another screen sent it first). */
    record Receipt(boolean changed) {
    }

    /** The statuses a display may move a ticket to: the kitchen's own steps, never delivered or cancelled. */
    private static final java.util.Set<OrderStatus> DISPLAY_STEPS = java.util.EnumSet.of(OrderStatus.RECEIVED,
            OrderStatus.PREPARING, OrderStatus.READY);

    /** The body of a void or a comp: why, and the version of the order the client last saw (optional). */
    record AdjustmentBody(String reason, Integer version) {
    }

    /** The body of {@code POST /api/v1/orders}; a pad's table is its own, staff name one. */
    record OrderBody(String table, List<LineBody> items, String notes, String idempotencyKey, AllergyBody allergy) {
    }

    /** The guest's allergy: allergen codes from the EU's 14 ({@code "nuts"}), and free text beside them. */
    record AllergyBody(List<String> allergens, String note) {

        /** The allergy it declares, {@link Allergy#NONE} for none (or no body). */
        static Allergy of(AllergyBody body) {
            return body == null ? Allergy.NONE : Allergy.read(body.allergens(), body.note());
        }
    }

    /** One line: a menu item by id, how many, the chosen modifiers by id, and a note for the kitchen. */
    record LineBody(Integer menuItemId, Integer quantity, List<Integer> modifierIds, String instructions) {
    }

    private final Orders orders;
    private final TableSessions sessions;
    private final PadRates padOrders;

    OrderRoutes(Orders orders, TableSessions sessions, PadRates padOrders) {
        this.orders = orders;
        this.sessions = sessions;
        this.padOrders = padOrders;
    }

    void register(Router router) {
        router.post("/api/v1/orders", Access.STAFF_OR_PAD, this::place)
                .get("/api/v1/orders/{id}", Access.STAFF_OR_PAD, this::order)
                .post("/api/v1/orders/{id}/status", Access.KITCHEN, this::changeStatus)
                .post("/api/v1/orders/{id}/received", Access.KITCHEN, this::received)
                .post("/api/v1/orders/{id}/void", Access.STAFF, this::voidOrder)
                .post("/api/v1/orders/{id}/lines/{line}/comp", Access.STAFF, this::comp);
    }

    /**
     * Places an order by menu ids. The server prices it from the menu. A retry with the same
     * {@code Idempotency-Key} (header or body) from the same caller returns the first order; the same
     * key with another body is a 409. Another caller's key is another order.
     */
    private void place(Exchange ex) {
        OrderBody body = ex.body(OrderBody.class);
        String table = body.table();
        OrderSource source = OrderSource.STAFF;
        Integer padId = null;
        if (ex.caller() instanceof Caller.Pad pad) {
            PadPolicy.mayOrder(pad.pad(), table);
            padOrders.take(pad.pad().padId(), ex.header("Idempotency-Key") != null
                    ? ex.header("Idempotency-Key") : body.idempotencyKey());
            table = pad.pad().table();
            source = OrderSource.PAD;
            padId = pad.pad().padId();
        }
        List<NewOrder.Line> lines = body.items() == null ? null : body.items().stream()
                .map(l -> l == null ? null : new NewOrder.Line(l.menuItemId(), null, l.quantity(), l.modifierIds(),
                        l.instructions()))
                .toList();
        String key = ex.header("Idempotency-Key") != null ? ex.header("Idempotency-Key") : body.idempotencyKey();
        NewOrder order = new NewOrder(table, lines, body.notes(), source, key, padId, ex.caller().keyScope(),
                AllergyBody.of(body.allergy()));
        ex.whenDone(orders.place(order),
                placement -> ex.placed(placement.json(), placement.created()));
    }

    /** An order; a pad sees only those of the party now at its table. */
    private void order(Exchange ex) {
        long id = ex.longParam(PathParam.ORDER);
        Optional<Order> found = orders.find(id);
        if (ex.caller() instanceof Caller.Pad pad) {
            Optional<Instant> seated = sessions.seatedSince(pad.pad().tableId());
            found = found.filter(o -> o.tableId() == pad.pad().tableId() && seated.isPresent()
                    && !o.createdAt().isBefore(seated.get()));
        }
        ex.json(200, found.orElseThrow(() -> Problem.notFound("There is no order " + id)));
    }

    private void received(Exchange ex) {
        ex.whenDone(orders.receive(ex.longParam(PathParam.ORDER)), changed -> ex.json(200, new Receipt(changed.isPresent())));
    }

    private void changeStatus(Exchange ex) {
        long id = ex.longParam(PathParam.ORDER);
        StatusChange body = ex.body(StatusChange.class);
        List<FieldError> errors = new ArrayList<>();
        OrderStatus status = parse(body.status(), errors);
        if (body.version() == null || body.version() < 1) {
            errors.add(new FieldError("version", "is required: the version of the order you are changing"));
        }
        if (!errors.isEmpty()) {
            throw Problem.unprocessable("Invalid status change", errors);
        }
        if (ex.caller() instanceof Caller.Display && !DISPLAY_STEPS.contains(status)) {
            throw new Problem(403, "Not for displays", "A display moves tickets through the kitchen only:"
                    + " RECEIVED, PREPARING or READY");
        }
        ex.whenDone(orders.changeStatus(id, status, body.version()), order -> ex.json(200, order));
    }

    private void voidOrder(Exchange ex) {
        long id = ex.longParam(PathParam.ORDER);
        AdjustmentBody body = ex.body(AdjustmentBody.class);
        ex.whenDone(orders.adjust(Adjustment.voidOrder(id, body.reason(), null, null), body.version()),
                order -> ex.json(200, order));
    }

    private void comp(Exchange ex) {
        long id = ex.longParam(PathParam.ORDER);
        int line = ex.intParam(PathParam.LINE);
        AdjustmentBody body = ex.body(AdjustmentBody.class);
        ex.whenDone(orders.adjust(Adjustment.comp(id, line, body.reason(), null, null),
                body.version()), order -> ex.json(200, order));
    }

    private static OrderStatus parse(String status, List<FieldError> errors) {
        if (status == null || status.isBlank()) {
            errors.add(new FieldError("status", "is required"));
            return null;
        }
        try {
            return OrderStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("status", "must be one of " + Arrays.toString(OrderStatus.values())));
            return null;
        }
    }

}
