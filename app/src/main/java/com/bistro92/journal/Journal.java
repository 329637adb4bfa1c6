package com.bistro92.journal;

import static com.bistro92.db.Tables.ORDER_EVENT;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The backbone every change goes through: one writer, one stream.
 *
 * <p>A change is a {@link Command}, queued with {@link #submit}. The single writer applies queued
 * commands in groups, one transaction per group; appends the group's redo to the journal file and
 * forces it to the disk; commits; then publishes the group's events on the {@link EventStream}, in
 * sequence order, and completes each caller's future. So an answered change survives a killed
 * process and a power cut: if the database had not yet written it, the journal file is replayed
 * into it at the next start.
 */
public final class Journal implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Journal.class);
    /**
     * How often the database itself is made durable, when the journal file has not filled up first.
     * Recovery after a power cut replays at most this much (or one half of the journal file).
     */
    public static final Duration CHECKPOINT_EVERY = Duration.ofSeconds(60);
    /** Rows chained per group when a log from before the hash chain is chained at start-up. */
    private static final int BACKLOG_PAGE = 1000;

    private final Writer writer;
    private final Session session;
    private final JournalFile file;
    private final EventStream stream;
    private final DSLContext reads;

    private Journal(Writer writer, Session session, JournalFile file, EventStream stream, DSLContext reads) {
        this.writer = writer;
        this.session = session;
        this.file = file;
        this.stream = stream;
        this.reads = reads;
    }

    /**
     * Replays into the database the groups that the journal file {@code base} holds and the
     * database does not. Run before anything else reads or migrates the database.
     *
     * @param base the journal file's H2 file path, without the {@code .0}/{@code .1} suffix
     * @return the number of groups replayed
     */
    public static int recover(Connection connection, String base) throws SQLException, IOException {
        try (connection; JournalFile file = JournalFile.open(base)) {
            connection.setAutoCommit(false);
            return Recovery.replay(connection, file);
        }
    }

    /**
     * Makes the database durable as it is, starts the journal file over from its first record, and
     * starts the writer.
     *
     * @param writerConnection a connection of the writer's own, outside any pool
     * @param reads            a context for reading the event log
     */
    public static Journal start(Connection writerConnection, String base, DSLContext reads, Clock clock,
                                Duration checkpointEvery)
            throws SQLException, IOException {
        return start(writerConnection, base, reads, clock, checkpointEvery, JournalWatch.NONE);
    }

    /**
     * As {@link #start(Connection, String, DSLContext, Clock, Duration)}, telling {@code watch} of
     * every group and checkpoint.
     */
    public static Journal start(Connection writerConnection, String base, DSLContext reads, Clock clock,
                                Duration checkpointEvery, JournalWatch watch)
            throws SQLException, IOException {
        Session session = new Session(writerConnection);
        JournalFile file = null;
        Journal journal;
        try {
            file = JournalFile.open(base);
            Checkpoint.makeDurable(writerConnection);
            file.clear();
            long group = Recovery.lastGroup(writerConnection);
            writerConnection.commit();
            if (group < 0) {
                throw new SQLException("The database has no journal marker; is it migrated?");
            }
            EventStream stream = new EventStream();
            Checkpoints checkpoints = new Checkpoints(writerConnection, file, checkpointEvery.toNanos(), group, watch);
            long lastSeq = lastLoggedSeq(reads);
            Writer writer = new Writer(session, file, stream, clock, group, lastSeq, head(reads, lastSeq), checkpoints,
                    watch);
            writer.start();
            journal = new Journal(writer, session, file, stream, reads);
        } catch (SQLException | IOException | RuntimeException e) {
            if (file != null) {
                file.close();
            }
            session.close();
            throw e;
        }
        try {
            journal.chainBacklog();
        } catch (RuntimeException e) {
            journal.close();
            throw e;
        }
        return journal;
    }

    /** Chains the events logged before the log had hashes, if any, before anything else is submitted. */
    private void chainBacklog() {
        if (!ChainBacklog.pending(reads)) {
            return;
        }
        long chained = 0;
        int page;
        do {
            page = submit(new ChainBacklog(BACKLOG_PAGE)).join();
            chained += page;
        } while (page > 0);
        if (chained > 0) {
            LOG.info("Chained {} event(s) logged before the event log had hashes", chained);
        }
    }

    /**
     * Queues a change. The future completes once the change is on the disk and its events are
     * published, or fails with the {@link com.bistro92.problem.Problem} that refused it (then it
     * wrote nothing and published nothing).
     */
    public <R> CompletableFuture<R> submit(Command<R> command) {
        return writer.submit(command);
    }

    /**
     * Makes {@code invariant} a rule of the journal: from now on every command that changes one of
     * its keys has the rule checked for that key before the command is accepted, and is refused if
     * it would break it. Features keep their rules as they are built, before taking commands.
     */
    public void keep(Invariant invariant) {
        writer.keep(invariant);
    }

    /** The one event stream. */
    public EventStream events() {
        return stream;
    }

    /** The sequence number of the last published event. */
    public long lastSeq() {
        return writer.lastSeq();
    }

    /** Commands queued for the writer now; it takes the queue's lock, so read it seldom (a scrape). */
    public int queued() {
        return writer.queued();
    }

    /** Groups committed since the start, for diagnostics. */
    public long groups() {
        return writer.groups();
    }

    /**
     * At most {@code limit} logged events after {@code afterSeq}, in order: one short query per
     * page, so a client that reads slowly never holds a database connection.
     */
    public List<LogEntry> replay(long afterSeq, int limit) {
        return reads.select(ORDER_EVENT.SEQ, ORDER_EVENT.TABLE_ID, ORDER_EVENT.STAFF_ONLY, ORDER_EVENT.PAYLOAD)
                .from(ORDER_EVENT)
                .where(ORDER_EVENT.SEQ.gt(afterSeq))
                .orderBy(ORDER_EVENT.SEQ)
                .limit(limit)
                .fetch(r -> new LogEntry(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** The hash of event {@code seq}, or the genesis hash for an empty log (or a row still to be chained). */
    private static byte[] head(DSLContext reads, long seq) {
        byte[] hash = reads.select(ORDER_EVENT.HASH).from(ORDER_EVENT).where(ORDER_EVENT.SEQ.eq(seq))
                .fetchOne(ORDER_EVENT.HASH);
        return hash == null ? LogChain.GENESIS : hash;
    }

    private static long lastLoggedSeq(DSLContext reads) {
        Long max = reads.select(DSL.max(ORDER_EVENT.SEQ)).from(ORDER_EVENT).fetchOne(0, Long.class);
        return max == null ? 0 : max;
    }

    /** Finishes queued changes, checkpoints, and closes the journal file and the writer's connection. */
    @Override
    public void close() {
        writer.close();
        try {
            file.close();
        } catch (IOException e) {
            LOG.warn("The journal file did not close cleanly", e);
        }
        try {
            session.close();
        } catch (SQLException e) {
            LOG.warn("The writer's connection did not close cleanly", e);
        }
    }
}
