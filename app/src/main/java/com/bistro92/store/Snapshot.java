package com.bistro92.store;

import static com.bistro92.db.Tables.ORDER_EVENT;

import java.util.function.BiFunction;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Reads in one consistent snapshot of the database, together with the last logged event it
 * reflects: a screen or a feed loads such a snapshot, then applies only the events after it. Every
 * table is read as of the same moment (H2's SNAPSHOT isolation, whose REPEATABLE READ is per table;
 * PostgreSQL's REPEATABLE READ).
 */
public final class Snapshot {

    private Snapshot() {
    }

    /** Runs {@code read} with the snapshot's context and the last event's sequence number (0 when none). */
    public static <T> T read(DSLContext dsl, BiFunction<DSLContext, Long, T> read) {
        SQLDialect dialect = dsl.dialect();
        org.jooq.conf.Settings settings = dsl.settings();
        return dsl.connectionResult(conn -> {
            int isolation = conn.getTransactionIsolation();
            if (dialect.family() == SQLDialect.H2) {
                // H2's REPEATABLE READ takes each table's snapshot when the table is first read, so the
                // orders could be newer than the sequence number read before them, and a screen would
                // apply events it already has; SNAPSHOT reads every table as of the first statement
                try (var statement = conn.createStatement()) {
                    statement.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SNAPSHOT");
                }
            } else {
                // PostgreSQL's REPEATABLE READ is one snapshot of every table, taken at the first statement
                conn.setTransactionIsolation(java.sql.Connection.TRANSACTION_REPEATABLE_READ);
            }
            conn.setAutoCommit(false);
            try {
                DSLContext c = DSL.using(conn, dialect, settings);
                Long seq = c.select(DSL.max(ORDER_EVENT.SEQ)).from(ORDER_EVENT).fetchOne(0, Long.class);
                T result = read.apply(c, seq == null ? 0 : seq);
                conn.commit();
                return result;
            } finally {
                conn.setAutoCommit(true);
                conn.setTransactionIsolation(isolation);
            }
        });
    }
}
