package com.bistro92.order;

import static com.bistro92.db.Tables.CUSTOMER_ORDER;
import static com.bistro92.db.Tables.DINING_TABLE;
import static com.bistro92.db.Tables.ORDER_LINE;

import com.bistro92.db.tables.records.OrderLineRecord;
import com.bistro92.journal.IdSeries;
import com.bistro92.menu.Allergen;
import com.bistro92.journal.Rows;
import com.bistro92.order.OrderItem.ChosenModifier;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.impl.DSL;

/** Maps orders between jOOQ records and {@link Order}; generated records never leave here and the writer. */
final class OrderRows {

    private static final TypeReference<List<ChosenModifier>> MODIFIERS = new TypeReference<>() {
    };

    /** The columns of an order row plus its table's label. */
    static final List<SelectField<?>> ORDER_FIELDS;

    static {
        List<SelectField<?>> fields = new ArrayList<>(List.of(CUSTOMER_ORDER.fields()));
        fields.add(DINING_TABLE.LABEL);
        ORDER_FIELDS = List.copyOf(fields);
    }

    private final ObjectMapper json;

    OrderRows(ObjectMapper json) {
        this.json = json;
    }

    /** The columns written when an order is placed, in the order of {@link #orderValues}. */
    static final Field<?>[] ORDER_COLUMNS = {CUSTOMER_ORDER.ID, CUSTOMER_ORDER.TABLE_ID, CUSTOMER_ORDER.SOURCE,
        CUSTOMER_ORDER.STATUS, CUSTOMER_ORDER.IDEMPOTENCY_KEY, CUSTOMER_ORDER.REQUEST_HASH, CUSTOMER_ORDER.NOTES,
        CUSTOMER_ORDER.TOTAL, CUSTOMER_ORDER.HAS_OPEN_ITEMS, CUSTOMER_ORDER.VERSION, CUSTOMER_ORDER.CREATED_AT,
        CUSTOMER_ORDER.UPDATED_AT, CUSTOMER_ORDER.SESSION_ID, CUSTOMER_ORDER.PAD_ID, CUSTOMER_ORDER.IDEMPOTENCY_SCOPE,
        CUSTOMER_ORDER.ALLERGENS, CUSTOMER_ORDER.ALLERGY_NOTE, CUSTOMER_ORDER.READY_LOW_S, CUSTOMER_ORDER.READY_HIGH_S};

    /** The columns of an order line, in the order of {@link #lineValues}. */
    static final Field<?>[] LINE_COLUMNS = {ORDER_LINE.ID, ORDER_LINE.ORDER_ID, ORDER_LINE.LINE_NO,
        ORDER_LINE.MENU_ITEM_ID, ORDER_LINE.NAME, ORDER_LINE.UNIT_PRICE, ORDER_LINE.QUANTITY, ORDER_LINE.MODIFIERS,
        ORDER_LINE.INSTRUCTIONS, ORDER_LINE.LINE_TOTAL, ORDER_LINE.STATION, ORDER_LINE.OPEN_ITEM, ORDER_LINE.ALLERGENS};

    static final Rows ORDERS = Rows.into(CUSTOMER_ORDER, ORDER_COLUMNS);
    static final Rows LINES = Rows.into(ORDER_LINE, LINE_COLUMNS);

    /** Order and line ids, handed out by the writer in commit order. */
    final IdSeries orderIds = IdSeries.of(CUSTOMER_ORDER, CUSTOMER_ORDER.ID);
    final IdSeries lineIds = IdSeries.of(ORDER_LINE, ORDER_LINE.ID);

    /**
     * @param keyScope  whose keys {@code idempotencyKey} is among, or null without a key
     * @param sessionId the seated party's session, or null; @param padId the pad that placed it, or null
     */
    Object[] orderValues(Order order, String keyScope, String idempotencyKey, String requestHash, Long sessionId,
                         Integer padId) {
        return new Object[] {order.id(), order.tableId(), order.source().name(), order.status().name(),
            idempotencyKey, requestHash, order.notes(), order.total(), order.hasOpenItems(), order.version(),
            order.createdAt(), order.updatedAt(), sessionId, padId, keyScope, Allergen.codes(order.allergy().allergens()),
            order.allergy().note(), order.readyIn() == null ? null : order.readyIn().lowS(),
            order.readyIn() == null ? null : order.readyIn().highS()};
    }

    /** The values of line {@code no} (from 1) of {@code order}, with id {@code lineId}. */
    Object[] lineValues(Order order, int no, long lineId) {
        OrderItem item = order.items().get(no - 1);
        return new Object[] {lineId, order.id(), no, item.menuItemId(), item.name(), item.unitPrice(),
            item.quantity(), write(item.modifiers()), item.instructions(), item.lineTotal(), item.station(),
            item.openItem(), Allergen.codes(item.allergens())};
    }

    /** Loads whole orders matching {@code where}, newest first, with their lines in two queries. */
    List<Order> load(DSLContext ctx, Condition where, int limit) {
        var rows = ctx.select(ORDER_FIELDS)
                .from(CUSTOMER_ORDER).join(DINING_TABLE).on(DINING_TABLE.ID.eq(CUSTOMER_ORDER.TABLE_ID))
                .where(where)
                .orderBy(CUSTOMER_ORDER.ID.desc())
                .limit(limit)
                .fetch();
        return withLines(ctx, rows);
    }

    /**
     * Loads every order matching {@code where}, newest first, in two queries whatever their number:
     * the lines are selected by the same condition rather than by a list of ids.
     */
    List<Order> loadAll(DSLContext ctx, Condition where) {
        var orderRows = ctx.select(ORDER_FIELDS)
                .from(CUSTOMER_ORDER).join(DINING_TABLE).on(DINING_TABLE.ID.eq(CUSTOMER_ORDER.TABLE_ID))
                .where(where)
                .orderBy(CUSTOMER_ORDER.ID.desc())
                .fetch();
        return assemble(orderRows, ctx.selectFrom(ORDER_LINE)
                .where(ORDER_LINE.ORDER_ID.in(DSL.select(CUSTOMER_ORDER.ID).from(CUSTOMER_ORDER).where(where)))
                .orderBy(ORDER_LINE.ORDER_ID, ORDER_LINE.LINE_NO)
                .fetch());
    }

    Optional<Order> find(DSLContext ctx, long id) {
        return load(ctx, CUSTOMER_ORDER.ID.eq(id), 1).stream().findFirst();
    }

    /** Turns order rows (with {@link #ORDER_FIELDS}) into orders, fetching all their lines in one query. */
    List<Order> withLines(DSLContext ctx, Collection<? extends Record> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(r -> r.get(CUSTOMER_ORDER.ID)).toList();
        return assemble(rows, ctx.selectFrom(ORDER_LINE)
                .where(ORDER_LINE.ORDER_ID.in(ids))
                .orderBy(ORDER_LINE.ORDER_ID, ORDER_LINE.LINE_NO)
                .fetch());
    }

    /** Puts each line under its order, keeping the orders' order. */
    private List<Order> assemble(Collection<? extends Record> rows, Iterable<OrderLineRecord> lineRecords) {
        Map<Long, List<OrderItem>> lines = new HashMap<>();
        for (OrderLineRecord line : lineRecords) {
            lines.computeIfAbsent(line.getOrderId(), k -> new ArrayList<>()).add(item(line));
        }
        List<Order> orders = new ArrayList<>(rows.size());
        for (Record r : rows) {
            orders.add(order(r, lines.getOrDefault(r.get(CUSTOMER_ORDER.ID), List.of())));
        }
        return orders;
    }

    Order order(Record r, List<OrderItem> items) {
        return new Order(
                r.get(CUSTOMER_ORDER.ID),
                r.get(DINING_TABLE.LABEL),
                r.get(CUSTOMER_ORDER.TABLE_ID),
                OrderStatus.valueOf(r.get(CUSTOMER_ORDER.STATUS)),
                r.get(CUSTOMER_ORDER.VERSION),
                items,
                r.get(CUSTOMER_ORDER.TOTAL),
                r.get(CUSTOMER_ORDER.NOTES),
                r.get(CUSTOMER_ORDER.HAS_OPEN_ITEMS),
                OrderSource.valueOf(r.get(CUSTOMER_ORDER.SOURCE)),
                r.get(CUSTOMER_ORDER.CREATED_AT),
                r.get(CUSTOMER_ORDER.UPDATED_AT),
                r.get(CUSTOMER_ORDER.URGENT),
                new Allergy(Allergen.parse(r.get(CUSTOMER_ORDER.ALLERGENS)), r.get(CUSTOMER_ORDER.ALLERGY_NOTE)),
                r.get(CUSTOMER_ORDER.READY_LOW_S) == null ? null
                        : new ReadyEstimate(r.get(CUSTOMER_ORDER.READY_LOW_S), r.get(CUSTOMER_ORDER.READY_HIGH_S)));
    }

    OrderItem item(OrderLineRecord line) {
        return new OrderItem(line.getMenuItemId(), line.getName(), line.getQuantity(), line.getUnitPrice(),
                read(line.getModifiers()), line.getInstructions(), line.getLineTotal(), line.getStation(),
                line.getOpenItem(), line.getComped(), line.getDoneAt() != null, line.getHeld(),
                Allergen.parse(line.getAllergens()));
    }

    /** The timestamp column that records when an order reached {@code status}. */
    static Field<java.time.Instant> reachedAt(OrderStatus status) {
        return switch (status) {
            case PLACED -> CUSTOMER_ORDER.CREATED_AT;
            case RECEIVED -> CUSTOMER_ORDER.RECEIVED_AT;
            case PREPARING -> CUSTOMER_ORDER.PREPARING_AT;
            case READY -> CUSTOMER_ORDER.READY_AT;
            case DELIVERED -> CUSTOMER_ORDER.DELIVERED_AT;
            case CANCELLED -> CUSTOMER_ORDER.CANCELLED_AT;
        };
    }

    private String write(List<ChosenModifier> modifiers) {
        if (modifiers.isEmpty()) {
            return "[]";
        }
        try {
            return json.writeValueAsString(modifiers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write modifiers", e);
        }
    }

    private List<ChosenModifier> read(String modifiers) {
        if (modifiers == null || modifiers.equals("[]")) {
            return List.of();
        }
        try {
            return json.readValue(modifiers, MODIFIERS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored modifiers are not JSON", e);
        }
    }
}
