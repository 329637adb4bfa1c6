package com.bistro92.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * The Z report's figures recomputed the plain way: every row of the day read into Java and added
 * up in loops, with no SQL aggregate. What the report says must equal this.
 */
final class Recount {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    final ZReport.Totals totals;
    final Map<String, ZReport.CategorySales> categories = new HashMap<>();
    final Map<List<String>, ZReport.ItemSales> items = new HashMap<>();
    final List<ZReport.Adjustment> voids = new ArrayList<>();
    final List<ZReport.Adjustment> comps = new ArrayList<>();
    final Map<String, ZReport.MethodTotal> methods = new TreeMap<>();
    final ZReport.TicketTimes ticketTimes;
    final List<ZReport.HourSales> hours = new ArrayList<>();
    final BigDecimal paymentsTotal;
    final BigDecimal tips;
    final Map<String, ZReport.MethodRefunds> refundMethods = new TreeMap<>();
    final BigDecimal refundsTotal;
    final int compedLines;

    private Recount(DSLContext dsl, LocalDate day, ZoneId zone) {
        Instant from = day.atStartOfDay(zone).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
        List<Record> orders = dsl.fetch("SELECT id, status, total, created_at, ready_at, table_id FROM customer_order"
                + " WHERE created_at >= {0} AND created_at < {1}", org.jooq.impl.DSL.val(from, org.jooq.impl.SQLDataType.INSTANT),
                org.jooq.impl.DSL.val(to, org.jooq.impl.SQLDataType.INSTANT)).stream().map(r -> (Record) r).toList();
        Map<Long, String> status = new HashMap<>();
        BigDecimal revenue = ZERO;
        BigDecimal voided = ZERO;
        int voidedOrders = 0;
        List<Long> ticketMillis = new ArrayList<>();
        Map<Long, int[]> hourOrders = new TreeMap<>();
        Map<Long, BigDecimal> hourRevenue = new HashMap<>();
        for (Record o : orders) {
            long id = o.get(0, Long.class);
            boolean cancelled = "CANCELLED".equals(o.get(1, String.class));
            BigDecimal total = o.get(2, BigDecimal.class);
            Instant created = o.get(3, Instant.class);
            Instant ready = o.get(4, Instant.class);
            status.put(id, o.get(1, String.class));
            long hour = (created.getEpochSecond() - from.getEpochSecond()) / 3600;
            hourOrders.computeIfAbsent(hour, h -> new int[1])[0]++;
            hourRevenue.merge(hour, cancelled ? ZERO : total, BigDecimal::add);
            if (cancelled) {
                voided = voided.add(total);
                voidedOrders++;
            } else {
                revenue = revenue.add(total);
                if (ready != null) {
                    ticketMillis.add(ready.toEpochMilli() - created.toEpochMilli());
                }
            }
        }
        BigDecimal gross = ZERO;
        BigDecimal comped = ZERO;
        int compCount = 0;
        for (Record l : dsl.fetch("SELECT l.order_id, l.name, l.quantity, l.line_total, l.comped, c.name"
                + " FROM order_line l LEFT JOIN menu_item i ON i.id = l.menu_item_id"
                + " LEFT JOIN menu_category c ON c.id = i.category_id")) {
            Long orderId = l.get(0, Long.class);
            if (!status.containsKey(orderId)) {
                continue;
            }
            BigDecimal amount = l.get(3, BigDecimal.class);
            gross = gross.add(amount);
            if (l.get(4, Boolean.class)) {
                comped = comped.add(amount);
                compCount++;
            } else if (!"CANCELLED".equals(status.get(orderId))) {
                String category = l.get(5, String.class) == null ? ZReports.OPEN_ITEMS : l.get(5, String.class);
                int quantity = l.get(2, Integer.class);
                categories.merge(category, new ZReport.CategorySales(category, quantity, amount),
                        (a, b) -> new ZReport.CategorySales(category, a.quantity() + b.quantity(), a.amount().add(b.amount())));
                String name = l.get(1, String.class);
                items.merge(List.of(category, name), new ZReport.ItemSales(category, name, quantity, amount),
                        (a, b) -> new ZReport.ItemSales(category, name, a.quantity() + b.quantity(),
                                a.amount().add(b.amount())));
            }
        }
        compedLines = compCount;
        for (Record a : dsl.fetch("SELECT a.order_id, t.label, a.line_no, l.name, a.reason, a.amount, s.name, m.name,"
                + " a.created_at, a.id FROM order_adjustment a JOIN customer_order o ON o.id = a.order_id"
                + " JOIN dining_table t ON t.id = o.table_id"
                + " LEFT JOIN order_line l ON l.order_id = a.order_id AND l.line_no = a.line_no"
                + " LEFT JOIN staff s ON s.id = a.staff_id LEFT JOIN staff m ON m.id = a.approved_by"
                + " ORDER BY a.created_at, a.id")) {
            if (!status.containsKey(a.get(0, Long.class))) {
                continue;
            }
            ZReport.Adjustment adjustment = new ZReport.Adjustment(a.get(0, Long.class), a.get(1, String.class),
                    a.get(2, Integer.class), a.get(3, String.class), a.get(4, String.class),
                    a.get(5, BigDecimal.class), a.get(6, String.class), a.get(7, String.class),
                    a.get(8, Instant.class));
            (adjustment.lineNo() == null ? voids : comps).add(adjustment);
        }
        int covers = 0;
        int parties = 0;
        for (Record s : dsl.fetch("SELECT guests, opened_at FROM table_session")) {
            Instant opened = s.get(1, Instant.class);
            if (!opened.isBefore(from) && opened.isBefore(to)) {
                covers += s.get(0, Integer.class);
                parties++;
            }
        }
        BigDecimal paid = ZERO;
        BigDecimal tipped = ZERO;
        for (Record p : dsl.fetch("SELECT method, amount, tip, paid_at FROM payment")) {
            Instant at = p.get(3, Instant.class);
            if (at.isBefore(from) || !at.isBefore(to)) {
                continue;
            }
            String method = p.get(0, String.class);
            BigDecimal amount = p.get(1, BigDecimal.class);
            BigDecimal tip = p.get(2, BigDecimal.class);
            paid = paid.add(amount);
            tipped = tipped.add(tip);
            methods.merge(method, new ZReport.MethodTotal(method, 1, amount, tip), (a, b) -> new ZReport.MethodTotal(
                    method, a.count() + 1, a.amount().add(b.amount()), a.tips().add(b.tips())));
        }
        paymentsTotal = paid;
        BigDecimal refunded = ZERO;
        for (Record r : dsl.fetch("SELECT method, amount, refunded_at FROM refund")) {
            Instant at = r.get(2, Instant.class);
            if (at.isBefore(from) || !at.isBefore(to)) {
                continue;
            }
            String method = r.get(0, String.class);
            BigDecimal amount = r.get(1, BigDecimal.class);
            refunded = refunded.add(amount);
            refundMethods.merge(method, new ZReport.MethodRefunds(method, 1, amount),
                    (a, b) -> new ZReport.MethodRefunds(method, a.count() + 1, a.amount().add(b.amount())));
        }
        refundsTotal = refunded;
        tips = tipped;
        totals = new ZReport.Totals(orders.size(), voidedOrders, gross, voided, comped, revenue, covers, parties);
        ticketTimes = ticketTimes(ticketMillis);
        if (!hourOrders.isEmpty()) {
            long first = hourOrders.keySet().iterator().next();
            long last = ((TreeMap<Long, int[]>) hourOrders).lastKey();
            for (long h = first; h <= last; h++) {
                LocalTime start = from.plus(Duration.ofHours(h)).atZone(zone).toLocalTime();
                hours.add(new ZReport.HourSales(start, hourOrders.containsKey(h) ? hourOrders.get(h)[0] : 0,
                        hourRevenue.getOrDefault(h, ZERO)));
            }
        }
    }

    static Recount of(DSLContext dsl, LocalDate day, ZoneId zone) {
        return new Recount(dsl, day, zone);
    }

    /** The hour with the most orders; of equal ones, the one that sold more, then the earlier. */
    ZReport.HourSales busiest() {
        ZReport.HourSales best = null;
        for (ZReport.HourSales h : hours) {
            if (h.orders() == 0) {
                continue;
            }
            if (best == null || h.orders() > best.orders()
                    || h.orders() == best.orders() && h.revenue().compareTo(best.revenue()) > 0) {
                best = h;
            }
        }
        return best;
    }

    private static ZReport.TicketTimes ticketTimes(List<Long> millis) {
        if (millis.isEmpty()) {
            return new ZReport.TicketTimes(0, null, null, null, null);
        }
        List<Long> sorted = millis.stream().sorted().toList();
        long sum = 0;
        for (long m : sorted) {
            sum += m;
        }
        Duration average = Duration.ofMillis(BigDecimal.valueOf(sum)
                .divide(BigDecimal.valueOf(sorted.size()), 0, RoundingMode.HALF_UP).longValueExact());
        return new ZReport.TicketTimes(sorted.size(), average, percentile(sorted, "0.5"), percentile(sorted, "0.9"),
                Duration.ofMillis(sorted.getLast()));
    }

    /** Linear interpolation between the closest ranks, as SQL's PERCENTILE_CONT does. */
    private static Duration percentile(List<Long> sorted, String p) {
        BigDecimal position = new BigDecimal(p).multiply(BigDecimal.valueOf(sorted.size() - 1));
        int below = position.intValue();
        BigDecimal fraction = position.subtract(BigDecimal.valueOf(below));
        long low = sorted.get(below);
        long high = sorted.get(Math.min(below + 1, sorted.size() - 1));
        BigDecimal value = BigDecimal.valueOf(low).add(fraction.multiply(BigDecimal.valueOf(high - low)));
        return Duration.ofMillis(value.setScale(0, RoundingMode.HALF_UP).longValueExact());
    }

    static Comparator<ZReport.CategorySales> bestSellingFirst() {
        return Comparator.comparing(ZReport.CategorySales::amount).reversed();
    }
}
