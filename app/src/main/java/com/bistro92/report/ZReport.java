package com.bistro92.report;

import com.bistro92.order.OrderCount;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * The end-of-day (Z) report of one day in the restaurant's time zone, read in one consistent
 * snapshot of the database.
 *
 * <p>Orders, their lines, voids and comps count on the day the order was placed; payments on the
 * day they were taken, refunds on the day the money was given back; covers on the day the party was
 * seated. Money is exact, as stored:
 * {@code revenue} is the sum of the totals of the day's orders that were not voided, and every
 * breakdown of sales adds up to it to the cent.
 *
 * @param asOfSeq the last logged event the report reflects; 0 on a database with no events
 */
public record ZReport(LocalDate day, ZoneId zone, Instant generatedAt, long asOfSeq, Totals totals,
                      List<CategorySales> categories, List<ItemSales> items, Adjustments voids,
                      Adjustments comps, Payments payments, Refunds refunds, TicketTimes ticketTimes,
                      List<HourSales> hours, HourSales busiestHour, Reconciliation reconciliation) {

    private static final String CASH = "CASH";

    public ZReport {
        categories = List.copyOf(categories);
        items = List.copyOf(items);
        hours = List.copyOf(hours);
    }

    /**
     * The day at a glance.
     *
     * @param orders   orders placed that day, voided ones included
     * @param gross    every line of those orders at its price, before voids and comps
     * @param voided   the totals of the voided orders (comped lines on them count as comps)
     * @param comped   the comped lines, at their price
     * @param revenue  net sales: gross less voids and comps, i.e. the totals of the orders not voided
     * @param covers   guests of the parties seated that day
     * @param parties  parties seated that day
     */
    public record Totals(int orders, int voidedOrders, BigDecimal gross, BigDecimal voided, BigDecimal comped,
                         BigDecimal revenue, int covers, int parties) {

        /** The orders as every screen tells them (the dashboard too): placed, voided, and those that count. */
        public OrderCount count() {
            return new OrderCount(orders, voidedOrders);
        }

        /** Net sales per order that was not voided; zero when there was none. */
        public BigDecimal averageCheck() {
            long counted = count().counted();
            return counted == 0 ? BigDecimal.ZERO.setScale(2)
                    : revenue.divide(BigDecimal.valueOf(counted), 2, java.math.RoundingMode.HALF_UP);
        }

        /** Net sales per cover; zero when nobody was seated. */
        public BigDecimal perCover() {
            return covers == 0 ? BigDecimal.ZERO.setScale(2)
                    : revenue.divide(BigDecimal.valueOf(covers), 2, java.math.RoundingMode.HALF_UP);
        }
    }

    /** Net sales of one menu category: lines neither comped nor on a voided order. */
    public record CategorySales(String category, int quantity, BigDecimal amount) {
    }

    /** Net sales of one item, by the name it was ordered under. */
    public record ItemSales(String category, String item, int quantity, BigDecimal amount) {
    }

    /** The voids or the comps of the day: how many, how much, and each one. */
    public record Adjustments(int count, BigDecimal amount, List<Adjustment> entries) {
        public Adjustments {
            entries = List.copyOf(entries);
        }
    }

    /**
     * One void or comp.
     *
     * @param item       the comped line's item; for a void, null
     * @param askedBy    the member of staff who made it, or null when it came without one (the API)
     * @param approvedBy the manager who approved it with their PIN, or null when {@code askedBy} may
     *                   void and comp alone
     */
    public record Adjustment(long orderId, String table, Integer lineNo, String item, String reason,
                             BigDecimal amount, String askedBy, String approvedBy, Instant at) {
    }

    /** Payments taken that day, by method; amounts exclude tips. */
    public record Payments(int count, BigDecimal amount, BigDecimal tips, List<MethodTotal> methods) {
        public Payments {
            methods = List.copyOf(methods);
        }
    }

    /** The payments taken in one way: CASH, CARD or OTHER. */
    public record MethodTotal(String method, int count, BigDecimal amount, BigDecimal tips) {
    }

    /** Money given back that day: how many refunds, how much, by method, and each one. */
    public record Refunds(int count, BigDecimal amount, List<MethodRefunds> methods, List<Refund> entries) {
        public Refunds {
            methods = List.copyOf(methods);
            entries = List.copyOf(entries);
        }
    }

    /** The refunds given in one way: CASH (out of the drawer), CARD or OTHER. */
    public record MethodRefunds(String method, int count, BigDecimal amount) {
    }

    /**
     * One refund.
     *
     * @param refundedBy the member of staff who gave it, or null when it came without one (the API)
     * @param approvedBy the manager who approved it with their PIN, or null when {@code refundedBy}
     *                   may refund alone
     */
    public record Refund(String table, String method, BigDecimal amount, String reason, String refundedBy,
                         String approvedBy, Instant at) {
    }

    /**
     * The cash the day's takings put in the drawer: cash payments and the tips paid with them, less
     * the cash given back as refunds.
     */
    public BigDecimal cashInDrawer() {
        BigDecimal in = payments.methods().stream().filter(m -> CASH.equals(m.method()))
                .map(m -> m.amount().add(m.tips())).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        BigDecimal out = refunds.methods().stream().filter(m -> CASH.equals(m.method()))
                .map(MethodRefunds::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        return in.subtract(out);
    }

    /**
     * How long tickets took from placed to ready, for the day's orders that reached READY and were
     * not voided; the durations are null when there was none.
     */
    public record TicketTimes(int tickets, Duration average, Duration median, Duration p90, Duration longest) {
    }

    /** The orders placed in one hour of the day (voided ones included) and the net sales of those not voided. */
    public record HourSales(LocalTime start, int orders, BigDecimal revenue) {
    }

    /**
     * The checks a manager makes at the close: the categories, the items and the order totals each
     * add up to the same net sales, gross less voids and comps is net sales, and the payments kept
     * (taken less refunded) differ from net sales by what is still open (or was paid for another
     * day's orders).
     *
     * @param payments   the payments taken, without tips
     * @param refunds    the money given back
     * @param difference net sales less the payments kept: {@code orderTotals − payments + refunds}
     */
    public record Reconciliation(BigDecimal categoriesTotal, BigDecimal itemsTotal, BigDecimal orderTotals,
                                 BigDecimal grossLessAdjustments, BigDecimal payments, BigDecimal refunds,
                                 BigDecimal difference) {

        /** What was paid and not given back. */
        public BigDecimal kept() {
            return payments.subtract(refunds);
        }


        /** Whether every breakdown of sales equals the sum of the order totals, to the cent. */
        public boolean balanced() {
            return categoriesTotal.compareTo(orderTotals) == 0 && itemsTotal.compareTo(orderTotals) == 0
                    && grossLessAdjustments.compareTo(orderTotals) == 0;
        }
    }
}
