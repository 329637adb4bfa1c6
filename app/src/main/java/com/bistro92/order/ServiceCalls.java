package com.bistro92.order;

import static com.bistro92.db.Tables.DINING_TABLE;
import static com.bistro92.db.Tables.SERVICE_REQUEST;

import com.bistro92.problem.Problem;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Reads and writes calls for service; the writer calls it inside its transaction. */
final class ServiceCalls {

    /** A repeat ask within this long of the last one is merged into it. */
    static final Duration MERGE_WINDOW = Duration.ofMinutes(1);

    private ServiceCalls() {
    }

    /** The newest unacknowledged call of this kind at this table, if any. */
    static Optional<ServiceCall> open(DSLContext ctx, int tableId, ServiceCall.Kind kind) {
        return select(ctx, SERVICE_REQUEST.TABLE_ID.eq(tableId).and(SERVICE_REQUEST.KIND.eq(kind.name()))
                .and(SERVICE_REQUEST.ACKNOWLEDGED_AT.isNull())).stream().findFirst();
    }

    static ServiceCall.Outcome ask(DSLContext tx, int tableId, Integer padId, ServiceCall.Kind kind, Instant now) {
        Optional<ServiceCall> open = open(tx, tableId, kind);
        if (open.isPresent() && Duration.between(open.get().lastAskedAt(), now).compareTo(MERGE_WINDOW) < 0) {
            ServiceCall call = open.get();
            tx.update(SERVICE_REQUEST).set(SERVICE_REQUEST.TIMES_ASKED, call.timesAsked() + 1)
                    .set(SERVICE_REQUEST.LAST_ASKED_AT, now).where(SERVICE_REQUEST.ID.eq(call.id())).execute();
            return new ServiceCall.Outcome(new ServiceCall(call.id(), tableId, call.table(), kind, call.createdAt(), now,
                    call.timesAsked() + 1, null), true);
        }
        String table = tx.select(DINING_TABLE.LABEL).from(DINING_TABLE).where(DINING_TABLE.ID.eq(tableId))
                .fetchOptional(DINING_TABLE.LABEL)
                .orElseThrow(() -> Problem.notFound("There is no table " + tableId));
        long id = tx.insertInto(SERVICE_REQUEST)
                .set(SERVICE_REQUEST.TABLE_ID, tableId)
                .set(SERVICE_REQUEST.PAD_ID, padId)
                .set(SERVICE_REQUEST.KIND, kind.name())
                .set(SERVICE_REQUEST.CREATED_AT, now)
                .set(SERVICE_REQUEST.LAST_ASKED_AT, now)
                .returningResult(SERVICE_REQUEST.ID).fetchSingle().value1();
        return new ServiceCall.Outcome(new ServiceCall(id, tableId, table, kind, now, now, 1, null), false);
    }

    /** Acknowledges a call; returns it, and whether this changed anything. */
    static ServiceCall.Outcome acknowledge(DSLContext tx, long id, Instant now) {
        ServiceCall call = select(tx, SERVICE_REQUEST.ID.eq(id)).stream().findFirst()
                .orElseThrow(() -> Problem.notFound("There is no service request " + id));
        if (call.acknowledgedAt() != null) {
            return new ServiceCall.Outcome(call, true);
        }
        tx.update(SERVICE_REQUEST).set(SERVICE_REQUEST.ACKNOWLEDGED_AT, now).where(SERVICE_REQUEST.ID.eq(id)).execute();
        return new ServiceCall.Outcome(new ServiceCall(call.id(), call.tableId(), call.table(), call.kind(),
                call.createdAt(), call.lastAskedAt(), call.timesAsked(), now), false);
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
}
