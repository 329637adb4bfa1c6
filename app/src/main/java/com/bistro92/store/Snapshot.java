package com.bistro92.store;

import static com.bistro92.db.Tables.ORDER_EVENT;

import java.sql.Connection;
import java.util.function.BiFunction;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Reads in one consistent snapshot of the database, together with the last logged event it
 * reflects: a screen or a feed loads such a snapshot, then applies only the events after it.
 */
public final class Snapshot {

    private Snapshot() {
    }

    /** Runs {@code read} with the snapshot's context and the last event's sequence number (0 when none). */
    public static <T> T read(DSLContext dsl, BiFunction<DSLContext, Long, T> read) {
        return dsl.connectionResult(conn -> {
            int isolation = conn.getTransactionIsolation();
            conn.setAutoCommit(false);
            conn.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                DSLContext c = DSL.using(conn, SQLDialect.H2);
                Long seq = c.select(DSL.max(ORDER_EVENT.SEQ)).from(ORDER_EVENT).fetchOne(0, Long.class);
                T result = read.apply(c, seq == null ? 0 : seq);
                conn.commit();
                return result;
            } finally {
                conn.setTransactionIsolation(isolation);
                conn.setAutoCommit(true);
            }
        });
    }
}
