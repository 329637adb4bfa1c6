package com.bistro92.order;

import static com.bistro92.db.Tables.CUSTOMER_ORDER;

import com.bistro92.journal.Tx;
import com.bistro92.json.Wire;
import com.bistro92.menu.MenuLookup;
import com.bistro92.problem.Problem;
import com.bistro92.table.TableDirectory;
import com.bistro92.table.TableDirectory.TableRef;
import com.bistro92.table.TableSessions;
import com.bistro92.staff.Authority;
import com.bistro92.staff.Permission;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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

    /** Orders placed with a key in the current group, so that a retry in the same group finds the first. */
    private static final Object KEYED = new Object();

    private record Keyed(Placement placement, String hash) {
    }

    private final MenuLookup menu;
    private final TableDirectory tables;
    private final TableSessions sessions;
    private final OrderRows rows;
    private final ObjectMapper json;

    OrderChanges(MenuLookup menu, TableDirectory tables, TableSessions sessions, OrderRows rows, ObjectMapper json) {
        this.menu = menu;
        this.tables = tables;
        this.sessions = sessions;
        this.rows = rows;
        this.json = json;
    }

    Placement place(Tx tx, NewOrder request) {
        String key = request.idempotencyKey();
        String hash = key == null ? null : hash(request);
        if (key != null) {
            Optional<Keyed> prior = priorWithKey(tx, key);
            if (prior.isPresent()) {
                if (!prior.get().hash().equals(hash)) {
                    throw Problem.conflict("Idempotency key reused",
                            "The idempotency key " + key + " was already used for a different order");
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
        BigDecimal total = items.stream().map(OrderItem::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean open = items.stream().anyMatch(OrderItem::openItem);
        Order order = new Order(tx.nextId(rows.orderIds), table.label(), table.id(), OrderStatus.PLACED, 1, items,
                total, request.notes(), open, request.source(), tx.now(), tx.now());
        tx.insert(OrderRows.ORDERS, rows.orderValues(order, key, hash, session, request.padId()));
        for (int no = 1; no <= items.size(); no++) {
            tx.insert(OrderRows.LINES, rows.lineValues(order, no, tx.nextId(rows.lineIds)));
        }
        byte[] body = Wire.bytes(json, order);
        tx.log(seq -> new OrderEvent.Placed(seq, order, Wire.envelope(FeedMessage.NEW_ORDER, seq, "order", body)));
        Placement placement = new Placement(order, true, body);
        if (key != null) {
            Map<String, Keyed> keyed = tx.local(KEYED, HashMap::new);
            keyed.put(key, new Keyed(placement, hash));
            tx.onRefused(() -> keyed.remove(key));
        }
        return placement;
    }

    Order changeStatus(Tx tx, long orderId, OrderStatus to, Integer expectedVersion, Integer by) {
        Authority.require(tx, by, to == OrderStatus.DELIVERED ? Permission.DELIVER
                : to == OrderStatus.CANCELLED ? Permission.VOID : Permission.BUMP);
        Order current = rows.find(tx.sql(), orderId)
                .orElseThrow(() -> Problem.notFound("There is no order " + orderId));
        if (expectedVersion != null && current.version() != expectedVersion) {
            throw Problem.conflict("Order changed",
                    "Order " + current.id() + " is at version " + current.version() + " (" + current.status()
                            + "), not " + expectedVersion + "; reload it and try again");
        }
        if (!current.status().canMoveTo(to)) {
            throw Problem.conflict("Illegal status change",
                    "Order " + current.id() + " cannot go from " + current.status() + " to " + to);
        }
        return move(tx, current, to, by);
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
        tx.sql().update(CUSTOMER_ORDER)
                .set(CUSTOMER_ORDER.STATUS, next.status().name())
                .set(CUSTOMER_ORDER.VERSION, next.version())
                .set(CUSTOMER_ORDER.UPDATED_AT, tx.now())
                .set(OrderRows.reachedAt(next.status()), tx.now())
                .where(CUSTOMER_ORDER.ID.eq(current.id()))
                .execute();
        byte[] body = Wire.bytes(json, next);
        tx.log(seq -> new OrderEvent.StatusChanged(seq, next, current.status(),
                Wire.envelope(FeedMessage.ORDER_UPDATED, seq, "order", body, by)));
        return next;
    }

    private Optional<Keyed> priorWithKey(Tx tx, String key) {
        Map<String, Keyed> inGroup = tx.local(KEYED, HashMap::new);
        Keyed keyed = inGroup.get(key);
        if (keyed != null) {
            return Optional.of(keyed);
        }
        // an order of an earlier group: no need to write out this group's staged rows first
        var stored = tx.lookup().select(CUSTOMER_ORDER.ID, CUSTOMER_ORDER.REQUEST_HASH).from(CUSTOMER_ORDER)
                .where(CUSTOMER_ORDER.IDEMPOTENCY_KEY.eq(key)).fetchOptional();
        return stored.map(r -> {
            Order order = rows.find(tx.lookup(), r.value1()).orElseThrow();
            return new Keyed(new Placement(order, false, Wire.bytes(json, order)), r.value2());
        });
    }

    private String hash(NewOrder request) {
        byte[] body = Wire.bytes(json, new NewOrder(request.table(), request.lines(), request.notes(),
                request.source(), null, request.padId()));
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
