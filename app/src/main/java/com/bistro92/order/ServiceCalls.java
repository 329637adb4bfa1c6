package com.bistro92.order;

import static com.bistro92.db.Tables.DINING_TABLE;
import static com.bistro92.db.Tables.SERVICE_REQUEST;

import com.bistro92.journal.IdSeries;
import com.bistro92.journal.Tx;
import com.bistro92.json.Wire;
import com.bistro92.problem.Problem;
import com.bistro92.staff.Authority;
import com.bistro92.staff.Permission;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Calls for a waiter or the bill: raised, merged and acknowledged inside the writer's transaction. */
final class ServiceCalls {

    /** A repeat ask within this long of the last one is merged into it. */
    static final Duration MERGE_WINDOW = Duration.ofMinutes(1);

    private final IdSeries ids = IdSeries.of(SERVICE_REQUEST, SERVICE_REQUEST.ID);
    private final ObjectMapper json;

    ServiceCalls(ObjectMapper json) {
        this.json = json;
    }

    ServiceCall.Outcome ask(Tx tx, int tableId, Integer padId, ServiceCall.Kind kind) {
        Instant now = tx.now();
        DSLContext sql = tx.sql();
        Optional<ServiceCall> open = select(sql, SERVICE_REQUEST.TABLE_ID.eq(tableId)
                .and(SERVICE_REQUEST.KIND.eq(kind.name())).and(SERVICE_REQUEST.ACKNOWLEDGED_AT.isNull()))
                .stream().findFirst();
        if (open.isPresent() && Duration.between(open.get().lastAskedAt(), now).compareTo(MERGE_WINDOW) < 0) {
            ServiceCall call = open.get();
            sql.update(SERVICE_REQUEST).set(SERVICE_REQUEST.TIMES_ASKED, call.timesAsked() + 1)
                    .set(SERVICE_REQUEST.LAST_ASKED_AT, now).where(SERVICE_REQUEST.ID.eq(call.id())).execute();
            ServiceCall merged = new ServiceCall(call.id(), tableId, call.table(), kind, call.createdAt(), now,
                    call.timesAsked() + 1, null);
            logRequested(tx, merged);
            return new ServiceCall.Outcome(merged, true);
        }
        String table = sql.select(DINING_TABLE.LABEL).from(DINING_TABLE).where(DINING_TABLE.ID.eq(tableId))
                .fetchOptional(DINING_TABLE.LABEL)
                .orElseThrow(() -> Problem.notFound("There is no table " + tableId));
        long id = tx.nextId(ids);
        sql.insertInto(SERVICE_REQUEST)
                .set(SERVICE_REQUEST.ID, id)
                .set(SERVICE_REQUEST.TABLE_ID, tableId)
                .set(SERVICE_REQUEST.PAD_ID, padId)
                .set(SERVICE_REQUEST.KIND, kind.name())
                .set(SERVICE_REQUEST.CREATED_AT, now)
                .set(SERVICE_REQUEST.LAST_ASKED_AT, now)
                .execute();
        ServiceCall call = new ServiceCall(id, tableId, table, kind, now, now, 1, null);
        logRequested(tx, call);
        return new ServiceCall.Outcome(call, false);
    }

    /** Raised, or asked again: either way staff screens see the call as it is now. */
    private void logRequested(Tx tx, ServiceCall call) {
        byte[] body = Wire.bytes(json, call);
        tx.log(seq -> new ServiceEvent.Requested(seq, call,
                Wire.envelope(FeedMessage.SERVICE_REQUEST, seq, "request", body)));
    }

    /** Acknowledges a call; returns it, and whether it had been acknowledged before. */
    ServiceCall.Outcome acknowledge(Tx tx, long id, Integer by) {
        Authority.require(tx, by, Permission.ACKNOWLEDGE_CALLS);
        DSLContext sql = tx.sql();
        ServiceCall call = select(sql, SERVICE_REQUEST.ID.eq(id)).stream().findFirst()
                .orElseThrow(() -> Problem.notFound("There is no service request " + id));
        if (call.acknowledgedAt() != null) {
            return new ServiceCall.Outcome(call, true);
        }
        sql.update(SERVICE_REQUEST).set(SERVICE_REQUEST.ACKNOWLEDGED_AT, tx.now())
                .where(SERVICE_REQUEST.ID.eq(id)).execute();
        ServiceCall done = new ServiceCall(call.id(), call.tableId(), call.table(), call.kind(), call.createdAt(),
                call.lastAskedAt(), call.timesAsked(), tx.now());
        tx.log(seq -> new ServiceEvent.Acknowledged(seq, done,
                Wire.envelope(FeedMessage.SERVICE_ACKNOWLEDGED, seq, "request", Wire.bytes(json, done), by)));
        return new ServiceCall.Outcome(done, false);
    }

    /** Every call not yet acknowledged, oldest first. */
    static List<ServiceCall> unacknowledged(DSLContext ctx) {
        return select(ctx, SERVICE_REQUEST.ACKNOWLEDGED_AT.isNull()).reversed();
    }

    private static List<ServiceCall> select(DSLContext ctx, Condition where) {
        return ctx.select(SERVICE_REQUEST.fields()).select(DINING_TABLE.LABEL)
                .from(SERVICE_REQUEST).join(DINING_TABLE).on(DINING_TABLE.ID.eq(SERVICE_REQUEST.TABLE_ID))
                .where(where).orderBy(SERVICE_REQUEST.ID.desc())
                .fetch(ServiceCalls::call);
    }

    private static ServiceCall call(Record r) {
        return new ServiceCall(r.get(SERVICE_REQUEST.ID), r.get(SERVICE_REQUEST.TABLE_ID), r.get(DINING_TABLE.LABEL),
                ServiceCall.Kind.valueOf(r.get(SERVICE_REQUEST.KIND)), r.get(SERVICE_REQUEST.CREATED_AT),
                r.get(SERVICE_REQUEST.LAST_ASKED_AT), r.get(SERVICE_REQUEST.TIMES_ASKED),
                r.get(SERVICE_REQUEST.ACKNOWLEDGED_AT));
    }

    @Override
    public String toString() {
        return "service calls";
    }
}
