package com.bistro92.order;

import static com.bistro92.db.Tables.CUSTOMER_ORDER;
import static com.bistro92.db.Tables.ORDER_ADJUSTMENT;
import static com.bistro92.db.Tables.ORDER_LINE;

import com.bistro92.journal.Tx;
import com.bistro92.json.Wire;
import com.bistro92.menu.MenuLookup;
import com.bistro92.problem.Problem;
import com.bistro92.table.TableDirectory;
import com.bistro92.table.TableDirectory.TableRef;
import com.bistro92.table.TableSessions;
import com.bistro92.staff.Authority;
import com.bistro92.staff.Permission;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How orders change, inside the journal's group transaction: placing, and moving along the
 * lifecycle. Each change checks everything before it writes anything, and logs its event.
 */
final class OrderChanges {

    /** The reason of a void made by a plain status change to CANCELLED. */
    private static final String CANCELLED = "Cancelled";

    /** Orders placed with a key in the current group, so that a retry in the same group finds the first. */
    private static final Object KEYED = new Object();

    private record Keyed(Placement placement, String hash) {
    }

    /** A key as it is unique: among its caller's keys. */
    private record ScopedKey(String scope, String key) {
    }

    /**
     * What the request hash is taken of: the request without its key and scope, in the shape hashes
     * were first stored in, so that a retry still matches an order placed before keys had scopes.
     */
    private record Hashed(String table, List<NewOrder.Line> lines, String notes, OrderSource source,
                          String idempotencyKey, Integer padId,
                          @JsonInclude(JsonInclude.Include.NON_NULL) Allergy allergy) {
    }

    private final MenuLookup menu;
    private final OrderStock stock;
    private final OrderEstimate estimates;
    private final TableDirectory tables;
    private final TableSessions sessions;
    private final OrderRows rows;
    private final ObjectMapper json;

    OrderChanges(MenuLookup menu, TableDirectory tables, TableSessions sessions, OrderRows rows, ObjectMapper json,
                 OrderStock stock, OrderEstimate estimates) {
        this.stock = stock;
        this.estimates = estimates;
        this.menu = menu;
        this.tables = tables;
        this.sessions = sessions;
        this.rows = rows;
        this.json = json;
    }

    Placement place(Tx tx, NewOrder request) {
        String key = request.idempotencyKey();
        ScopedKey scoped = key == null ? null : new ScopedKey(request.keyScope(), key);
        String hash = key == null ? null : hash(request);
        if (scoped != null) {
            Optional<Keyed> prior = priorWithKey(tx, scoped);
            if (prior.isPresent()) {
                if (!prior.get().hash().equals(hash)) {
                    throw Problem.conflict("Idempotency key reused",
                            "You already used the idempotency key " + key + " for a different order");
                }
                Placement first = prior.get().placement();
                return new Placement(first.order(), false, first.json());
            }
        }
        List<OrderItem> items = Pricing.price(menu, request.lines(), request.padId() != null);
        TableRef table = tables.resolve(tx, request.table());
        Long session = sessions.openSession(tx, table.id()).orElse(null);
        if (request.padId() != null && session == null) {
            throw Problem.conflict("Table not seated",
                    table.label() + " has no seated party yet; please ask staff to seat you");
        }
        // last of the checks, first of the writes: a refused order leaves the counts as they were
        stock.take(tx, items);
        BigDecimal total = items.stream().map(OrderItem::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean open = items.stream().anyMatch(OrderItem::openItem);
        Order order = new Order(tx.nextId(rows.orderIds), table.label(), table.id(), OrderStatus.PLACED, 1, items,
                total, request.notes(), open, request.source(), tx.now(), tx.now(), false, request.allergy(),
                estimates.estimate(items).orElse(null));
        tx.insert(OrderRows.ORDERS, rows.orderValues(order, scoped == null ? null : scoped.scope(), key, hash, session,
                request.padId()));
        for (int no = 1; no <= items.size(); no++) {
            tx.insert(OrderRows.LINES, rows.lineValues(order, no, tx.nextId(rows.lineIds)));
        }
        byte[] body = Wire.bytes(json, order);
        tx.log(seq -> new OrderEvent.Placed(seq, order, Wire.envelope(FeedMessage.NEW_ORDER, seq, "order", body)));
        Placement placement = new Placement(order, true, body);
        if (scoped != null) {
            Map<ScopedKey, Keyed> keyed = tx.local(KEYED, HashMap::new);
            keyed.put(scoped, new Keyed(placement, hash));
            tx.onRefused(() -> keyed.remove(scoped));
        }
        return placement;
    }

    Order changeStatus(Tx tx, long orderId, OrderStatus to, Integer expectedVersion, Integer by) {
        if (to == OrderStatus.CANCELLED) {
            return adjust(tx, Adjustment.voidOrder(orderId, CANCELLED, by, null), expectedVersion);
        }
        Authority.require(tx, by, to == OrderStatus.DELIVERED ? Permission.DELIVER : Permission.BUMP);
        Order current = current(tx, orderId, expectedVersion);
        if (!current.status().canMoveTo(to)) {
            throw Problem.conflict("Illegal status change",
                    "Order " + current.id() + " cannot go from " + current.status() + " to " + to);
        }
        return move(tx, current, to, by);
    }

    /**
     * Voids the order or comps one of its lines, and records who did it and who approved it.
     *
     * @throws Problem 403 unless its maker may void or a manager approved, 404 for no such order,
     *                 409 when the order is done or voided or the line is already comped, 422 for no such line
     */
    Order adjust(Tx tx, Adjustment adjustment, Integer expectedVersion) {
        Authority.require(tx, adjustment.by(), adjustment.approvedBy(), Permission.VOID);
        Order current = current(tx, adjustment.orderId(), expectedVersion);
        Order next;
        BigDecimal amount;
        if (adjustment.kind() == Adjustment.Kind.VOID) {
            if (!current.status().canMoveTo(OrderStatus.CANCELLED)) {
                throw Problem.conflict("Cannot void", "Order " + current.id() + " is " + current.status()
                        + (current.status() == OrderStatus.DELIVERED ? "; comp its lines instead" : ""));
            }
            next = current.withStatus(OrderStatus.CANCELLED, tx.now());
            amount = current.total();
        } else {
            OrderItem line = compable(current, adjustment.lineNo());
            next = current.withComp(adjustment.lineNo(), tx.now());
            amount = line.lineTotal();
            tx.sql().update(ORDER_LINE).set(ORDER_LINE.COMPED, true)
                    .where(ORDER_LINE.ORDER_ID.eq(current.id()).and(ORDER_LINE.LINE_NO.eq(adjustment.lineNo())))
                    .execute();
        }
        write(tx, current, next);
        byte[] body = Wire.bytes(json, next);
        OrderEvent.Adjusted event = tx.log(seq -> new OrderEvent.Adjusted(seq, next, adjustment, current.status(),
                Wire.envelope(FeedMessage.ORDER_UPDATED, seq, "order", body, adjustment.by(),
                        adjustment.approvedBy())));
        tx.sql().insertInto(ORDER_ADJUSTMENT)
                .set(ORDER_ADJUSTMENT.ORDER_ID, current.id())
                .set(ORDER_ADJUSTMENT.LINE_NO, adjustment.lineNo())
                .set(ORDER_ADJUSTMENT.KIND, adjustment.kind().name())
                .set(ORDER_ADJUSTMENT.REASON, adjustment.reason())
                .set(ORDER_ADJUSTMENT.AMOUNT, amount)
                .set(ORDER_ADJUSTMENT.STAFF_ID, adjustment.by())
                .set(ORDER_ADJUSTMENT.APPROVED_BY, adjustment.approvedBy())
                .set(ORDER_ADJUSTMENT.CREATED_AT, tx.now())
                .set(ORDER_ADJUSTMENT.EVENT_SEQ, event.seq())
                .execute();
        return next;
    }

    private static OrderItem compable(Order order, int lineNo) {
        if (order.status() == OrderStatus.CANCELLED) {
            throw Problem.conflict("Cannot comp", "Order " + order.id() + " was voided");
        }
        if (lineNo > order.items().size()) {
            throw Problem.unprocessable("The comp was refused", List.of(new Problem.FieldError("line",
                    "Order " + order.id() + " has " + order.items().size() + " lines, not " + lineNo)));
        }
        OrderItem line = order.items().get(lineNo - 1);
        if (line.comped()) {
            throw Problem.conflict("Already comped", "Line " + lineNo + " of order " + order.id() + " ("
                    + line.name() + ") is already comped");
        }
        return line;
    }

    /** @throws Problem 404 for no such order, 409 when it is no longer at {@code expectedVersion} (null: any) */
    Order current(Tx tx, long orderId, Integer expectedVersion) {
        Order current = rows.find(tx.sql(), orderId)
                .orElseThrow(() -> Problem.notFound("There is no order " + orderId));
        if (expectedVersion != null && current.version() != expectedVersion) {
            throw Problem.conflict("Order changed",
                    "Order " + current.id() + " is at version " + current.version() + " (" + current.status()
                            + "), not " + expectedVersion + "; reload it and try again");
        }
        return current;
    }

    /** The kitchen has shown the ticket: PLACED becomes RECEIVED; any other status is left alone. */
    Optional<Order> receive(Tx tx, long orderId, Integer by) {
        Authority.require(tx, by, Permission.BUMP);
        return rows.find(tx.sql(), orderId)
                .filter(o -> o.status() == OrderStatus.PLACED)
                .map(o -> move(tx, o, OrderStatus.RECEIVED, by));
    }

    private Order move(Tx tx, Order current, OrderStatus to, Integer by) {
        Order next = current.withStatus(to, tx.now());
        write(tx, current, next);
        byte[] body = Wire.bytes(json, next);
        tx.log(seq -> new OrderEvent.StatusChanged(seq, next, current.status(),
                Wire.envelope(FeedMessage.ORDER_UPDATED, seq, "order", body, by)));
        return next;
    }

    /**
     * Writes the order's status (and when it reached it, if it moved: a move forward along the
     * kitchen's steps, such as RECEIVED to READY when the last line is done, reaches each step
     * passed), version, total (when it changed) and rush flag. A change of what the order adds to
     * its party's bill (a comp, a void) names the bill, so that the journal keeps its rule on money
     * for it: the change is refused if it would leave the bill overpaid. A bump names nothing.
     */
    static void write(Tx tx, Order current, Order next) {
        boolean repriced = next.total().compareTo(current.total()) != 0;
        var update = tx.sql().update(CUSTOMER_ORDER)
                .set(CUSTOMER_ORDER.STATUS, next.status().name())
                .set(CUSTOMER_ORDER.VERSION, next.version())
                .set(CUSTOMER_ORDER.URGENT, next.urgent())
                .set(CUSTOMER_ORDER.UPDATED_AT, next.updatedAt());
        if (repriced) {
            update = update.set(CUSTOMER_ORDER.TOTAL, next.total());
        }
        for (OrderStatus reached : passed(current.status(), next.status())) {
            update = update.set(OrderRows.reachedAt(reached), next.updatedAt());
        }
        update.where(CUSTOMER_ORDER.ID.eq(next.id())).execute();
        boolean voided = (current.status() == OrderStatus.CANCELLED) != (next.status() == OrderStatus.CANCELLED);
        if (repriced || voided) {
            tx.changed(TableSessions.BILL, tx.lookup().select(CUSTOMER_ORDER.SESSION_ID).from(CUSTOMER_ORDER)
                    .where(CUSTOMER_ORDER.ID.eq(next.id())).fetchOne(CUSTOMER_ORDER.SESSION_ID));
        }
    }

    /** The statuses an order reaches going from {@code from} to {@code to}: the kitchen's steps between, or just {@code to}. */
    private static List<OrderStatus> passed(OrderStatus from, OrderStatus to) {
        if (from == to) {
            return List.of();
        }
        List<OrderStatus> steps = new ArrayList<>();
        for (OrderStatus s = from.kitchenNext(); s != null; s = s.kitchenNext()) {
            steps.add(s);
            if (s == to) {
                return steps;
            }
        }
        return List.of(to);
    }

    private Optional<Keyed> priorWithKey(Tx tx, ScopedKey key) {
        Map<ScopedKey, Keyed> inGroup = tx.local(KEYED, HashMap::new);
        Keyed keyed = inGroup.get(key);
        if (keyed != null) {
            return Optional.of(keyed);
        }
        // an order of an earlier group: no need to write out this group's staged rows first
        var stored = tx.lookup().select(CUSTOMER_ORDER.ID, CUSTOMER_ORDER.REQUEST_HASH).from(CUSTOMER_ORDER)
                .where(CUSTOMER_ORDER.IDEMPOTENCY_SCOPE.eq(key.scope()))
                .and(CUSTOMER_ORDER.IDEMPOTENCY_KEY.eq(key.key())).fetchOptional();
        return stored.map(r -> {
            Order order = rows.find(tx.lookup(), r.value1()).orElseThrow();
            return new Keyed(new Placement(order, false, Wire.bytes(json, order)), r.value2());
        });
    }

    private String hash(NewOrder request) {
        byte[] body = Wire.bytes(json, new Hashed(request.table(), request.lines(), request.notes(),
                request.source(), null, request.padId(), request.allergy().declared() ? request.allergy() : null));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    @Override
    public String toString() {
        return "orders";
    }
}
