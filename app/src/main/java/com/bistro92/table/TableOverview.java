package com.bistro92.table;

import static com.bistro92.db.Tables.CUSTOMER_ORDER;
import static com.bistro92.db.Tables.DINING_TABLE;
import static com.bistro92.db.Tables.PAD;
import static com.bistro92.db.Tables.SECTION;
import static com.bistro92.db.Tables.SERVICE_REQUEST;
import static com.bistro92.db.Tables.TABLE_SESSION;

import com.bistro92.store.Snapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The floor at a glance, for the Tables & Pads screen: every table with its party, pads, orders
 * and calls, read in one consistent snapshot together with the last event it reflects. The screen
 * then keeps it up to date from the event stream alone.
 */
public final class TableOverview {

    /** A paired pad and whether it is connected now. */
    public record PadRow(int id, String name, Instant lastSeenAt, boolean online) {
    }

    /** A call for service not yet acknowledged. */
    public record CallRow(long id, String kind, Instant lastAskedAt, int timesAsked) {
    }

    /**
     * @param guests     null when nobody is seated
     * @param seatedAt   null when nobody is seated
     * @param openOrders orders not yet delivered or cancelled
     */
    public record TableRow(int id, String label, String section, boolean adHoc, Integer guests, Instant seatedAt,
                           List<PadRow> pads, int openOrders, List<CallRow> calls) {

        public TableRow {
            pads = List.copyOf(pads);
            calls = List.copyOf(calls);
        }

        public boolean seated() {
            return seatedAt != null;
        }
    }

    /** Every table, as of event {@code seq}. */
    public record Floor(long seq, List<TableRow> tables) {
        public Floor {
            tables = List.copyOf(tables);
        }
    }

    /** The section of tables that belong to none, such as ad-hoc tables. */
    public static final String NO_SECTION = "Other";

    private record Seated(int guests, Instant at) {
    }

    private static final List<String> OPEN = List.of("PLACED", "RECEIVED", "PREPARING", "READY");

    private final DSLContext dsl;
    private final Pairing pairing;

    public TableOverview(DSLContext dsl, Pairing pairing) {
        this.dsl = dsl;
        this.pairing = pairing;
    }

    /** Every active table, by section then order, and the last event the snapshot reflects. */
    public Floor read() {
        return Snapshot.read(dsl, (c, seq) -> new Floor(seq, read(c)));
    }

    /** Every active table, by section then order, in five queries. */
    private List<TableRow> read(DSLContext dsl) {
        Map<Integer, List<PadRow>> pads = new HashMap<>();
        dsl.selectFrom(PAD).where(PAD.REVOKED.isFalse()).orderBy(PAD.ID).forEach(p -> pads
                .computeIfAbsent(p.getTableId(), k -> new ArrayList<>())
                .add(new PadRow(p.getId(), p.getName(), p.getLastSeenAt(), pairing.isOnline(p.getId()))));
        Map<Integer, List<CallRow>> calls = new HashMap<>();
        dsl.selectFrom(SERVICE_REQUEST).where(SERVICE_REQUEST.ACKNOWLEDGED_AT.isNull()).orderBy(SERVICE_REQUEST.ID)
                .forEach(c -> calls.computeIfAbsent(c.getTableId(), k -> new ArrayList<>())
                        .add(new CallRow(c.getId(), c.getKind(), c.getLastAskedAt(), c.getTimesAsked())));
        Map<Integer, Integer> orders = new HashMap<>();
        dsl.select(CUSTOMER_ORDER.TABLE_ID, DSL.count()).from(CUSTOMER_ORDER)
                .where(CUSTOMER_ORDER.STATUS.in(OPEN)).groupBy(CUSTOMER_ORDER.TABLE_ID)
                .forEach(r -> orders.put(r.value1(), r.value2()));
        Map<Integer, Seated> sessions = new HashMap<>();
        dsl.select(TABLE_SESSION.TABLE_ID, TABLE_SESSION.GUESTS, TABLE_SESSION.OPENED_AT).from(TABLE_SESSION)
                .where(TABLE_SESSION.CLOSED_AT.isNull())
                .forEach(r -> sessions.put(r.value1(), new Seated(r.value2(), r.value3())));
        return dsl.select(DINING_TABLE.ID, DINING_TABLE.LABEL, SECTION.NAME, DINING_TABLE.AD_HOC)
                .from(DINING_TABLE).leftJoin(SECTION).on(SECTION.ID.eq(DINING_TABLE.SECTION_ID))
                .where(DINING_TABLE.ACTIVE.isTrue())
                .orderBy(DSL.coalesce(SECTION.SORT_ORDER, 999), DINING_TABLE.SORT_ORDER, DINING_TABLE.ID)
                .fetch(r -> {
                    Seated session = sessions.get(r.value1());
                    return new TableRow(r.value1(), r.value2(), r.value3() == null ? NO_SECTION : r.value3(),
                            r.value4(), session == null ? null : session.guests(),
                            session == null ? null : session.at(),
                            pads.getOrDefault(r.value1(), List.of()), orders.getOrDefault(r.value1(), 0),
                            calls.getOrDefault(r.value1(), List.of()));
                });
    }
}
