package com.bistro92.journal;

import static com.bistro92.db.Tables.APP_META;
import static com.bistro92.db.Tables.ORDER_EVENT;

import java.util.List;
import org.jooq.DSLContext;

/**
 * Chains the events logged before the log had hashes (databases from before V4), one page per
 * command, in seq order, through the writer like any change: the hashes it sets are in the
 * group's redo. The journal runs it at start-up until the log is chained, before anyone else can
 * submit a change; the last page marks the log as chained, so a hash removed later is a break
 * the verifier reports, never one chained over again.
 */
final class ChainBacklog implements Command<Integer> {

    static final String MARKER = "event_log.chain";
    static final String PENDING = "pending";
    private static final String DONE = "done";

    private final int page;

    ChainBacklog(int page) {
        this.page = page;
    }

    /** Whether the log still has rows from before it was chained. */
    static boolean pending(DSLContext reads) {
        return PENDING.equals(reads.select(APP_META.META_VALUE).from(APP_META)
                .where(APP_META.META_KEY.eq(MARKER)).fetchOne(APP_META.META_VALUE));
    }

    /** Chains up to one page of rows; returns how many. */
    @Override
    public Integer apply(Tx tx) {
        DSLContext sql = tx.sql();
        List<LogRow> rows = sql.select(ORDER_EVENT.SEQ, ORDER_EVENT.TYPE, ORDER_EVENT.ORDER_ID,
                        ORDER_EVENT.TABLE_ID, ORDER_EVENT.CREATED_AT, ORDER_EVENT.PAYLOAD, ORDER_EVENT.STAFF_ONLY)
                .from(ORDER_EVENT)
                .where(ORDER_EVENT.HASH.isNull())
                .orderBy(ORDER_EVENT.SEQ)
                .limit(page)
                .fetch(r -> new LogRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7()));
        if (rows.isEmpty()) {
            sql.update(APP_META).set(APP_META.META_VALUE, DONE).where(APP_META.META_KEY.eq(MARKER)).execute();
            return 0;
        }
        byte[] previous = sql.select(ORDER_EVENT.HASH).from(ORDER_EVENT)
                .where(ORDER_EVENT.SEQ.lt(rows.getFirst().seq()))
                .orderBy(ORDER_EVENT.SEQ.desc())
                .limit(1)
                .fetchOptional(ORDER_EVENT.HASH)
                .orElse(LogChain.GENESIS);
        for (LogRow row : rows) {
            previous = LogChain.link(previous, row);
            sql.update(ORDER_EVENT).set(ORDER_EVENT.HASH, previous).where(ORDER_EVENT.SEQ.eq(row.seq())).execute();
        }
        if (rows.getLast().seq() == tx.lastSeq()) {
            tx.chainedTo(previous);
        }
        return rows.size();
    }

    @Override
    public String toString() {
        return "ChainBacklog[" + page + "]";
    }
}
