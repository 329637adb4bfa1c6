package com.bistro92.journal;

import com.bistro92.problem.Problem;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The single writer: one thread that takes whatever commands are queued, applies them in one
 * transaction (a group), has the group made durable ({@link Durability}: on H2 its redo reaches the
 * journal file), commits, and only then publishes the group's events and answers its callers.
 *
 * <p>Between groups the durability does its own upkeep (H2's checkpoints).
 */
final class Writer {

    private static final Logger LOG = LoggerFactory.getLogger(Writer.class);
    static final int MAX_GROUP = 256;
    /** Up to this many callers are answered on the writer's own thread; a larger group is answered on another. */
    private static final int ANSWERED_HERE = 4;
    private static final int QUEUE_CAPACITY = 20_000;

    private record Pending(Command<?> command, CompletableFuture<Object> result) {
    }

    /** Queued by {@link #wake}: another node committed; not a command. */
    private static final Pending WAKE = new Pending(null, null);

    private final Link link;
    private final Durability durability;
    private final org.jooq.DSLContext reads;
    private final EventStream stream;
    private final Clock clock;
    private final JournalWatch watch;
    private final OtherNodes otherNodes;
    /** Set by {@link #wake}, cleared by the writer as it reads what other nodes committed. */
    private final java.util.concurrent.atomic.AtomicBoolean behind = new java.util.concurrent.atomic.AtomicBoolean();
    private final Keeper keeper = new Keeper();
    private final BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
    private final ExecutorService answers = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("journal-answers").daemon().factory());
    private final Thread thread;
    private volatile boolean accepting = true;
    private volatile long lastSeq;
    /** The hash of the event {@code lastSeq}: the head of the event log's chain. Writer thread only. */
    private byte[] head;
    private volatile long groups;
    private boolean diskFailing;
    private boolean groupsFailing;

    Writer(Session session, Reconnect reconnect, Durability durability, org.jooq.DSLContext reads, EventStream stream,
           Clock clock, long lastSeq, byte[] head, JournalWatch watch, OtherNodes otherNodes) {
        this.link = new Link(session, reconnect, durability, reads);
        this.reads = reads;
        this.durability = durability;
        this.stream = stream;
        this.clock = clock;
        this.lastSeq = lastSeq;
        this.head = head;
        this.watch = watch;
        this.otherNodes = otherNodes;
        this.thread = Thread.ofPlatform().name("journal-writer").unstarted(this::run);
    }

    void start() {
        thread.start();
    }

    @SuppressWarnings("unchecked")
    <R> CompletableFuture<R> submit(Command<R> command) {
        CompletableFuture<Object> result = new CompletableFuture<>();
        if (!accepting) {
            result.completeExceptionally(Problem.unavailable("The server is shutting down"));
        } else if (!queue.offer(new Pending(command, result))) {
            result.completeExceptionally(Problem.unavailable("Too many changes at once; try again in a moment"));
        }
        return (CompletableFuture<R>) result;
    }

    /**
     * Another node committed to the shared database: the writer reads and publishes its groups as
     * soon as it is free, even with nothing of its own to write. Any thread; bursts coalesce.
     */
    void wake() {
        if (!behind.getAndSet(true)) {
            queue.offer(WAKE);
        }
    }

    /** Keeps {@code invariant} for every command from the next group on. */
    void keep(Invariant invariant) {
        keeper.keep(invariant);
    }

    long lastSeq() {
        return lastSeq;
    }

    long groups() {
        return groups;
    }

    /** Commands waiting for the writer; takes the queue's lock, so for a scrape, never per command. */
    int queued() {
        return queue.size();
    }

    private void run() {
        List<Pending> batch = new ArrayList<>(MAX_GROUP);
        while (accepting || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first != null) {
                    batch.add(first);
                    queue.drainTo(batch, MAX_GROUP - 1);
                    batch.removeIf(p -> p == WAKE);
                    if (!link.usable(this::resync)) {
                        Problem lost = Problem.databaseUnreachable();
                        batch.forEach(p -> p.result().completeExceptionally(lost));
                    } else if (batch.isEmpty()) {
                        catchUpIdle();
                    } else {
                        execute(batch);
                    }
                } else if (link.lost()) {
                    // back without waiting for the next change, so that screens say so as soon as it is
                    link.usable(this::resync);
                }
                durability.idle(false);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException | LinkageError | AssertionError e) {
                // the thread must outlive any one failure, or every later caller would wait forever
                LOG.error("The journal writer failed on a group of {}", batch.size(), e);
                batch.forEach(p -> p.result().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
        queue.stream().filter(p -> p != WAKE)
                .forEach(p -> p.result().completeExceptionally(Problem.unavailable("The server is shutting down")));
        durability.idle(true);
    }

    private void execute(List<Pending> batch) {
        Session session = link.session();
        Tx tx = null;
        List<Tx.Outcome> outcomes = new ArrayList<>(batch.size());
        try {
            if (durability.shared()) {
                // the database's one writer until this transaction ends; then whatever the other
                // nodes committed before it is published first, and ids are read again
                durability.beforeGroup(session.connection());
                catchUp(session.readsOwnWrites());
            }
            tx = new Tx(session, keeper, clock.instant().truncatedTo(ChronoUnit.MILLIS), lastSeq, head);
            session.begin(tx);
            for (Pending p : batch) {
                outcomes.add(tx.apply(p.command()));
            }
            tx.finish();
            if (tx.wrote()) {
                long writing = System.nanoTime();
                if (!makeDurable(tx, batch)) {
                    return;
                }
                long written = System.nanoTime() - writing;
                session.connection().commit();
                durability.committed();
                watch.group(batch.size(), written);
            } else {
                session.connection().rollback();
            }
        } catch (RuntimeException | SQLException e) {
            rollBack(tx);
            // whatever failed (a duplicate id included), ids are read again before the next group
            session.stale();
            if (Link.sqlState(e, Problem::lockNotAvailable)) {
                Problem busy = Problem.anotherNodeHoldsTheDatabase();
                LOG.warn("Another node held the database's writer lock too long; {} change(s) refused", batch.size());
                batch.forEach(p -> p.result().completeExceptionally(busy));
                return;
            }
            boolean wasLost = link.lost();
            if (link.lostIn(e)) {
                if (!wasLost) {
                    stream.publish(new DatabaseLink(false));
                }
                // nothing was saved (or, for a commit under way, nobody can tell): the callers may try again
                Problem lost = Problem.databaseUnreachable();
                batch.forEach(p -> p.result().completeExceptionally(lost));
                return;
            }
            if (batch.size() == 1) {
                if (!groupsFailing) {
                    LOG.error("A change could not be written: {}", batch.getFirst().command(), e);
                } else {
                    LOG.warn("A change could not be written either: {} ({})", batch.getFirst().command(), e.toString());
                }
                groupsFailing = true;
                batch.getFirst().result().completeExceptionally(e);
            } else {
                LOG.warn("A group of {} changes failed; applying them one by one", batch.size(), e);
                batch.forEach(p -> execute(List.of(p)));
            }
            return;
        } finally {
            session.end();
        }
        lastSeq = tx.lastSeq();
        head = tx.head();
        groups++;
        groupsFailing = false;
        publish(tx, batch, outcomes);
    }

    /** Has the group made durable; false (and every caller told 503) if the disk refused it. */
    private boolean makeDurable(Tx tx, List<Pending> batch) throws SQLException {
        try {
            durability.beforeCommit(link.session().connection(), tx.redo(), tx.lastSeq());
            if (diskFailing) {
                diskFailing = false;
                LOG.warn("The journal file can be written again; changes are being accepted");
            }
            return true;
        } catch (IOException e) {
            if (!diskFailing) {
                diskFailing = true;
                LOG.error("Cannot write the journal; refusing changes until the disk works again", e);
            }
            rollBack(tx);
            Problem refused = Problem.unavailable("The server cannot write to its disk; nothing was saved. Try again shortly");
            batch.forEach(p -> p.result().completeExceptionally(refused));
            return false;
        }
    }

    private void rollBack(Tx tx) {
        if (tx != null) {
            tx.restoreIds();
        }
        try {
            link.session().connection().rollback();
        } catch (SQLException e) {
            LOG.warn("Cannot roll back a failed group: {}", e.toString());
        }
    }

    private void publish(Tx tx, List<Pending> batch, List<Tx.Outcome> outcomes) {
        for (Runnable action : tx.afterCommitActions()) {
            try {
                action.run();
            } catch (RuntimeException e) {
                LOG.error("An after-commit action failed", e);
            }
        }
        tx.events().forEach(stream::publish);
        // callers answer as their future completes: a few are answered at once, here; a larger
        // group is handed over whole, so the writer goes straight back to the next group
        if (batch.size() <= ANSWERED_HERE) {
            answer(batch, outcomes);
        } else {
            // copies: the writer clears its batch as soon as this returns
            List<Pending> callers = List.copyOf(batch);
            List<Tx.Outcome> results = List.copyOf(outcomes);
            answers.execute(() -> answer(callers, results));
        }
    }

    private static void answer(List<Pending> batch, List<Tx.Outcome> outcomes) {
        for (int i = 0; i < batch.size(); i++) {
            Tx.Outcome outcome = outcomes.get(i);
            if (outcome.failure() != null) {
                batch.get(i).result().completeExceptionally(outcome.failure());
            } else {
                batch.get(i).result().complete(outcome.value());
            }
        }
    }

    /**
     * The database is back on a new connection: goes on from the event log as the database holds
     * it. It may hold one more group of this node's than was answered (its commit was under way as
     * the connection broke; it was answered 503), and on a shared database other nodes' groups:
     * both are published now, as any other node's are, so screens and caches hear them.
     */
    private void resync(Session fresh) {
        long before = lastSeq;
        catchUp(reads);
        if (!durability.shared() && lastSeq != before) {
            LOG.warn("A group was kept as the database went away (events {} to {}); it was answered 503",
                    before + 1, lastSeq);
        }
        stream.publish(new DatabaseLink(true));
    }

    /** Woken with nothing of its own to write: publishes what other nodes committed. */
    private void catchUpIdle() {
        try {
            catchUp(reads);
        } catch (org.jooq.exception.DataAccessException e) {
            if (link.lostIn(e)) {
                stream.publish(new DatabaseLink(false));
            } else {
                LOG.error("Cannot read what other nodes wrote", e);
            }
        }
    }

    /**
     * Reads the event log after {@code lastSeq} and publishes it, typed by the features, after the
     * features reloaded what it makes stale, and has ids read again before the next group (every
     * command that takes ids logs an event, {@link Tx}, so no other node took one unseen). Without
     * the writer lock this still reads a prefix of the log: every group holds the lock until its commit.
     */
    private void catchUp(org.jooq.DSLContext sql) {
        behind.set(false);
        CatchUp read;
        do {
            read = CatchUp.after(sql, lastSeq);
            if (read.rows().isEmpty()) {
                return;
            }
            link.session().stale();
            List<LoggedEvent> events = otherNodes.take(read.rows());
            lastSeq = read.lastSeq();
            head = read.head() == null ? LogChain.GENESIS : read.head();
            events.forEach(stream::publish);
        } while (read.rows().size() == CatchUp.PAGE);
    }

    /** Whether the writer has its database (false while a database server it lost is away). */
    boolean databaseReachable() {
        return !link.lost();
    }

    /** The writer's connection and its prepared statements, closed once the writer has stopped. */
    void closeSession() {
        link.close();
    }

    /** Stops taking commands, finishes those queued, checkpoints, and stops the thread. */
    void close() {
        accepting = false;
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
            answers.shutdown();
            answers.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
