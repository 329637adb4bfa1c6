package com.bistro92.order;

import static com.bistro92.db.Tables.ORDER_EVENT;

import com.bistro92.journal.LogRow;
import com.bistro92.journal.OtherNodes;
import com.bistro92.json.Envelope;
import com.bistro92.table.TableDirectory;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The order feature's events, read back from the event log when another suite node logged them
 * ({@link OtherNodes}). An {@code order_updated} is read as a status change from the order's status
 * in its event before (a void, a comp or a ticket change carries the order as it is after it,
 * which is all the screens use): read once per page for the orders the page changes, then followed
 * through the page. A new order's table may be one the other node made up. Writer thread only.
 */
final class OrderEventsRead {

    private final ObjectMapper json;
    private final DSLContext reads;
    private final TableDirectory tables;
    /** Each order's status as of the row being read, for the orders the current page touches. */
    private final Map<Long, OrderStatus> statusNow = new HashMap<>();

    private OrderEventsRead(ObjectMapper json, DSLContext reads, TableDirectory tables) {
        this.json = json;
        this.reads = reads;
        this.tables = tables;
    }

    static void register(OtherNodes nodes, ObjectMapper json, DSLContext reads, TableDirectory tables) {
        OrderEventsRead read = new OrderEventsRead(json, reads, tables);
        nodes.readAhead(read::statusesBefore);
        nodes.decode(FeedMessage.NEW_ORDER, read::placed);
        nodes.decode(FeedMessage.ORDER_UPDATED, read::updated);
        nodes.decode(FeedMessage.SERVICE_REQUEST, row -> new ServiceEvent.Requested(row.seq(), read.call(row),
                row.payload()));
        nodes.decode(FeedMessage.SERVICE_ACKNOWLEDGED, row -> new ServiceEvent.Acknowledged(row.seq(), read.call(row),
                row.payload()));
    }

    /** The status of every order the page updates, as the log held it before the page: one query. */
    private void statusesBefore(List<LogRow> page) {
        statusNow.clear();
        List<Long> updated = page.stream().filter(r -> r.type().equals(FeedMessage.ORDER_UPDATED))
                .map(LogRow::orderId).filter(Objects::nonNull).distinct().toList();
        if (updated.isEmpty()) {
            return;
        }
        var earlier = ORDER_EVENT.as("earlier");
        reads.select(ORDER_EVENT.ORDER_ID, ORDER_EVENT.PAYLOAD).from(ORDER_EVENT)
                .where(ORDER_EVENT.ORDER_ID.in(updated))
                .and(ORDER_EVENT.SEQ.eq(DSL.select(DSL.max(earlier.SEQ)).from(earlier)
                        .where(earlier.ORDER_ID.eq(ORDER_EVENT.ORDER_ID))
                        .and(earlier.SEQ.lt(page.getFirst().seq()))))
                .forEach(r -> statusNow.put(r.value1(), order(r.value2()).status()));
    }

    private OrderEvent.Placed placed(LogRow row) {
        Order order = order(row.payload());
        tables.placedElsewhere(order.tableId(), order.table());
        statusNow.put(order.id(), order.status());
        return new OrderEvent.Placed(row.seq(), order, row.payload());
    }

    private OrderEvent.StatusChanged updated(LogRow row) {
        Order order = order(row.payload());
        OrderStatus from = statusNow.getOrDefault(order.id(), order.status());
        statusNow.put(order.id(), order.status());
        return new OrderEvent.StatusChanged(row.seq(), order, from, row.payload());
    }

    private ServiceCall call(LogRow row) {
        return Envelope.read(json, row.payload()).body("request", ServiceCall.class);
    }

    private Order order(String payload) {
        return Envelope.read(json, payload).body("order", Order.class);
    }
}
