package com.bistro92.order;

import static com.bistro92.db.Tables.CUSTOMER_ORDER;
import static com.bistro92.db.Tables.DINING_TABLE;
import static com.bistro92.db.Tables.ORDER_EVENT;

import com.bistro92.journal.LogEntry;

import com.bistro92.store.Snapshot;
import com.bistro92.table.TableDirectory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Reads orders and the event log, a bounded page at a time, never a whole large result in memory. */
final class OrderQueries {

    private final DSLContext dsl;
    private final OrderRows rows;

    OrderQueries(DSLContext dsl, OrderRows rows) {
        this.dsl = dsl;
        this.rows = rows;
    }

    /**
     * One page of the orders matching {@code filter}, newest first: the first page skips the
     * filter's offset, later pages start below {@code beforeId}. One short query per page, so no
     * cursor stays open while the page travels to a client.
     */
    List<Order> page(OrderFilter filter, Long beforeId, int size) {
        Condition where = beforeId == null ? condition(filter) : condition(filter).and(CUSTOMER_ORDER.ID.lt(beforeId));
        return dsl.connectionResult(conn -> {
            DSLContext c = DSL.using(conn, dsl.dialect(), dsl.settings());
            var select = c.select(OrderRows.ORDER_FIELDS)
                    .from(CUSTOMER_ORDER).join(DINING_TABLE).on(DINING_TABLE.ID.eq(CUSTOMER_ORDER.TABLE_ID))
                    .where(where)
                    .orderBy(CUSTOMER_ORDER.ID.desc())
                    .limit(beforeId == null ? filter.offset() : 0, size);
            return rows.withLines(c, select.fetch());
        });
    }

    /** Every order of one table session (its party's), oldest first; a party orders a bounded number. */
    List<Order> ofSession(long sessionId) {
        List<Order> newestFirst = rows.load(dsl, CUSTOMER_ORDER.SESSION_ID.eq(sessionId), MAX_PER_SESSION);
        return newestFirst.reversed();
    }

    /** More orders than any party places; a bill lists at most this many. */
    static final int MAX_PER_SESSION = 1_000;

    /**
     * The events after {@code afterSeq} that the party now seated at {@code tableId} may see: its
     * table's events since it sat down (but not updates to an earlier party's orders) and events
     * for every table, such as menu changes; never staff-only ones.
     */
    List<LogEntry> partyEvents(int tableId, Instant seatedAt, long afterSeq, int limit) {
        Condition ownOrders = ORDER_EVENT.ORDER_ID.isNull().or(ORDER_EVENT.ORDER_ID.in(
                DSL.select(CUSTOMER_ORDER.ID).from(CUSTOMER_ORDER)
                        .where(CUSTOMER_ORDER.TABLE_ID.eq(tableId).and(CUSTOMER_ORDER.CREATED_AT.ge(seatedAt)))));
        Condition own = ORDER_EVENT.TABLE_ID.eq(tableId).and(ownOrders);
        return dsl.select(ORDER_EVENT.SEQ, ORDER_EVENT.TABLE_ID, ORDER_EVENT.STAFF_ONLY, ORDER_EVENT.PAYLOAD)
                .from(ORDER_EVENT)
                .where(ORDER_EVENT.SEQ.gt(afterSeq).and(ORDER_EVENT.STAFF_ONLY.isFalse())
                        .and(ORDER_EVENT.TABLE_ID.isNull().or(own)))
                .orderBy(ORDER_EVENT.SEQ).limit(limit)
                .fetch(r -> new LogEntry(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /**
     * Open orders plus today's, newest first, and the last event sequence number they reflect,
     * read in one consistent snapshot of the database.
     */
    FeedMessage.Initial initial(Instant startOfToday) {
        return Snapshot.read(dsl, (c, seq) -> new FeedMessage.Initial(seq, rows.loadAll(c,
                CUSTOMER_ORDER.STATUS.in(names(OrderStatus.OPEN)).or(CUSTOMER_ORDER.CREATED_AT.ge(startOfToday)))));
    }

    Optional<Order> find(long id) {
        return rows.find(dsl, id);
    }

    long count() {
        return dsl.fetchCount(CUSTOMER_ORDER);
    }

    private static Condition condition(OrderFilter filter) {
        List<Condition> where = new ArrayList<>();
        if (!filter.statuses().isEmpty()) {
            where.add(CUSTOMER_ORDER.STATUS.in(names(filter.statuses())));
        }
        if (filter.table() != null) {
            where.add(DINING_TABLE.LABEL_KEY.eq(TableDirectory.key(filter.table())));
        }
        if (filter.from() != null) {
            where.add(CUSTOMER_ORDER.CREATED_AT.ge(filter.from()));
        }
        if (filter.to() != null) {
            where.add(CUSTOMER_ORDER.CREATED_AT.lt(filter.to()));
        }
        return DSL.and(where);
    }

    private static List<String> names(java.util.Collection<OrderStatus> statuses) {
        return statuses.stream().map(Enum::name).toList();
    }
}
