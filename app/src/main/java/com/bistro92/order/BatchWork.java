package com.bistro92.order;

import static com.bistro92.db.Tables.CUSTOMER_ORDER;
import static com.bistro92.db.Tables.MENU_ITEM;
import static com.bistro92.db.Tables.ORDER_EVENT;
import static com.bistro92.db.Tables.ORDER_LINE;

import com.bistro92.menu.MenuLookup;
import com.bistro92.problem.Problem;
import com.bistro92.problem.Problem.FieldError;
import com.bistro92.table.TableDirectory;
import com.bistro92.table.TableDirectory.TableRef;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/**
 * The work of one writer transaction: applies a group of commands, collecting rows to insert
 * in bulk and the events to publish once the transaction has committed.
 *
 * <p>Each command checks everything before it writes anything, so a command refused with a
 * {@link Problem} leaves the rest of the group intact.
 */
final class BatchWork {

    private static final Field<?>[] EVENT_COLUMNS = {ORDER_EVENT.SEQ, ORDER_EVENT.TYPE, ORDER_EVENT.ORDER_ID,
        ORDER_EVENT.TABLE_ID, ORDER_EVENT.CREATED_AT, ORDER_EVENT.PAYLOAD};

    private final DSLContext tx;
    private final Sequences ids;
    private final TableDirectory tables;
    private final MenuLookup menu;
    private final OrderRows rows;
    private final ObjectMapper json;
    private final Instant now;

    private final List<Object[]> orders = new ArrayList<>();
    private final List<Object[]> lines = new ArrayList<>();
    private final List<Object[]> eventRows = new ArrayList<>();
    private final List<OrderEvent> events = new ArrayList<>();
    private final List<TableRef> createdTables = new ArrayList<>();
    private final Map<String, Keyed> keyed = new HashMap<>();
    private boolean menuChanged;

    private record Keyed(Order order, String hash) {
    }

    BatchWork(DSLContext tx, Sequences ids, TableDirectory tables, MenuLookup menu, OrderRows rows,
              ObjectMapper json, Instant now) {
        this.tx = tx;
        this.ids = ids;
        this.tables = tables;
        this.menu = menu;
        this.rows = rows;
        this.json = json;
        this.now = now;
    }

    Placement place(NewOrder request) {
        String key = request.idempotencyKey();
        String hash = key == null ? null : hash(request);
        if (key != null) {
            Optional<Keyed> prior = priorWithKey(key);
            if (prior.isPresent()) {
                if (!prior.get().hash().equals(hash)) {
                    throw Problem.conflict("Idempotency key reused",
                            "The idempotency key " + key + " was already used for a different order");
                }
                return new Placement(prior.get().order(), false);
            }
        }
        List<OrderItem> items = Pricing.price(menu, request.lines());
        TableRef table = tables.resolve(tx, request.table(), now);
        if (table.created()) {
            createdTables.add(table);
        }
        BigDecimal total = items.stream().map(OrderItem::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean open = items.stream().anyMatch(OrderItem::openItem);
        Order order = new Order(ids.nextOrder(), table.label(), table.id(), OrderStatus.PLACED, 1, items, total,
                request.notes(), open, request.source(), now, now);
        orders.add(rows.orderValues(order, key, hash));
        lines.addAll(rows.lineValues(order, ids.nextLines(items.size())));
        long seq = ids.nextSeq();
        append(new OrderEvent.Placed(seq, order, wire(FeedMessage.NEW_ORDER, seq, order)));
        if (key != null) {
            keyed.put(key, new Keyed(order, hash));
        }
        return new Placement(order, true);
    }

    Order changeStatus(WriteCommand.ChangeStatus command) {
        flush();
        Order current = rows.find(tx, command.orderId())
                .orElseThrow(() -> Problem.notFound("There is no order " + command.orderId()));
        if (command.expectedVersion() != null && current.version() != command.expectedVersion()) {
            throw Problem.conflict("Order changed",
                    "Order " + current.id() + " is at version " + current.version() + " (" + current.status()
                            + "), not " + command.expectedVersion() + "; reload it and try again");
        }
        if (!current.status().canMoveTo(command.to())) {
            throw Problem.conflict("Illegal status change",
                    "Order " + current.id() + " cannot go from " + current.status() + " to " + command.to());
        }
        Order next = current.withStatus(command.to(), now);
        tx.update(CUSTOMER_ORDER)
                .set(CUSTOMER_ORDER.STATUS, next.status().name())
                .set(CUSTOMER_ORDER.VERSION, next.version())
                .set(CUSTOMER_ORDER.UPDATED_AT, now)
                .set(OrderRows.reachedAt(next.status()), now)
                .where(CUSTOMER_ORDER.ID.eq(current.id()))
                .execute();
        long seq = ids.nextSeq();
        append(new OrderEvent.StatusChanged(seq, next, current.status(), wire(FeedMessage.ORDER_UPDATED, seq, next)));
        return next;
    }

    ServiceCall.Outcome requestService(WriteCommand.RequestService command) {
        flush();
        ServiceCall.Outcome outcome = ServiceCalls.ask(tx, command.tableId(), command.padId(), command.kind(), now);
        if (!outcome.merged()) {
            long seq = ids.nextSeq();
            append(new OrderEvent.ServiceRequested(seq, outcome.call(),
                    write(new FeedMessage.OfService(FeedMessage.SERVICE_REQUEST, seq, outcome.call()))));
        }
        return outcome;
    }

    ServiceCall.Outcome acknowledgeService(WriteCommand.AcknowledgeService command) {
        flush();
        ServiceCall.Outcome outcome = ServiceCalls.acknowledge(tx, command.callId(), now);
        if (!outcome.merged()) {
            long seq = ids.nextSeq();
            append(new OrderEvent.ServiceAcknowledged(seq, outcome.call(),
                    write(new FeedMessage.OfService(FeedMessage.SERVICE_ACKNOWLEDGED, seq, outcome.call()))));
        }
        return outcome;
    }

    /** 86s an item or brings it back; the writer reloads the menu after the commit. */
    boolean setAvailability(WriteCommand.SetAvailability command) {
        flush();
        int changed = tx.update(MENU_ITEM).set(MENU_ITEM.AVAILABLE, command.available())
                .where(MENU_ITEM.ID.eq(command.menuItemId())).execute();
        if (changed == 0) {
            throw Problem.notFound("There is no menu item " + command.menuItemId());
        }
        long seq = ids.nextSeq();
        append(new OrderEvent.MenuChanged(seq, write(new FeedMessage.MenuChanged(FeedMessage.MENU_CHANGED, seq))));
        menuChanged = true;
        return command.available();
    }

    /** Whether this work changed the menu. */
    boolean menuChanged() {
        return menuChanged;
    }

    /** Writes the collected rows; the caller commits. */
    void flush() {
        insertAll(CUSTOMER_ORDER, OrderRows.ORDER_COLUMNS, orders);
        insertAll(ORDER_LINE, OrderRows.LINE_COLUMNS, lines);
        insertAll(ORDER_EVENT, EVENT_COLUMNS, eventRows);
    }

    /** One prepared INSERT bound once per row: far cheaper than building and rendering a record per row. */
    private void insertAll(Table<?> table, Field<?>[] columns, List<Object[]> values) {
        if (values.isEmpty()) {
            return;
        }
        BatchBindStep batch = tx.batch(tx.insertInto(table).columns(columns).values(new Object[columns.length]));
        for (Object[] row : values) {
            batch = batch.bind(row);
        }
        batch.execute();
        values.clear();
    }

    /** Events to publish after commit, in sequence order. */
    List<OrderEvent> events() {
        return events;
    }

    /** Tables this work created, to forget if the transaction rolls back. */
    List<TableRef> createdTables() {
        return createdTables;
    }

    private Optional<Keyed> priorWithKey(String key) {
        Keyed inBatch = keyed.get(key);
        if (inBatch != null) {
            return Optional.of(inBatch);
        }
        var stored = tx.select(CUSTOMER_ORDER.ID, CUSTOMER_ORDER.REQUEST_HASH).from(CUSTOMER_ORDER)
                .where(CUSTOMER_ORDER.IDEMPOTENCY_KEY.eq(key)).fetchOptional();
        return stored.map(r -> new Keyed(rows.find(tx, r.value1()).orElseThrow(), r.value2()));
    }

    private void append(OrderEvent event) {
        String type = switch (event) {
            case OrderEvent.Placed p -> FeedMessage.NEW_ORDER;
            case OrderEvent.StatusChanged c -> FeedMessage.ORDER_UPDATED;
            case OrderEvent.ServiceRequested r -> FeedMessage.SERVICE_REQUEST;
            case OrderEvent.ServiceAcknowledged a -> FeedMessage.SERVICE_ACKNOWLEDGED;
            case OrderEvent.MenuChanged m -> FeedMessage.MENU_CHANGED;
        };
        Long orderId = event instanceof OrderEvent.OfOrder o ? o.order().id() : null;
        eventRows.add(new Object[] {event.seq(), type, orderId, event.tableId(), now, event.json()});
        events.add(event);
    }

    private String wire(String type, long seq, Order order) {
        return write(new FeedMessage.OfOrder(type, seq, order));
    }

    private String write(Object message) {
        try {
            return json.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise " + message, e);
        }
    }

    private String hash(NewOrder request) {
        try {
            byte[] body = json.writeValueAsBytes(new NewOrder(request.table(), request.lines(), request.notes(),
                    request.source(), null));
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot hash order request", e);
        }
    }
}
