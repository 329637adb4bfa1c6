package com.bistro92.history;

import static com.bistro92.db.Tables.CUSTOMER_ORDER;
import static com.bistro92.db.Tables.DINING_TABLE;
import static com.bistro92.db.Tables.ORDER_LINE;

import com.bistro92.order.OrderStatus;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.jooq.DSLContext;

/**
 * Past orders, for the History screen and its CSV export. Lists are read a page at a time with
 * keyset pagination (newest first, each page below the last id of the one before), never with an
 * offset and never whole; every method is one short read, safe to call from any thread but the
 * FX thread.
 */
public final class OrderHistory {

    /** How far an export has got: {@code written} of {@code total} orders. */
    @FunctionalInterface
    public interface Progress {
        void update(long written, long total);
    }

    /** The largest page {@link #page} reads. */
    public static final int MAX_PAGE = 1_000;

    private final DSLContext reads;
    private final OrderDetails details;

    public OrderHistory(DSLContext reads, ObjectMapper json) {
        this.reads = reads;
        this.details = new OrderDetails(json);
    }

    /**
     * At most {@code size} orders that {@code filter} lists, newest first: the newest when
     * {@code beforeId} is null, else those with a smaller id. Walking the pages this way neither
     * repeats nor skips an order, however many are placed meanwhile.
     */
    public List<HistoryRow> page(HistoryFilter filter, Long beforeId, int size) {
        int limit = Math.clamp(size, 1, MAX_PAGE);
        return reads.connectionResult(conn -> {
            DSLContext c = org.jooq.impl.DSL.using(conn, reads.dialect(), reads.settings());
            var orders = c.select(CUSTOMER_ORDER.ID, CUSTOMER_ORDER.CREATED_AT, CUSTOMER_ORDER.TABLE_ID,
                            HistoryConditions.TABLE_LABEL, CUSTOMER_ORDER.STATUS, CUSTOMER_ORDER.VERSION,
                            CUSTOMER_ORDER.TOTAL)
                    .from(CUSTOMER_ORDER)
                    .where(HistoryConditions.below(filter, beforeId))
                    .orderBy(CUSTOMER_ORDER.ID.desc())
                    .limit(limit)
                    .fetch();
            if (orders.isEmpty()) {
                return List.of();
            }
            Map<Long, List<HistoryRow.Quantity>> lines = new HashMap<>();
            c.select(ORDER_LINE.ORDER_ID, ORDER_LINE.QUANTITY, ORDER_LINE.NAME).from(ORDER_LINE)
                    .where(ORDER_LINE.ORDER_ID.in(orders.getValues(CUSTOMER_ORDER.ID)))
                    .orderBy(ORDER_LINE.ORDER_ID, ORDER_LINE.LINE_NO)
                    .forEach(l -> lines.computeIfAbsent(l.value1(), k -> new ArrayList<>())
                            .add(new HistoryRow.Quantity(l.value2(), l.value3())));
            return orders.map(o -> new HistoryRow(o.value1(), o.value2(), o.value3(), o.value4(),
                    OrderStatus.valueOf(o.value5()), o.value6(),
                    HistoryRow.summary(lines.getOrDefault(o.value1(), List.of())), o.value7()));
        });
    }

    /** How many orders {@code filter} lists. */
    public int count(HistoryFilter filter) {
        return reads.fetchCount(CUSTOMER_ORDER, HistoryConditions.where(filter, true));
    }

    /** The order's lines, notes, timeline and payments; empty when there is no such order. */
    public Optional<OrderDetail> detail(long orderId) {
        return reads.connectionResult(conn -> details.load(org.jooq.impl.DSL.using(conn, reads.dialect(), reads.settings()), orderId));
    }

    /** Every table, by its place on the floor, for the table filter. */
    public List<TableChoice> tables() {
        return reads.select(DINING_TABLE.ID, DINING_TABLE.LABEL).from(DINING_TABLE)
                .orderBy(DINING_TABLE.SORT_ORDER, DINING_TABLE.ID)
                .fetch(r -> new TableChoice(r.value1(), r.value2()));
    }

    /**
     * Writes the orders {@code filter} lists to {@code file} as CSV (docs/guide.md, "The CSV file", documents its columns),
     * a batch at a time; a cancelled or failed export leaves no file behind.
     *
     * @param cancelled asked between batches
     * @return the number of orders written
     * @throws java.util.concurrent.CancellationException when cancelled
     */
    public long export(HistoryFilter filter, Path file, ZoneId zone, Currency currency, Progress progress,
                       BooleanSupplier cancelled) throws IOException {
        return new HistoryCsv(reads, HistoryCsv.BATCH).export(filter, file, zone, currency, progress, cancelled);
    }

    /** As {@link #export}, reading {@code batch} orders at a time: for tests of what happens between batches. */
    long export(HistoryFilter filter, Path file, ZoneId zone, Currency currency, Progress progress,
                BooleanSupplier cancelled, int batch) throws IOException {
        return new HistoryCsv(reads, batch).export(filter, file, zone, currency, progress, cancelled);
    }
}
