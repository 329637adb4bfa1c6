package com.bistro92.table;

import static com.bistro92.db.Tables.DINING_TABLE;
import static com.bistro92.db.Tables.TABLE_SESSION;

import com.bistro92.journal.Command;
import com.bistro92.journal.IdSeries;
import com.bistro92.journal.Journal;
import com.bistro92.journal.OtherNodes;
import com.bistro92.journal.Subject;
import com.bistro92.journal.Tx;
import com.bistro92.json.Envelope;
import com.bistro92.json.Wire;
import com.bistro92.problem.Problem;
import com.bistro92.staff.Authority;
import com.bistro92.staff.Permission;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;

/**
 * Seated parties: staff seat a table (opening a session) and close it when the bill is settled.
 * Which tables are seated is also kept in memory, changed only by the writer after each commit,
 * so that every order can check it inside the writer's transaction without a query.
 */
public final class TableSessions {

    /**
     * The bill of a table session, as the journal's rules on money know it: a command that changes
     * what a session owes or has paid names the session with {@code tx.changed(BILL, sessionId)}.
     */
    public static final Subject BILL = new Subject("the bill of a table session");

    /** An open or closed session of a table. */
    public record Session(long id, int tableId, String table, int guests, Instant openedAt, Instant closedAt) {
    }

    /** Sessions opened (id) or closed (-1) by earlier commands of the current group. */
    private static final Object PENDING = new Object();
    private static final long CLOSED = -1;

    private final Journal journal;
    private final DSLContext reads;
    private final ObjectMapper json;
    private final IdSeries ids = IdSeries.of(TABLE_SESSION, TABLE_SESSION.ID);
    private final Map<Integer, Open> openByTable = new ConcurrentHashMap<>();

    /** A table's open session, as the writer last committed it. */
    private record Open(long id, Instant since) {
    }

    public TableSessions(Journal journal, DSLContext reads, ObjectMapper json) {
        this.journal = journal;
        this.reads = reads;
        this.json = json;
        reads.select(TABLE_SESSION.TABLE_ID, TABLE_SESSION.ID, TABLE_SESSION.OPENED_AT).from(TABLE_SESSION)
                .where(TABLE_SESSION.CLOSED_AT.isNull())
                .forEach(r -> openByTable.put(r.value1(), new Open(r.value2(), r.value3())));
        OtherNodes nodes = journal.otherNodes();
        nodes.decode(TableEvent.Seated.TYPE, row -> {
            Session session = Envelope.read(json, row.payload()).body("session", Session.class);
            openByTable.put(session.tableId(), new Open(session.id(), session.openedAt().truncatedTo(ChronoUnit.MICROS)));
            return new TableEvent.Seated(row.seq(), session, row.payload());
        });
        nodes.decode(TableEvent.Closed.TYPE, row -> {
            Session session = Envelope.read(json, row.payload()).body("session", Session.class);
            openByTable.computeIfPresent(session.tableId(), (table, open) -> open.id() == session.id() ? null : open);
            return new TableEvent.Closed(row.seq(), session, row.payload());
        });
    }

    /**
     * Seats a party at the table.
     *
     * @return fails with 422 for a number of guests outside 1–99, 404 for an unknown table, 409
     *         when the table is already seated
     */
    public CompletableFuture<Session> seat(int tableId, int guests) {
        return seat(tableId, guests, null);
    }

    /** As above, by the member of staff {@code by} (their id goes into the event). */
    public CompletableFuture<Session> seat(int tableId, int guests, Integer by) {
        if (guests < 1 || guests > 99) {
            return CompletableFuture.failedFuture(Problem.unprocessable("Cannot seat the table",
                    List.of(new Problem.FieldError("guests", "must be between 1 and 99"))));
        }
        return journal.submit(new Seat(tableId, guests, by, this));
    }

    /** Closes the table's open session; fails with 404 for an unknown table, 409 when nobody is seated. */
    public CompletableFuture<Session> close(int tableId) {
        return close(tableId, null);
    }

    /** As above, by the member of staff {@code by}. */
    public CompletableFuture<Session> close(int tableId, Integer by) {
        return journal.submit(new Close(tableId, by, this));
    }

    /** Whether a party is seated at the table now. */
    public boolean isSeated(int tableId) {
        return openByTable.containsKey(tableId);
    }

    /**
     * When the party now at the table sat down, if one is seated: what that party may see of the
     * table's orders starts there; the parties before it are private.
     */
    public Optional<Instant> seatedSince(int tableId) {
        Open open = openByTable.get(tableId);
        return open == null ? Optional.empty() : Optional.of(open.since());
    }

    /** The table's open session, if a party is seated. */
    public Optional<Session> open(int tableId) {
        return reads.select(TABLE_SESSION.ID, TABLE_SESSION.TABLE_ID, DINING_TABLE.LABEL, TABLE_SESSION.GUESTS,
                        TABLE_SESSION.OPENED_AT, TABLE_SESSION.CLOSED_AT)
                .from(TABLE_SESSION).join(DINING_TABLE).on(DINING_TABLE.ID.eq(TABLE_SESSION.TABLE_ID))
                .where(TABLE_SESSION.TABLE_ID.eq(tableId).and(TABLE_SESSION.CLOSED_AT.isNull()))
                .fetchOptional(r -> new Session(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    /** The id of the table's open session as the current group sees it; for other features' commands. */
    public Optional<Long> openSession(Tx tx, int tableId) {
        Map<Integer, Long> pending = tx.local(PENDING, HashMap::new);
        Long id = pending.containsKey(tableId) ? pending.get(tableId)
                : openByTable.containsKey(tableId) ? openByTable.get(tableId).id() : null;
        return id == null || id == CLOSED ? Optional.empty() : Optional.of(id);
    }

    /** Seats a party inside a command of this package's (staff's seating, or the guests' own opening). */
    Session seat(Tx tx, int tableId, int guests, Integer by) {
        Authority.require(tx, by, Permission.SEAT_AND_CLOSE);
        String table = label(tx, tableId);
        if (openSession(tx, tableId).isPresent()) {
            throw Problem.conflict("Table already seated", table + " already has a party; close it first");
        }
        long id = tx.nextId(ids);
        tx.sql().insertInto(TABLE_SESSION)
                .set(TABLE_SESSION.ID, id)
                .set(TABLE_SESSION.TABLE_ID, tableId)
                .set(TABLE_SESSION.GUESTS, guests)
                .set(TABLE_SESSION.OPENED_AT, tx.now())
                .execute();
        Session session = new Session(id, tableId, table, guests, tx.now(), null);
        remember(tx, tableId, id);
        tx.log(seq -> new TableEvent.Seated(seq, session,
                Wire.envelope(TableEvent.Seated.TYPE, seq, "session", Wire.bytes(json, session), by)));
        return session;
    }

    /** Closes the table's session inside another feature's command, e.g. the payment that settles the bill. */
    public Session close(Tx tx, int tableId, Integer by) {
        Authority.require(tx, by, Permission.SEAT_AND_CLOSE);
        String table = label(tx, tableId);
        long id = openSession(tx, tableId).orElseThrow(() ->
                Problem.conflict("Table not seated", table + " has no party to close"));
        var row = tx.sql().select(TABLE_SESSION.GUESTS, TABLE_SESSION.OPENED_AT).from(TABLE_SESSION)
                .where(TABLE_SESSION.ID.eq(id)).fetchSingle();
        tx.sql().update(TABLE_SESSION).set(TABLE_SESSION.CLOSED_AT, tx.now()).where(TABLE_SESSION.ID.eq(id)).execute();
        Session session = new Session(id, tableId, table, row.value1(), row.value2(), tx.now());
        remember(tx, tableId, CLOSED);
        tx.log(seq -> new TableEvent.Closed(seq, session,
                Wire.envelope(TableEvent.Closed.TYPE, seq, "session", Wire.bytes(json, session), by)));
        return session;
    }

    private void remember(Tx tx, int tableId, long session) {
        Map<Integer, Long> pending = tx.local(PENDING, HashMap::new);
        Long before = pending.put(tableId, session);
        tx.onRefused(() -> {
            if (before == null) {
                pending.remove(tableId);
            } else {
                pending.put(tableId, before);
            }
        });
        tx.afterCommit(() -> {
            if (session == CLOSED) {
                openByTable.remove(tableId);
            } else {
                openByTable.put(tableId, new Open(session, tx.now().truncatedTo(ChronoUnit.MICROS)));
            }
        });
    }

    private static String label(Tx tx, int tableId) {
        return tx.lookup().select(DINING_TABLE.LABEL).from(DINING_TABLE).where(DINING_TABLE.ID.eq(tableId))
                .fetchOptional(DINING_TABLE.LABEL)
                .orElseThrow(() -> Problem.notFound("There is no table " + tableId));
    }

    record Seat(int tableId, int guests, Integer by, TableSessions sessions) implements Command<Session> {
        @Override
        public Session apply(Tx tx) {
            return sessions.seat(tx, tableId, guests, by);
        }
    }

    record Close(int tableId, Integer by, TableSessions sessions) implements Command<Session> {
        @Override
        public Session apply(Tx tx) {
            return sessions.close(tx, tableId, by);
        }
    }

    @Override
    public String toString() {
        return "table sessions";
    }
}
