package com.bistro92.journal;

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
        List<StoredRow> stored = StoredRow.after(sql, seq, PAGE);
        return new CatchUp(stored.stream().map(StoredRow::row).toList(),
                stored.isEmpty() ? null : stored.getLast().hash());
    }

    long lastSeq() {
        return rows.getLast().seq();
    }
}
