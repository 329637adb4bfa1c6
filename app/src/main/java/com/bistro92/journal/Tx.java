package com.bistro92.journal;

import static com.bistro92.db.Tables.ORDER_EVENT;

import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/**
 * A group transaction as its commands see it: SQL, staged rows, ids, events, and what to do
 * once the group is durable. One group applies its commands one after another on the writer
 * thread; a command that throws is rolled back alone (its savepoint, its staged rows, its events
 * and its ids), and the others go on.
 */
public final class Tx {

    private static final Rows EVENTS = Rows.into(ORDER_EVENT, ORDER_EVENT.SEQ, ORDER_EVENT.TYPE,
            ORDER_EVENT.ORDER_ID, ORDER_EVENT.TABLE_ID, ORDER_EVENT.CREATED_AT, ORDER_EVENT.PAYLOAD,
            ORDER_EVENT.STAFF_ONLY, ORDER_EVENT.HASH);

    private final Session session;
    private final Keeper keeper;
    private final Instant now;
    private final Staging staging;
    private final Redo redo;
    private final List<Event> events = new ArrayList<>();
    private final List<Runnable> afterCommit = new ArrayList<>();
    private final Map<Object, Object> locals = new HashMap<>();
    private final Map<IdSeries, Long> idsAtStart = new IdentityHashMap<>();
    private final List<Runnable> onRefused = new ArrayList<>();
    private final Map<IdSeries, Long> idsOfCommand = new IdentityHashMap<>();
    private long seq;
    private final long seqAtStart;
    /** The hash of the last event logged so far: the head of the event log's chain. */
    private byte[] head;
    private final byte[] headAtStart;
    private RuntimeException broken;

    private int command;
    private Savepoint savepoint;
    private int redoMark;
    private int eventsMark;
    private int afterCommitMark;
    private long seqMark;
    private byte[] headMark;

    Tx(Session session, Keeper keeper, Instant now, long lastSeq, byte[] head) {
        this.session = session;
        this.keeper = keeper;
        this.now = now;
        this.staging = new Staging(session.inserts(), session.lowerCaseNames());
        this.redo = new Redo(session.recordsRedo());
        this.seq = lastSeq;
        this.seqAtStart = lastSeq;
        this.head = head;
        this.headAtStart = head;
    }

    /** The group's time: every command of a group happens at the same instant. */
    public Instant now() {
        return now;
    }

    /** SQL in the group's transaction. Rows staged by earlier commands are written before any statement runs. */
    public DSLContext sql() {
        return session.sql();
    }

    /**
     * SQL for reads that do not need the rows earlier commands staged (such as an idempotency
     * key already looked up among them), so that staged rows stay batched. Writes through it
     * behave as through {@link #sql()}.
     */
    public DSLContext lookup() {
        return session.lookup();
    }

    /** Stages a row; the group inserts its rows in batches. A command cannot read back rows it staged itself. */
    public void insert(Rows into, Object... values) {
        keeper.staged(into);
        staging.add(command, into, values);
    }

    /**
     * Names {@code key} of {@code subject} as changed by the current command: once the command has
     * run, the journal's {@link Invariant}s on that subject are checked for it, and a violation
     * refuses the command. A command that writes what such a rule watches must name what it changed,
     * or be refused.
     *
     * @param key null when the change touched none (e.g. an order no party was seated for)
     */
    public void changed(Subject subject, Long key) {
        keeper.changed(subject, key);
    }

    /** The next id of a table, in commit order. */
    public long nextId(IdSeries series) {
        idsAtStart.putIfAbsent(series, series.last());
        idsOfCommand.putIfAbsent(series, series.last());
        return series.next(session.lookup(), session.generation());
    }

    /**
     * Logs an event: {@code event} gets the next sequence number and must serialise it into its
     * wire form. The event is published once the group is durable, unless the command is refused.
     */
    public <E extends LoggedEvent> E log(LongFunction<E> event) {
        E logged = event.apply(++seq);
        if (logged.seq() != seq) {
            throw new IllegalStateException("An event must keep the sequence number it was given");
        }
        // chained here, in seq order; a refused command puts the head back with its seq
        head = LogChain.link(head, new LogRow(logged.seq(), logged.type(), logged.orderId(), logged.tableId(),
                now, logged.json(), logged.staffOnly()));
        insert(EVENTS, logged.seq(), logged.type(), logged.orderId(), logged.tableId(), now, logged.json(),
                logged.staffOnly(), head);
        events.add(logged);
        return logged;
    }

    /** Publishes an event that is not logged, in its place among the group's events. */
    public void announce(Event event) {
        events.add(event);
    }

    /** Runs {@code action} on the writer thread once the group is durable, before its events are published. */
    public void afterCommit(Runnable action) {
        afterCommit.add(action);
    }

    /** Runs {@code undo} if the current command is refused, e.g. to forget an in-memory note it made. */
    public void onRefused(Runnable undo) {
        onRefused.add(undo);
    }

    /** A value shared by the group's commands, made by {@code initial} the first time. */
    @SuppressWarnings("unchecked")
    public <T> T local(Object key, Supplier<T> initial) {
        return (T) locals.computeIfAbsent(key, k -> initial.get());
    }

    // ---------------------------------------------------------------- the writer's side

    /** What applying one command gave: its value, or why it was refused. */
    record Outcome(Object value, Throwable failure) {
    }

    Outcome apply(Command<?> c) {
        command++;
        savepoint = null;
        redoMark = redo.mark();
        eventsMark = events.size();
        afterCommitMark = afterCommit.size();
        seqMark = seq;
        headMark = head;
        idsOfCommand.clear();
        onRefused.clear();
        keeper.startCommand();
        try {
            Object value = c.apply(this);
            if (broken != null) {
                throw broken;
            }
            keeper.keep(this, c);
            if (!idsOfCommand.isEmpty() && events.size() == eventsMark) {
                // other suite nodes of a shared database read ids again when they read new events
                throw new IllegalStateException("A command that takes ids must log an event: " + c);
            }
            return new Outcome(value, null);
        } catch (RuntimeException refused) {
            if (broken != null) {
                throw broken;
            }
            refuse();
            return new Outcome(null, refused);
        }
    }

    private void refuse() {
        try {
            if (savepoint != null) {
                session.connection().rollback(savepoint);
                redo.reset(redoMark);
            }
        } catch (SQLException e) {
            throw new DataAccessException("Cannot roll a refused command back", e);
        }
        staging.drop(command);
        events.subList(eventsMark, events.size()).clear();
        afterCommit.subList(afterCommitMark, afterCommit.size()).clear();
        seq = seqMark;
        head = headMark;
        idsOfCommand.forEach(IdSeries::restore);
        onRefused.reversed().forEach(Runnable::run);
    }

    /** Called by the session before every statement a command runs. */
    void beforeStatement(boolean write, boolean flushBeforeReads) {
        try {
            if (write) {
                if (savepoint == null) {
                    staging.flush(command, session.connection(), redo);
                    redoMark = redo.mark();
                    savepoint = session.connection().setSavepoint();
                }
                staging.flush(Integer.MAX_VALUE, session.connection(), redo);
            } else if (flushBeforeReads) {
                staging.flush(command, session.connection(), redo);
            }
        } catch (SQLException e) {
            // rows of earlier commands failed: the group cannot go on as it is
            broken = new DataAccessException("Staged rows could not be written", e);
            throw broken;
        }
    }

    /**
     * Called by the session after every write a command ran, with the query and its rendering with
     * values (null when the group records no redo).
     */
    void written(org.jooq.Query query, String sql) {
        keeper.wrote(query);
        redo.statement(sql);
    }

    /** Writes what is still staged; the group is then ready to commit. */
    void finish() throws SQLException {
        if (broken != null) {
            throw broken;
        }
        staging.flush(Integer.MAX_VALUE, session.connection(), redo);
    }

    /** Whether the group changed anything that must be journaled: every write it made is in its redo. */
    boolean wrote() {
        return !redo.isEmpty();
    }

    byte[] redo() {
        return redo.toBytes();
    }

    long lastSeq() {
        return seq;
    }

    /** The hash of the group's last logged event (or of the last event before the group). */
    byte[] head() {
        return head;
    }

    /** Moves the chain's head, for a command that chains rows already logged ({@link ChainBacklog}). */
    void chainedTo(byte[] newHead) {
        head = newHead;
    }

    List<Event> events() {
        return events;
    }

    List<Runnable> afterCommitActions() {
        return afterCommit;
    }

    /** Puts every id series back where the group found it, after the group failed. */
    void restoreIds() {
        idsAtStart.forEach(IdSeries::restore);
        seq = seqAtStart;
        head = headAtStart;
    }
}
