package com.bistro92.table;

import static com.bistro92.db.Tables.DINING_TABLE;
import static com.bistro92.db.Tables.TABLE_SESSION;

import com.bistro92.problem.Problem;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;

/** Seated parties: staff seat a table (opening a session) and close it when the bill is settled. */
public final class TableSessions {

    /** An open or closed session of a table. */
    public record Session(long id, int tableId, String table, int guests, Instant openedAt, Instant closedAt) {
    }

    private final DSLContext dsl;
    private final Clock clock;

    public TableSessions(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /**
     * Seats a party at the table.
     *
     * @throws Problem 404 for an unknown table, 409 when the table is already seated
     */
    public Session seat(int tableId, int guests) {
        if (guests < 1 || guests > 99) {
            throw Problem.unprocessable("Cannot seat the table",
                    java.util.List.of(new Problem.FieldError("guests", "must be between 1 and 99")));
        }
        String table = label(tableId);
        Instant now = clock.instant();
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            if (open(tx, tableId).isPresent()) {
                throw Problem.conflict("Table already seated", table + " already has a party; close it first");
            }
            long id = tx.insertInto(TABLE_SESSION)
                    .set(TABLE_SESSION.TABLE_ID, tableId)
                    .set(TABLE_SESSION.GUESTS, guests)
                    .set(TABLE_SESSION.OPENED_AT, now)
                    .returningResult(TABLE_SESSION.ID).fetchSingle().value1();
            return new Session(id, tableId, table, guests, now, null);
        });
    }

    /**
     * Closes the table's open session.
     *
     * @throws Problem 404 for an unknown table, 409 when nobody is seated there
     */
    public Session close(int tableId) {
        String table = label(tableId);
        Instant now = clock.instant();
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            Session open = open(tx, tableId).orElseThrow(() ->
                    Problem.conflict("Table not seated", table + " has no party to close"));
            tx.update(TABLE_SESSION).set(TABLE_SESSION.CLOSED_AT, now).where(TABLE_SESSION.ID.eq(open.id())).execute();
            return new Session(open.id(), tableId, table, open.guests(), open.openedAt(), now);
        });
    }

    /** The table's open session, if a party is seated. */
    public Optional<Session> open(int tableId) {
        return open(dsl, tableId);
    }

    private static Optional<Session> open(DSLContext ctx, int tableId) {
        return ctx.select(TABLE_SESSION.ID, TABLE_SESSION.TABLE_ID, DINING_TABLE.LABEL, TABLE_SESSION.GUESTS,
                        TABLE_SESSION.OPENED_AT, TABLE_SESSION.CLOSED_AT)
                .from(TABLE_SESSION).join(DINING_TABLE).on(DINING_TABLE.ID.eq(TABLE_SESSION.TABLE_ID))
                .where(TABLE_SESSION.TABLE_ID.eq(tableId).and(TABLE_SESSION.CLOSED_AT.isNull()))
                .fetchOptional(r -> new Session(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    private String label(int tableId) {
        return dsl.select(DINING_TABLE.LABEL).from(DINING_TABLE).where(DINING_TABLE.ID.eq(tableId))
                .fetchOptional(DINING_TABLE.LABEL)
                .orElseThrow(() -> Problem.notFound("There is no table " + tableId));
    }
}
