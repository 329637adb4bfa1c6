package com.bistro92.journal;

import static com.bistro92.db.Tables.CUSTOMER_ORDER;
import static com.bistro92.db.Tables.ORDER_EVENT;
import static com.bistro92.db.Tables.ORDER_LINE;
import static com.bistro92.db.Tables.PAD;
import static com.bistro92.db.Tables.SERVICE_REQUEST;
import static com.bistro92.db.Tables.TABLE_SESSION;
import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.Bistro92;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Everything the server acknowledged, as its callers saw it, and the check that a database holds
 * all of it. Changes that were not acknowledged may or may not be there; acknowledged ones must.
 */
final class Ledger {

    /** An acknowledged order: how many of its one item, and the newest version acknowledged for it. */
    record AckedOrder(int quantity, int version) {
    }

    /** A table's session as last acknowledged: open or closed. */
    record AckedSession(long id, boolean closed) {
    }

    final Map<Long, AckedOrder> orders = new ConcurrentHashMap<>();
    final Map<Integer, AckedSession> sessions = new ConcurrentHashMap<>();
    final Map<Integer, Boolean> pads = new ConcurrentHashMap<>();
    final Map<Long, Integer> calls = new ConcurrentHashMap<>();

    int acknowledged() {
        return orders.size() + sessions.size() + pads.size() + calls.size();
    }

    void assertHeldBy(Bistro92 app) {
        DSLContext db = app.database().dsl();
        Map<Long, Integer> versions = db.select(CUSTOMER_ORDER.ID, CUSTOMER_ORDER.VERSION).from(CUSTOMER_ORDER)
                .fetchMap(CUSTOMER_ORDER.ID, CUSTOMER_ORDER.VERSION);
        Map<Long, Integer> quantities = db.select(ORDER_LINE.ORDER_ID, ORDER_LINE.QUANTITY).from(ORDER_LINE)
                .fetchMap(ORDER_LINE.ORDER_ID, ORDER_LINE.QUANTITY);
        orders.forEach((id, acked) -> {
            assertThat(versions).as("order %d was acknowledged", id).containsKey(id);
            assertThat(versions.get(id)).as("order %d's version", id).isGreaterThanOrEqualTo(acked.version());
            assertThat(quantities.get(id)).as("order %d's line", id).isEqualTo(acked.quantity());
        });
        sessions.forEach((table, acked) -> {
            var row = db.select(TABLE_SESSION.TABLE_ID, TABLE_SESSION.CLOSED_AT).from(TABLE_SESSION)
                    .where(TABLE_SESSION.ID.eq(acked.id())).fetchOne();
            assertThat(row).as("session %d of table %d", acked.id(), table).isNotNull();
            assertThat(row.value1()).isEqualTo(table);
            if (acked.closed()) {
                assertThat(row.value2()).as("session %d was closed", acked.id()).isNotNull();
            }
        });
        pads.forEach((id, revoked) -> {
            Boolean stored = db.select(PAD.REVOKED).from(PAD).where(PAD.ID.eq(id)).fetchOne(PAD.REVOKED);
            assertThat(stored).as("pad %d was paired", id).isNotNull();
            if (revoked) {
                assertThat(stored).as("pad %d was revoked", id).isTrue();
            }
        });
        calls.forEach((id, times) -> {
            Integer stored = db.select(SERVICE_REQUEST.TIMES_ASKED).from(SERVICE_REQUEST)
                    .where(SERVICE_REQUEST.ID.eq(id)).fetchOne(SERVICE_REQUEST.TIMES_ASKED);
            assertThat(stored).as("call %d", id).isNotNull().isGreaterThanOrEqualTo(times);
        });
        List<Long> seqs = db.select(ORDER_EVENT.SEQ).from(ORDER_EVENT).orderBy(ORDER_EVENT.SEQ).fetch(ORDER_EVENT.SEQ);
        for (int i = 0; i < seqs.size(); i++) {
            assertThat(seqs.get(i)).as("the event log has no gaps").isEqualTo(i + 1L);
        }
        assertThat(db.fetchCount(ORDER_EVENT, ORDER_EVENT.TYPE.eq("new_order")))
                .as("one new_order event per order").isEqualTo(versions.size());
        assertThat(app.journal().lastSeq()).isEqualTo(seqs.isEmpty() ? 0 : seqs.getLast());
        assertThat(app.logVerifier().verify()).as("the event log's hash chain after the restart")
                .isInstanceOfSatisfying(LogCheck.Intact.class, c -> assertThat(c.count()).isEqualTo(seqs.size()));
        assertThat(db.fetchCount(DSL.selectOne().from(ORDER_LINE).leftJoin(CUSTOMER_ORDER)
                .on(CUSTOMER_ORDER.ID.eq(ORDER_LINE.ORDER_ID)).where(CUSTOMER_ORDER.ID.isNull())))
                .as("no line without its order").isZero();
    }
}
