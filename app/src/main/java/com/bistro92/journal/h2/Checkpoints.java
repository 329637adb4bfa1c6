package com.bistro92.journal.h2;

import com.bistro92.journal.JournalWatch;
import java.sql.Connection;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checkpoints, taken by the writer between groups: every so often, or when the half of the
 * journal file in use fills up, the database is made durable up to the last group and writing
 * goes on in the other half, whose groups the database now holds.
 *
 * <p>They run on the writer's thread on purpose. Run beside it, a checkpoint holds H2's database
 * lock while the writer's commit holds its store lock; if the disk then fails, H2's emergency
 * shutdown takes them in the other order and both threads wait forever (seen here with a power
 * cut in the middle of a checkpoint). A checkpoint takes a few milliseconds; at most one group
 * waits for it.
 */
final class Checkpoints {

    private static final Logger LOG = LoggerFactory.getLogger(Checkpoints.class);
    /** A checkpoint comes before the file in use is this full, so that a group's record still fits. */
    private static final long FULL_ENOUGH = JournalFile.SEGMENT_BYTES - (4L << 20);

    private final Connection connection;
    private final JournalFile file;
    private final long everyNanos;
    private final JournalWatch watch;
    private long durableGroup;
    private long lastTry = System.nanoTime();
    private boolean failing;

    /**
     * @param connection   the writer's connection, with no transaction open between groups
     * @param durableGroup the group up to which the database is durable now
     */
    Checkpoints(Connection connection, JournalFile file, long everyNanos, long durableGroup, JournalWatch watch) {
        this.connection = connection;
        this.watch = watch;
        this.file = file;
        this.everyNanos = everyNanos;
        this.durableGroup = durableGroup;
    }

    /** Between groups: checkpoints up to {@code group} if one is due, or at once if {@code now}. */
    void maybeRun(long group, boolean now) {
        if (group == durableGroup) {
            return;
        }
        long started = System.nanoTime();
        if (!now && file.size() < FULL_ENOUGH && started - lastTry < everyNanos) {
            return;
        }
        lastTry = started;
        try {
            Checkpoint.makeDurable(connection);
            file.rotate();
            durableGroup = group;
            failing = false;
            watch.checkpoint(System.nanoTime() - started, true);
            LOG.debug("Checkpoint at group {} took {} ms", group, (System.nanoTime() - started) / 1_000_000);
        } catch (SQLException | RuntimeException | AssertionError e) {
            // (H2 asserts, when assertions are on, after its store has failed)
            if (!failing) {
                LOG.error("Checkpoint failed; the journal keeps every change until one succeeds", e);
            }
            failing = true;
            watch.checkpoint(System.nanoTime() - started, false);
        }
    }
}
