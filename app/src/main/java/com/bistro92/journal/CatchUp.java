package com.bistro92.journal;

import static com.bistro92.db.Tables.ORDER_EVENT;

import java.util.List;
import org.jooq.DSLContext;

/**
 * Reads what other nodes logged after a given event, a page at a time, in {@code seq} order. Every
 * group holds the database's writer lock from before it takes its numbers until it has committed,
 * so the rows any one read sees are a prefix of the log: none is missing below the last it sees.
 *
 * @param rows the rows read, in order
 * @param head the hash of the last row read (the chain's new head), or null when none was read
 */
record CatchUp(List<LogRow> rows, byte[] head) {

    static final int PAGE = 1000;

    static CatchUp after(DSLContext sql, long seq) {
        var records = sql.select(ORDER_EVENT.SEQ, ORDER_EVENT.TYPE, ORDER_EVENT.ORDER_ID, ORDER_EVENT.TABLE_ID,
                        ORDER_EVENT.CREATED_AT, ORDER_EVENT.PAYLOAD, ORDER_EVENT.STAFF_ONLY, ORDER_EVENT.HASH)
                .from(ORDER_EVENT)
                .where(ORDER_EVENT.SEQ.gt(seq))
                .orderBy(ORDER_EVENT.SEQ)
                .limit(PAGE)
                .fetch();
        List<LogRow> rows = records.map(r -> new LogRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                r.value6(), Boolean.TRUE.equals(r.value7())));
        return new CatchUp(rows, records.isEmpty() ? null : records.getLast().value8());
    }

    long lastSeq() {
        return rows.getLast().seq();
    }
}
