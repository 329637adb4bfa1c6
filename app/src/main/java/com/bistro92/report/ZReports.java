package com.bistro92.report;

import static com.bistro92.db.Tables.CUSTOMER_ORDER;
import static com.bistro92.db.Tables.DINING_TABLE;
import static com.bistro92.db.Tables.MENU_CATEGORY;
import static com.bistro92.db.Tables.MENU_ITEM;
import static com.bistro92.db.Tables.ORDER_ADJUSTMENT;
import static com.bistro92.db.Tables.ORDER_LINE;
import static com.bistro92.db.Tables.PAYMENT;
import static com.bistro92.db.Tables.REFUND;
import static com.bistro92.db.Tables.STAFF;
import static com.bistro92.db.Tables.TABLE_SESSION;

import com.bistro92.db.tables.Staff;
import com.bistro92.report.ZReport.Adjustment;
import com.bistro92.report.ZReport.Adjustments;
import com.bistro92.report.ZReport.CategorySales;
import com.bistro92.report.ZReport.HourSales;
import com.bistro92.report.ZReport.ItemSales;
import com.bistro92.report.ZReport.MethodTotal;
import com.bistro92.report.ZReport.Payments;
import com.bistro92.report.ZReport.TicketTimes;
import com.bistro92.store.Snapshot;
import com.bistro92.store.TimeSql;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Computes the {@link ZReport} of a day with SQL aggregates, all in one consistent snapshot of the
 * database: however many orders the day had, only the totals and the day's few voids and comps
 * travel to the JVM.
 */
public final class ZReports {

    /** The category of lines whose name matched no menu item. */
    public static final String OPEN_ITEMS = "Open items";

    private static final String CANCELLED = "CANCELLED";
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private final DSLContext dsl;
    private final Clock clock;

    /** @param clock the restaurant's clock: its zone says where a day begins and ends */
    public ZReports(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Today in the restaurant's time zone. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The restaurant's time zone. */
    public ZoneId zone() {
        return clock.getZone();
    }

    /** The report of {@code day} as the database holds it now. */
    public ZReport of(LocalDate day) {
        ZoneId zone = clock.getZone();
        Instant from = day.atStartOfDay(zone).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
        return Snapshot.read(dsl, (c, seq) -> new Day(c, from, to).report(day, zone, clock.instant(), seq));
    }

    /** The queries of one day, [from, to), on one snapshot. */
    private static final class Day {

        private final DSLContext c;
        private final Instant from;
        private final Instant to;
        private final Condition placed;
        private final Condition counted;

        Day(DSLContext c, Instant from, Instant to) {
            this.c = c;
            this.from = from;
            this.to = to;
            this.placed = CUSTOMER_ORDER.CREATED_AT.ge(from).and(CUSTOMER_ORDER.CREATED_AT.lt(to));
            this.counted = placed.and(CUSTOMER_ORDER.STATUS.ne(CANCELLED));
        }

        ZReport report(LocalDate day, ZoneId zone, Instant now, long seq) {
            var orders = c.select(DSL.count(),
                            DSL.count().filterWhere(CUSTOMER_ORDER.STATUS.eq(CANCELLED)),
                            DSL.sum(CUSTOMER_ORDER.TOTAL).filterWhere(CUSTOMER_ORDER.STATUS.ne(CANCELLED)),
                            DSL.sum(CUSTOMER_ORDER.TOTAL).filterWhere(CUSTOMER_ORDER.STATUS.eq(CANCELLED)))
                    .from(CUSTOMER_ORDER).where(placed).fetchSingle();
            var lines = c.select(DSL.sum(ORDER_LINE.LINE_TOTAL),
                            DSL.sum(ORDER_LINE.LINE_TOTAL).filterWhere(ORDER_LINE.COMPED.isTrue()),
                            DSL.count().filterWhere(ORDER_LINE.COMPED.isTrue()))
                    .from(ORDER_LINE).join(CUSTOMER_ORDER).on(CUSTOMER_ORDER.ID.eq(ORDER_LINE.ORDER_ID))
                    .where(placed).fetchSingle();
            var seated = c.select(DSL.sum(TABLE_SESSION.GUESTS), DSL.count()).from(TABLE_SESSION)
                    .where(TABLE_SESSION.OPENED_AT.ge(from).and(TABLE_SESSION.OPENED_AT.lt(to))).fetchSingle();

            BigDecimal revenue = money(orders.value3());
            BigDecimal voided = money(orders.value4());
            BigDecimal gross = money(lines.value1());
            BigDecimal comped = money(lines.value2());
            ZReport.Totals totals = new ZReport.Totals(orders.value1(), orders.value2(), gross, voided, comped,
                    revenue, seated.value1() == null ? 0 : seated.value1().intValue(), seated.value2());

            List<ItemSales> items = items();
            List<CategorySales> categories = categories(items);
            List<Adjustment> adjustments = adjustments();
            Adjustments voids = new Adjustments(orders.value2(), voided,
                    adjustments.stream().filter(a -> a.lineNo() == null).toList());
            Adjustments comps = new Adjustments(lines.value3(), comped,
                    adjustments.stream().filter(a -> a.lineNo() != null).toList());
            Payments payments = payments();
            ZReport.Refunds refunds = refunds();
            List<HourSales> hours = hours(zone);
            HourSales busiest = busiest(hours);
            BigDecimal categoriesTotal = categories.stream().map(CategorySales::amount).reduce(ZERO, BigDecimal::add);
            BigDecimal itemsTotal = items.stream().map(ItemSales::amount).reduce(ZERO, BigDecimal::add);
            ZReport.Reconciliation check = new ZReport.Reconciliation(categoriesTotal, itemsTotal, revenue,
                    gross.subtract(voided).subtract(comped), payments.amount(), refunds.amount(),
                    revenue.subtract(payments.amount()).add(refunds.amount()));
            return new ZReport(day, zone, now, seq, totals, categories, items, voids, comps, payments, refunds,
                    ticketTimes(), hours, busiest, check);
        }

        /** Net sales by item, grouped by category; the lines that count are neither comped nor voided. */
        private List<ItemSales> items() {
            Field<String> category = DSL.coalesce(MENU_CATEGORY.NAME, DSL.inline(OPEN_ITEMS));
            return c.select(category, ORDER_LINE.NAME, DSL.sum(ORDER_LINE.QUANTITY), DSL.sum(ORDER_LINE.LINE_TOTAL))
                    .from(ORDER_LINE)
                    .join(CUSTOMER_ORDER).on(CUSTOMER_ORDER.ID.eq(ORDER_LINE.ORDER_ID))
                    .leftJoin(MENU_ITEM).on(MENU_ITEM.ID.eq(ORDER_LINE.MENU_ITEM_ID))
                    .leftJoin(MENU_CATEGORY).on(MENU_CATEGORY.ID.eq(MENU_ITEM.CATEGORY_ID))
                    .where(counted.and(ORDER_LINE.COMPED.isFalse()))
                    .groupBy(MENU_CATEGORY.ID, MENU_CATEGORY.NAME, ORDER_LINE.NAME)
                    .fetch(r -> new ItemSales(r.value1(), r.value2(), r.value3().intValue(), money(r.value4())));
        }

        /**
         * The categories' totals from the items' (a category is the sum of its items), best selling
         * first; the items are then put in that order, best selling first within their category.
         */
        private static List<CategorySales> categories(List<ItemSales> items) {
            Map<String, CategorySales> byName = new HashMap<>();
            for (ItemSales i : items) {
                byName.merge(i.category(), new CategorySales(i.category(), i.quantity(), i.amount()),
                        (a, b) -> new CategorySales(a.category(), a.quantity() + b.quantity(),
                                a.amount().add(b.amount())));
            }
            List<CategorySales> categories = new ArrayList<>(byName.values());
            categories.sort(Comparator.comparing(CategorySales::amount).reversed()
                    .thenComparing(CategorySales::category));
            Map<String, Integer> rank = new HashMap<>();
            for (int i = 0; i < categories.size(); i++) {
                rank.put(categories.get(i).category(), i);
            }
            items.sort(Comparator.<ItemSales>comparingInt(i -> rank.get(i.category()))
                    .thenComparing(ItemSales::amount, Comparator.reverseOrder())
                    .thenComparing(ItemSales::item));
            return categories;
        }

        /** Every void and comp of the day's orders, in the order they were made, with who made and approved it. */
        private List<Adjustment> adjustments() {
            Staff asked = STAFF.as("asked");
            Staff approved = STAFF.as("approved");
            return c.select(ORDER_ADJUSTMENT.ORDER_ID, DINING_TABLE.LABEL, ORDER_ADJUSTMENT.LINE_NO, ORDER_LINE.NAME,
                            ORDER_ADJUSTMENT.REASON, ORDER_ADJUSTMENT.AMOUNT, asked.NAME, approved.NAME,
                            ORDER_ADJUSTMENT.CREATED_AT)
                    .from(ORDER_ADJUSTMENT)
                    .join(CUSTOMER_ORDER).on(CUSTOMER_ORDER.ID.eq(ORDER_ADJUSTMENT.ORDER_ID))
                    .join(DINING_TABLE).on(DINING_TABLE.ID.eq(CUSTOMER_ORDER.TABLE_ID))
                    .leftJoin(ORDER_LINE).on(ORDER_LINE.ORDER_ID.eq(ORDER_ADJUSTMENT.ORDER_ID)
                            .and(ORDER_LINE.LINE_NO.eq(ORDER_ADJUSTMENT.LINE_NO)))
                    .leftJoin(asked).on(asked.ID.eq(ORDER_ADJUSTMENT.STAFF_ID))
                    .leftJoin(approved).on(approved.ID.eq(ORDER_ADJUSTMENT.APPROVED_BY))
                    .where(placed)
                    .orderBy(ORDER_ADJUSTMENT.CREATED_AT, ORDER_ADJUSTMENT.ID)
                    .fetch(r -> new Adjustment(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                            r.value6(), r.value7(), r.value8(), r.value9()));
        }

        private Payments payments() {
            List<MethodTotal> methods = c.select(PAYMENT.METHOD, DSL.count(), DSL.sum(PAYMENT.AMOUNT),
                            DSL.sum(PAYMENT.TIP))
                    .from(PAYMENT).where(PAYMENT.PAID_AT.ge(from).and(PAYMENT.PAID_AT.lt(to)))
                    .groupBy(PAYMENT.METHOD).orderBy(PAYMENT.METHOD)
                    .fetch(r -> new MethodTotal(r.value1(), r.value2(), money(r.value3()), money(r.value4())));
            return new Payments(methods.stream().mapToInt(MethodTotal::count).sum(),
                    methods.stream().map(MethodTotal::amount).reduce(ZERO, BigDecimal::add),
                    methods.stream().map(MethodTotal::tips).reduce(ZERO, BigDecimal::add), methods);
        }

        /** Money given back that day, by method, and each refund with its table, reason and who gave and approved it. */
        private ZReport.Refunds refunds() {
            Condition given = REFUND.REFUNDED_AT.ge(from).and(REFUND.REFUNDED_AT.lt(to));
            List<ZReport.MethodRefunds> methods = c.select(REFUND.METHOD, DSL.count(), DSL.sum(REFUND.AMOUNT))
                    .from(REFUND).where(given).groupBy(REFUND.METHOD).orderBy(REFUND.METHOD)
                    .fetch(r -> new ZReport.MethodRefunds(r.value1(), r.value2(), money(r.value3())));
            Staff by = STAFF.as("by");
            Staff approved = STAFF.as("approved");
            List<ZReport.Refund> entries = c.select(DINING_TABLE.LABEL, REFUND.METHOD, REFUND.AMOUNT, REFUND.REASON,
                            by.NAME, approved.NAME, REFUND.REFUNDED_AT)
                    .from(REFUND)
                    .join(TABLE_SESSION).on(TABLE_SESSION.ID.eq(REFUND.SESSION_ID))
                    .join(DINING_TABLE).on(DINING_TABLE.ID.eq(TABLE_SESSION.TABLE_ID))
                    .leftJoin(by).on(by.ID.eq(REFUND.STAFF_ID))
                    .leftJoin(approved).on(approved.ID.eq(REFUND.APPROVED_BY))
                    .where(given).orderBy(REFUND.REFUNDED_AT, REFUND.ID)
                    .fetch(r -> new ZReport.Refund(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                            r.value6(), r.value7()));
            return new ZReport.Refunds(methods.stream().mapToInt(ZReport.MethodRefunds::count).sum(),
                    methods.stream().map(ZReport.MethodRefunds::amount).reduce(ZERO, BigDecimal::add), methods,
                    entries);
        }

        /** Placed to ready, of the orders that reached READY and were not voided; percentiles interpolated. */
        private TicketTimes ticketTimes() {
            Field<Long> ms = TimeSql.millisBetween(CUSTOMER_ORDER.CREATED_AT, CUSTOMER_ORDER.READY_AT);
            var r = c.select(DSL.count(), DSL.sum(ms), DSL.percentileCont(0.5).withinGroupOrderBy(ms),
                            DSL.percentileCont(0.9).withinGroupOrderBy(ms), DSL.max(ms))
                    .from(CUSTOMER_ORDER).where(counted.and(CUSTOMER_ORDER.READY_AT.isNotNull())).fetchSingle();
            int tickets = r.value1();
            if (tickets == 0) {
                return new TicketTimes(0, null, null, null, null);
            }
            return new TicketTimes(tickets, millis(r.value2().divide(BigDecimal.valueOf(tickets), 0, RoundingMode.HALF_UP)),
                    millis(r.value3()), millis(r.value4()), Duration.ofMillis(r.value5()));
        }

        /**
         * Orders and net sales by hour since the day began (so a zone half an hour off UTC, or a day
         * that changes to summer time, still gets its own hours); from the first busy hour to the last.
         */
        private List<HourSales> hours(ZoneId zone) {
            Field<Long> hour = TimeSql.secondsBetween(DSL.inline(from, SQLDataType.INSTANT), CUSTOMER_ORDER.CREATED_AT)
                    .div(DSL.inline(3600L));
            Map<Long, HourSales> busy = new HashMap<>();
            c.select(hour, DSL.count(), DSL.sum(CUSTOMER_ORDER.TOTAL).filterWhere(CUSTOMER_ORDER.STATUS.ne(CANCELLED)))
                    .from(CUSTOMER_ORDER).where(placed).groupBy(hour)
                    .forEach(r -> busy.put(r.value1(), new HourSales(
                            from.plus(Duration.ofHours(r.value1())).atZone(zone).toLocalTime(), r.value2(),
                            money(r.value3()))));
            if (busy.isEmpty()) {
                return List.of();
            }
            long first = busy.keySet().stream().min(Long::compare).orElseThrow();
            long last = busy.keySet().stream().max(Long::compare).orElseThrow();
            List<HourSales> hours = new ArrayList<>();
            for (long h = first; h <= last; h++) {
                HourSales quiet = new HourSales(from.plus(Duration.ofHours(h)).atZone(zone).toLocalTime(), 0, ZERO);
                hours.add(busy.getOrDefault(h, quiet));
            }
            return hours;
        }

        /** The hour with the most orders; of equal ones, the one that sold more, then the earlier. */
        private static HourSales busiest(List<HourSales> hours) {
            HourSales best = null;
            for (HourSales h : hours) {
                if (h.orders() > 0 && (best == null || h.orders() > best.orders()
                        || h.orders() == best.orders() && h.revenue().compareTo(best.revenue()) > 0)) {
                    best = h;
                }
            }
            return best;
        }

        private static Duration millis(Object value) {
            return Duration.ofMillis(new BigDecimal(value.toString()).setScale(0, RoundingMode.HALF_UP).longValueExact());
        }
    }

    private static BigDecimal money(BigDecimal value) {
        return value == null ? ZERO : value.setScale(2, RoundingMode.UNNECESSARY);
    }
}
