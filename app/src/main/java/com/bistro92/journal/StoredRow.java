package com.bistro92.journal;

import static com.bistro92.db.Tables.ORDER_EVENT;

import java.util.List;
import org.jooq.DSLContext;

/**
 * A row of the event log with the hash it is stored with (null for a row still to be chained).
 * The verifier reads the log this way, and so does a node reading what another node wrote.
 */
record StoredRow(LogRow row, byte[] hash) {

    /** At most {@code limit} rows after event {@code seq}, in order, found by key, not by offset. */
    static List<StoredRow> after(DSLContext sql, long seq, int limit) {
        return sql.select(ORDER_EVENT.SEQ, ORDER_EVENT.TYPE, ORDER_EVENT.ORDER_ID, ORDER_EVENT.TABLE_ID,
                        ORDER_EVENT.CREATED_AT, ORDER_EVENT.PAYLOAD, ORDER_EVENT.STAFF_ONLY, ORDER_EVENT.HASH)
                .from(ORDER_EVENT)
                .where(ORDER_EVENT.SEQ.gt(seq))
                .orderBy(ORDER_EVENT.SEQ)
                .limit(limit)
                .fetch(r -> new StoredRow(new LogRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), Boolean.TRUE.equals(r.value7())), r.value8()));
    }
}
