package com.bistro92.report;

import static com.bistro92.db.Tables.DINING_TABLE;
import static com.bistro92.db.Tables.PAYMENT;

import com.bistro92.TestApp;
import com.bistro92.TestClock;
import com.bistro92.order.Adjustment;
import com.bistro92.order.NewOrder;
import com.bistro92.order.OrderSource;
import com.bistro92.order.OrderStatus;
import com.bistro92.order.Orders;
import com.bistro92.staff.Role;
import com.bistro92.table.TableDirectory;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A restaurant's day of business played through the real order API on a clock the test moves:
 * orders, the kitchen's bumps, voids and comps, parties seated; payments, whose commands belong
 * to the bills, are written straight into their table.
 */
public final class Trade {

    final TestApp app;
    final TestClock clock;
    final Orders orders;
    public final int manager;
    public final int server;

    public Trade(TestApp app, TestClock clock) {
        this.app = app;
        this.clock = clock;
        this.orders = app.app().orders();
        this.manager = app.app().staff().add("Alex Morgan", Role.MANAGER, null).join().member().id();
        this.server = app.app().staff().add("Sam Rivera", Role.SERVER, null).join().member().id();
    }

    /** Moves the clock forward to {@code time} on {@code day} in the restaurant's zone. */
    public void at(LocalDate day, LocalTime time) {
        Instant target = day.atTime(time).atZone(clock.getZone()).toInstant();
        Duration ahead = Duration.between(clock.instant(), target);
        if (ahead.isNegative()) {
            throw new IllegalStateException("The clock cannot go back to " + target);
        }
        clock.advance(ahead);
    }

    /** A line of an order: {@code quantity} of the item named {@code name}. */
    public static NewOrder.Line line(int quantity, String name) {
        return new NewOrder.Line(name, quantity, null);
    }

    public long order(String table, NewOrder.Line... lines) {
        return orders.place(new NewOrder(table, List.of(lines), "", OrderSource.STAFF, null)).join().order().id();
    }

    /** The kitchen takes the order through to READY, now. */
    public void ready(long orderId) {
        for (OrderStatus next : List.of(OrderStatus.RECEIVED, OrderStatus.PREPARING, OrderStatus.READY)) {
            orders.changeStatus(orderId, next, null).join();
        }
    }

    public void delivered(long orderId) {
        orders.changeStatus(orderId, OrderStatus.DELIVERED, null).join();
    }

    /** A void by {@code by}, approved by {@code approvedBy} (null: {@code by} voids alone). */
    public void voidOrder(long orderId, String reason, int by, Integer approvedBy) {
        orders.adjust(Adjustment.voidOrder(orderId, reason, by, approvedBy), null).join();
    }

    public void comp(long orderId, int lineNo, String reason, int by, Integer approvedBy) {
        orders.adjust(Adjustment.comp(orderId, lineNo, reason, by, approvedBy), null).join();
    }

    public int table(String label) {
        return app.app().database().dsl().select(DINING_TABLE.ID).from(DINING_TABLE)
                .where(DINING_TABLE.LABEL_KEY.eq(TableDirectory.key(label))).fetchSingle(DINING_TABLE.ID);
    }

    /** Seats a party of {@code guests} at the table; returns the session's id. */
    public long seat(String table, int guests) {
        return app.app().sessions().seat(table(table), guests, manager).join().id();
    }

    public void close(String table) {
        app.app().sessions().close(table(table), manager).join();
    }

    /** A payment taken now for the session, as the bills will write it. */
    public void pay(long sessionId, String method, String amount, String tip) {
        app.app().database().dsl().insertInto(PAYMENT)
                .set(PAYMENT.SESSION_ID, sessionId)
                .set(PAYMENT.AMOUNT, new BigDecimal(amount))
                .set(PAYMENT.TIP, new BigDecimal(tip))
                .set(PAYMENT.METHOD, method)
                .set(PAYMENT.PAID_AT, clock.instant())
                .set(PAYMENT.STAFF_ID, server)
                .execute();
    }

    /** Lunch on one day: three paid orders, a void, comps, an open item, and the next day's first order. */
    public void lunch(LocalDate day) {
        at(day, LocalTime.of(11, 20));
        long t1 = seat("Table 1", 4);
        at(day, LocalTime.of(11, 25));
        long t2 = seat("Table 2", 2);
        at(day, LocalTime.of(11, 30));
        long a = order("Table 1", line(2, "Margherita Pizza"), line(1, "Espresso"));
        at(day, LocalTime.of(11, 40));
        long b = order("Table 2", line(1, "Classic Burger"), line(2, "Craft Beer"));
        at(day, LocalTime.of(11, 48));
        ready(a);
        at(day, LocalTime.of(12, 0));
        ready(b);
        at(day, LocalTime.of(12, 5));
        long c = order("Table 1", line(1, "Tiramisu"), line(1, "Birthday candle"));
        at(day, LocalTime.of(12, 15));
        ready(c);
        at(day, LocalTime.of(12, 20));
        long d = order("Table 3", line(1, "Steak Frites"));
        voidOrder(d, "Wrong table", server, manager);
        at(day, LocalTime.of(12, 30));
        comp(b, 2, "Long wait", manager, null);
        at(day, LocalTime.of(12, 40));
        long e = order("Table 2", line(1, "Lemon Tart"));
        comp(e, 1, "Dessert on us", server, manager);
        voidOrder(e, "Guest left", manager, null);
        at(day, LocalTime.of(13, 10));
        pay(t1, "CARD", "36.30", "4.00");
        pay(t2, "CASH", "10.00", "0.00");
        close("Table 1");
        at(day.plusDays(1), LocalTime.of(0, 5));
        order("Table 4", line(1, "Espresso"));
        seat("Table 4", 3);
        pay(seat("Table 5", 1), "OTHER", "2.80", "0.00");
    }

    /** Every table's label in the demo restaurant. */
    public static List<String> tables() {
        List<String> labels = new ArrayList<>();
        for (int n = 1; n <= 12; n++) {
            labels.add("Table " + n);
        }
        return labels;
    }
}
