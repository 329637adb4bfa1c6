package com.bistro92.order;

import static com.bistro92.db.Tables.CUSTOMER_ORDER;
import static com.bistro92.db.Tables.ORDER_EVENT;
import static com.bistro92.db.Tables.ORDER_LINE;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Order, line and event numbers, handed out by the single order writer in commit order.
 * Owned by the writer thread; not thread-safe.
 */
final class Sequences {

    private long order;
    private long line;
    private long seq;

    private Sequences(long order, long line, long seq) {
        this.order = order;
        this.line = line;
        this.seq = seq;
    }

    static Sequences load(DSLContext dsl) {
        var r = dsl.select(
                        DSL.select(DSL.coalesce(DSL.max(CUSTOMER_ORDER.ID), 0L)).from(CUSTOMER_ORDER).asField(),
                        DSL.select(DSL.coalesce(DSL.max(ORDER_LINE.ID), 0L)).from(ORDER_LINE).asField(),
                        DSL.select(DSL.coalesce(DSL.max(ORDER_EVENT.SEQ), 0L)).from(ORDER_EVENT).asField())
                .fetchSingle();
        return new Sequences(((Number) r.get(0)).longValue(), ((Number) r.get(1)).longValue(),
                ((Number) r.get(2)).longValue());
    }

    long nextOrder() {
        return ++order;
    }

    /** Reserves {@code count} line ids and returns the first. */
    long nextLines(int count) {
        long first = line + 1;
        line += count;
        return first;
    }

    long nextSeq() {
        return ++seq;
    }

    long lastSeq() {
        return seq;
    }

    Sequences copy() {
        return new Sequences(order, line, seq);
    }

    void restore(Sequences saved) {
        order = saved.order;
        line = saved.line;
        seq = saved.seq;
    }
}
