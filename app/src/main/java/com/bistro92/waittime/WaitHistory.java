package com.bistro92.waittime;

import static com.bistro92.db.Tables.CUSTOMER_ORDER;
import static com.bistro92.db.Tables.MENU_ITEM;
import static com.bistro92.db.Tables.ORDER_LINE;

import com.bistro92.order.OrderStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.jooq.DSLContext;

/**
 * The kitchen's past tickets as the wait times learn from them: every order of the last
 * {@link #DAYS} days that reached READY, with its lines' items and stations, and how many food
 * tickets were in the kitchen when it was placed. Two queries, however many orders.
 */
final class WaitHistory {

    static final int DAYS = 28;
    /** The station whose tickets are drinks: quick, and not held up by the food. */
    static final String DRINKS = "BAR";

    private WaitHistory() {
    }

    static List<TicketTime> read(DSLContext sql, Instant now) {
        Instant from = now.minus(Duration.ofDays(DAYS));
        Map<Long, List<TicketTime.Line>> lines = new HashMap<>();
        sql.select(ORDER_LINE.ORDER_ID, ORDER_LINE.MENU_ITEM_ID, ORDER_LINE.STATION).from(ORDER_LINE)
                .join(CUSTOMER_ORDER).on(CUSTOMER_ORDER.ID.eq(ORDER_LINE.ORDER_ID))
                .where(CUSTOMER_ORDER.CREATED_AT.ge(from)).and(ORDER_LINE.MENU_ITEM_ID.isNotNull())
                .forEach(r -> lines.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new TicketTime.Line(r.value2(), r.value3())));
        record Placed(long id, Instant at, Instant ready) {
        }
        List<Placed> orders = sql.select(CUSTOMER_ORDER.ID, CUSTOMER_ORDER.CREATED_AT, CUSTOMER_ORDER.READY_AT)
                .from(CUSTOMER_ORDER)
                .where(CUSTOMER_ORDER.CREATED_AT.ge(from)).and(CUSTOMER_ORDER.READY_AT.isNotNull())
                .and(CUSTOMER_ORDER.STATUS.ne(OrderStatus.CANCELLED.name()))
                .orderBy(CUSTOMER_ORDER.CREATED_AT)
                .fetch(r -> new Placed(r.value1(), r.value2(), r.value3()));
        // the rail at each placing: food tickets placed before it and not yet ready, swept in time order
        PriorityQueue<Instant> cooking = new PriorityQueue<>();
        List<TicketTime> tickets = new ArrayList<>(orders.size());
        for (Placed o : orders) {
            while (!cooking.isEmpty() && !cooking.peek().isAfter(o.at())) {
                cooking.poll();
            }
            List<TicketTime.Line> of = lines.getOrDefault(o.id(), List.of());
            if (of.isEmpty()) {
                continue;
            }
            tickets.add(new TicketTime(of, cooking.size(), Duration.between(o.at(), o.ready()).toSeconds()));
            if (food(of)) {
                cooking.add(o.ready());
            }
        }
        return tickets;
    }

    static boolean food(List<TicketTime.Line> lines) {
        return lines.stream().anyMatch(l -> !DRINKS.equals(l.station()));
    }

    /** Each menu item's station. */
    static Map<Integer, String> stations(DSLContext sql) {
        Map<Integer, String> stations = new HashMap<>();
        sql.select(MENU_ITEM.ID, MENU_ITEM.STATION).from(MENU_ITEM).forEach(r -> stations.put(r.value1(), r.value2()));
        return Map.copyOf(stations);
    }

    /** The menu's prep times, in seconds: which dish paces a ticket, before the history says. */
    static Map<Integer, Double> prepSeconds(DSLContext sql) {
        Map<Integer, Double> prep = new HashMap<>();
        sql.select(MENU_ITEM.ID, MENU_ITEM.PREP_MINUTES).from(MENU_ITEM)
                .forEach(r -> prep.put(r.value1(), r.value2() * 60.0));
        return prep;
    }
}
