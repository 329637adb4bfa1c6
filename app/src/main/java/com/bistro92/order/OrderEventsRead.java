package com.bistro92.order;

import static com.bistro92.db.Tables.ORDER_EVENT;

import com.bistro92.journal.LogRow;
import com.bistro92.journal.OtherNodes;
import com.bistro92.json.Envelope;
import com.bistro92.table.TableDirectory;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jooq.DSLContext;

/**
 * The order feature's events, read back from the event log when another suite node logged them
 * ({@link OtherNodes}). An {@code order_updated} is read as a status change from the order's status
 * in its event before (a void, a comp or a ticket change carries the order as it is after it,
 * which is all the screens use); a new order's table may be one the other node made up.
 */
final class OrderEventsRead {

    private final ObjectMapper json;
    private final DSLContext reads;
    private final TableDirectory tables;

    private OrderEventsRead(ObjectMapper json, DSLContext reads, TableDirectory tables) {
        this.json = json;
        this.reads = reads;
        this.tables = tables;
    }

    static void register(OtherNodes nodes, ObjectMapper json, DSLContext reads, TableDirectory tables) {
        OrderEventsRead read = new OrderEventsRead(json, reads, tables);
        nodes.decode(FeedMessage.NEW_ORDER, read::placed);
        nodes.decode(FeedMessage.ORDER_UPDATED, read::updated);
        nodes.decode(FeedMessage.SERVICE_REQUEST, row -> new ServiceEvent.Requested(row.seq(), read.call(row),
                row.payload()));
        nodes.decode(FeedMessage.SERVICE_ACKNOWLEDGED, row -> new ServiceEvent.Acknowledged(row.seq(), read.call(row),
                row.payload()));
    }

    private OrderEvent.Placed placed(LogRow row) {
        Order order = order(row.payload());
        tables.placedElsewhere(order.tableId(), order.table());
        return new OrderEvent.Placed(row.seq(), order, row.payload());
    }

    private OrderEvent.StatusChanged updated(LogRow row) {
        Order order = order(row.payload());
        String before = reads.select(ORDER_EVENT.PAYLOAD).from(ORDER_EVENT)
                .where(ORDER_EVENT.ORDER_ID.eq(row.orderId()).and(ORDER_EVENT.SEQ.lt(row.seq())))
                .orderBy(ORDER_EVENT.SEQ.desc()).limit(1)
                .fetchOne(ORDER_EVENT.PAYLOAD);
        OrderStatus from = before == null ? order.status() : order(before).status();
        return new OrderEvent.StatusChanged(row.seq(), order, from, row.payload());
    }

    private ServiceCall call(LogRow row) {
        return Envelope.read(json, row.payload()).body("request", ServiceCall.class);
    }

    private Order order(String payload) {
        return Envelope.read(json, payload).body("order", Order.class);
    }
}
