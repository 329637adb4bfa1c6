package com.bistro92.journal;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.jooq.DSLContext;

/**
 * Checks the event log's hash chain ({@link LogChain}): reads the log in seq order, one page at a
 * time (never the whole log in memory), recomputes each event's hash from the previous one and
 * its content, and stops at the first event that does not match.
 *
 * <p>Read-only, and safe on any thread but the FX thread (it reads the database).
 */
public final class LogVerifier {

    private static final int PAGE = 1000;

    private final DSLContext reads;
    private final int page;

    public LogVerifier(DSLContext reads) {
        this(reads, PAGE);
    }

    LogVerifier(DSLContext reads, int page) {
        this.reads = reads;
        this.page = page;
    }

    /** Checks the whole log, from its first event. */
    public LogCheck verify() {
        return verifyAfter(new LogCheck.Intact(0, 0, LogChain.hex(LogChain.GENESIS)));
    }

    /**
     * Checks only the events after {@code checked}, an earlier result: cheap enough to run after
     * every burst of events.
     */
    public LogCheck verifyAfter(LogCheck.Intact checked) {
        long count = checked.count();
        long last = checked.lastSeq();
        byte[] previous = HexFormat.of().parseHex(checked.head());
        while (true) {
            List<StoredRow> rows = StoredRow.after(reads, last, page);
            for (StoredRow stored : rows) {
                LogRow row = stored.row();
                if (row.seq() != last + 1) {
                    return new LogCheck.Broken(row.seq(), last + 1 == row.seq() - 1
                            ? "event #" + (last + 1) + " is missing"
                            : "events #" + (last + 1) + " to #" + (row.seq() - 1) + " are missing");
                }
                if (stored.hash() == null) {
                    return new LogCheck.Broken(row.seq(), "it has no hash");
                }
                byte[] expected = LogChain.link(previous, row);
                if (!MessageDigest.isEqual(expected, stored.hash())) {
                    return new LogCheck.Broken(row.seq(), "its content or its hash was changed");
                }
                previous = expected;
                last = row.seq();
                count++;
            }
            if (rows.size() < page) {
                return new LogCheck.Intact(count, last, LogChain.hex(previous));
            }
        }
    }
}
