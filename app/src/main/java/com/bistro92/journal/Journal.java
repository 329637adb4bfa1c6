package com.bistro92.journal;

import static com.bistro92.db.Tables.ORDER_EVENT;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
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
 * commands in groups, one transaction per group; has the group made durable ({@link Durability});
 * commits; then publishes the group's events on the {@link EventStream}, in sequence order, and
 * completes each caller's future. So an answered change survives a killed process and a power cut.
 */
public final class Journal implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Journal.class);
    /** Rows chained per group when a log from before the hash chain is chained at start-up. */
    private static final int BACKLOG_PAGE = 1000;

    private final Writer writer;
    private final Durability durability;
    private final EventStream stream;
    private final DSLContext reads;
    private final OtherNodes otherNodes;

    private Journal(Writer writer, Durability durability, EventStream stream, DSLContext reads, OtherNodes otherNodes) {
        this.writer = writer;
        this.otherNodes = otherNodes;
        this.durability = durability;
        this.stream = stream;
        this.reads = reads;
    }

    /**
     * Starts the writer on its own connection.
     *
     * @param writerConnection a connection of the writer's own, outside any pool
     * @param durability       what makes its groups durable on this database, started on {@code writerConnection}
     * @param reads            a context for reading the event log, in the database's dialect
     */
    public static Journal start(Connection writerConnection, Durability durability, DSLContext reads, Clock clock)
            throws SQLException {
        return start(writerConnection, Reconnect.NEVER, durability, reads, clock, JournalWatch.NONE);
    }

    /**
     * As {@link #start(Connection, Durability, DSLContext, Clock)}, telling {@code watch} of every
     * group, and opening a new connection with {@code reconnect} when the database was lost and is back.
     */
    public static Journal start(Connection writerConnection, Reconnect reconnect, Durability durability,
                                DSLContext reads, Clock clock, JournalWatch watch)
            throws SQLException {
        Journal journal;
        try {
            Session session = new Session(writerConnection, reads, durability.recordsRedo(), 0);
            EventStream stream = new EventStream();
            OtherNodes otherNodes = new OtherNodes();
            long lastSeq = lastLoggedSeq(reads);
            Writer writer = new Writer(session, reconnect, durability, reads, stream, clock, lastSeq,
                    head(reads, lastSeq), watch, otherNodes);
            writer.start();
            journal = new Journal(writer, durability, stream, reads, otherNodes);
        } catch (SQLException | RuntimeException e) {
            durability.close();
            writerConnection.close();
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

    /**
     * How the features read back the events another suite node logs to a shared database, and
     * what those make stale here. Features register with it as they are built.
     */
    public OtherNodes otherNodes() {
        return otherNodes;
    }

    /**
     * From now on, publishes what other nodes commit to a shared database as soon as they commit,
     * not only before this node's next group. Call once the features are built; nothing on H2.
     */
    public void hearOtherNodes() {
        durability.listen(writer::wake);
        writer.wake();
    }

    /** The one event stream. */
    public EventStream events() {
        return stream;
    }

    /** Whether the writer has its database: false while a database server it lost is away ({@link DatabaseLink}). */
    public boolean databaseReachable() {
        return writer.databaseReachable();
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
    static byte[] head(DSLContext reads, long seq) {
        byte[] hash = reads.select(ORDER_EVENT.HASH).from(ORDER_EVENT).where(ORDER_EVENT.SEQ.eq(seq))
                .fetchOne(ORDER_EVENT.HASH);
        return hash == null ? LogChain.GENESIS : hash;
    }

    static long lastLoggedSeq(DSLContext reads) {
        Long max = reads.select(DSL.max(ORDER_EVENT.SEQ)).from(ORDER_EVENT).fetchOne(0, Long.class);
        return max == null ? 0 : max;
    }

    /** Finishes queued changes, checkpoints, and closes the journal file and the writer's connection. */
    @Override
    public void close() {
        writer.close();
        durability.close();
        writer.closeSession();
    }
}
