package com.bistro92.order;

import static com.bistro92.db.Tables.CUSTOMER_ORDER;
import static com.bistro92.db.Tables.DINING_TABLE;

import com.bistro92.store.Snapshot;
import com.bistro92.table.TableDirectory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/** Reads orders and the event log. Large results are streamed, never built in memory whole. */
final class OrderQueries {

    private static final int CHUNK = 500;

    private final DSLContext dsl;
    private final OrderRows rows;

    OrderQueries(DSLContext dsl, OrderRows rows) {
        this.dsl = dsl;
        this.rows = rows;
    }

    /** Streams the orders matching {@code filter}, newest first, with a bounded number of queries. */
    void forEach(OrderFilter filter, Consumer<Order> sink) {
        dsl.connection(conn -> {
            DSLContext c = DSL.using(conn, SQLDialect.H2);
            var select = c.select(OrderRows.ORDER_FIELDS)
                    .from(CUSTOMER_ORDER).join(DINING_TABLE).on(DINING_TABLE.ID.eq(CUSTOMER_ORDER.TABLE_ID))
                    .where(condition(filter))
                    .orderBy(CUSTOMER_ORDER.ID.desc());
            var limited = filter.limit() == null
                    ? (filter.offset() > 0 ? select.offset(filter.offset()) : select)
                    : select.limit(filter.offset(), filter.limit());
            try (Cursor<Record> cursor = limited.fetchSize(CHUNK).fetchLazy()) {
                while (cursor.hasNext()) {
                    rows.withLines(c, cursor.fetchNext(CHUNK)).forEach(sink);
                }
            }
        });
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
