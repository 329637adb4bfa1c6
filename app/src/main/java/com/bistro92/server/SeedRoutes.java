package com.bistro92.server;

import com.bistro92.order.NewOrder;
import com.bistro92.order.OrderFilter;
import com.bistro92.order.OrderSource;
import com.bistro92.order.OrderStatus;
import com.bistro92.order.Orders;
import com.bistro92.problem.Problem;
import com.bistro92.table.TableSessions;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The seed contract, kept exactly: {@code GET /}, {@code GET /api/debug}, {@code GET /api/orders}
 * and {@code POST /api/order}. Richer fields are added to the seed's shapes, none removed.
 */
final class SeedRoutes {

    /** The body of {@code POST /api/order}. */
    record OrderBody(String table, List<ItemBody> items, String notes, String idempotencyKey,
                     OrderRoutes.AllergyBody allergy) {
    }

    /** One item of {@code POST /api/order}. */
    record ItemBody(String name, Integer quantity, String instructions) {
    }

    record Health(String status, String service, String message) {
    }

    private static final int MAX_PAGE = 10_000;

    private final Orders orders;
    private final TableSessions sessions;
    private final PadRates padOrders;
    private final ServerInfo info;
    private final ZoneId zone;
    private final Reads reads;

    SeedRoutes(Orders orders, TableSessions sessions, PadRates padOrders, Reads reads, ServerInfo info, ZoneId zone) {
        this.orders = orders;
        this.reads = reads;
        this.sessions = sessions;
        this.padOrders = padOrders;
        this.info = info;
        this.zone = zone;
    }

    void register(Router router) {
        router.get("/", Access.SEED, this::health)
                .get("/api/debug", Access.SEED, this::debug)
                .get("/api/orders", Access.SEED, this::listOrders)
                .post("/api/order", Access.SEED, this::placeOrder);
    }

    private void health(Exchange ex) {
        ex.json(200, new Health("ok", "Bistro92", "Bistro92 order server is running"));
    }

    private void debug(Exchange ex) {
        ex.json(200, info.snapshot());
    }

    /**
     * A seed order. From a pad it follows the menu's rules like {@code /api/v1/orders}: every item
     * named must be on the menu and available, with its required choices (a pad names none here,
     * so an item that needs one is refused), priced by the server; and the pad's rate applies.
     */
    private void placeOrder(Exchange ex) {
        OrderBody body = ex.body(OrderBody.class);
        String key = ex.header("Idempotency-Key") != null ? ex.header("Idempotency-Key") : body.idempotencyKey();
        List<NewOrder.Line> lines = body.items() == null ? null
                : body.items().stream()
                        .map(i -> i == null ? null : new NewOrder.Line(i.name(), i.quantity(), i.instructions()))
                        .toList();
        OrderSource source = OrderSource.SEED;
        Integer padId = null;
        if (ex.caller() instanceof Caller.Pad pad) {
            PadPolicy.mayOrder(pad.pad(), body.table());
            padOrders.take(pad.pad().padId(), key);
            source = OrderSource.PAD;
            padId = pad.pad().padId();
        }
        NewOrder order = new NewOrder(body.table(), lines, body.notes(), source, key, padId,
                ex.caller().keyScope(), OrderRoutes.AllergyBody.of(body.allergy()));
        ex.whenDone(orders.place(order), placement -> ex.placed(placement.json(), placement.created()));
    }

    private void listOrders(Exchange ex) {
        OrderFilter asked = filter(ex);
        if (!(ex.caller() instanceof Caller.Pad pad)) {
            ex.orders(orders, reads, asked, Integer.MAX_VALUE);
            return;
        }
        // a pad sees the orders of the party now at its table, and nobody else's
        Optional<Instant> seated = sessions.seatedSince(pad.pad().tableId());
        if (seated.isEmpty()) {
            ex.json(200, List.of());
            return;
        }
        Instant from = asked.from() == null || asked.from().isBefore(seated.get()) ? seated.get() : asked.from();
        ex.orders(orders, reads, new OrderFilter(asked.statuses(), pad.pad().table(), from, asked.to(), asked.limit(),
                asked.offset()), MAX_PAGE);
    }

    private OrderFilter filter(Exchange ex) {
        Integer limit = ex.queryWhole("limit", 1, MAX_PAGE);
        Integer offset = ex.queryWhole("offset", 0, Integer.MAX_VALUE);
        return new OrderFilter(statuses(ex.query("status")), blankToNull(ex.query("table")),
                ex.queryInstant("from", zone), ex.queryInstant("to", zone), limit, offset == null ? 0 : offset);
    }

    private static Set<OrderStatus> statuses(String value) {
        if (value == null || value.isBlank()) {
            return Set.of();
        }
        try {
            return Arrays.stream(value.split(","))
                    .map(s -> OrderStatus.valueOf(s.strip().toUpperCase(Locale.ROOT)))
                    .collect(Collectors.toSet());
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("status must be a comma-separated list of " + Arrays.toString(OrderStatus.values()));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
