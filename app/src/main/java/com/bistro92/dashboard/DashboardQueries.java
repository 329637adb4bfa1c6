package com.bistro92.dashboard;

import static com.bistro92.db.Tables.CUSTOMER_ORDER;
import static com.bistro92.db.Tables.DINING_TABLE;
import static com.bistro92.db.Tables.SECTION;

import com.bistro92.journal.Event;
import com.bistro92.journal.LoggedEvent;
import com.bistro92.order.OrderEvent;
import com.bistro92.order.OrderStatus;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The manager's dashboard, read from the database as aggregates only ({@link Rollups}).
 *
 * <p>Past days do not change often, so their sums are kept in memory once read, one entry per
 * local day; today, and a day cut at the current time for a fair comparison, are always read
 * afresh. An event about an order of a past day ({@link #changed}) drops that day, to be read
 * again next time. So switching ranges costs a few small queries however much history there is.
 *
 * <p>Blocking: call it off the FX thread.
 */
public final class DashboardQueries {

    static final int TOP = 10;
    private static final List<String> OPEN = OrderStatus.OPEN.stream().map(Enum::name).sorted().toList();

    private final DSLContext sql;
    private final Rollups rollups;
    private final Clock clock;
    private final ZoneId zone;
    private final Map<LocalDate, DayFigures> days = new ConcurrentHashMap<>();
    /** Moves on whenever a day is dropped: sums read while it moved are not kept. */
    private final AtomicLong generation = new AtomicLong();

    public DashboardQueries(DSLContext sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
        this.zone = clock.getZone();
        this.rollups = new Rollups(sql, zone);
    }

    /**
     * Every figure for {@code range}.
     *
     * @param warn when a ticket turns yellow on the kitchen screen
     * @param late when it turns red
     */
    public Dashboard load(DateRange range, Duration warn, Duration late) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        DayFigures current = sum(range.from(), min(range.to(), today), null, today);
        DateRange before = range.previous();
        DayFigures previous;
        if (range.contains(today)) {
            LocalDate cutDay = min(range.before(today), before.to());
            Instant cut = cutDay.atTime(now.atZone(zone).toLocalTime()).atZone(zone).toInstant();
            previous = sum(before.from(), cutDay, cut, today);
        } else {
            previous = sum(before.from(), min(before.to(), today), null, today);
        }
        LocalDate hourDay = min(range.to(), today);
        DayFigures day = sum(hourDay, hourDay, null, today);
        DayFigures weekBefore = sum(hourDay.minusDays(7), hourDay.minusDays(7), null, today);
        Map<Integer, String[]> places = places();
        return new Dashboard(range, now, sales(current), sales(previous),
                new Dashboard.Hours(hourDay, list(day.hours), hourDay.minusDays(7), list(weekBefore.hours)),
                top(current, Comparator.comparingLong((Dashboard.Item i) -> i.quantity()).reversed()),
                top(current, Comparator.comparing(Dashboard.Item::revenue).reversed()),
                byTable(current, places), bySection(current, places), tickets(current, warn, late), open(),
                covers(current));
    }

    /**
     * Reads and keeps the sums of the days from {@code from} to {@code to} that are not kept yet, so
     * that the first switch to a long range does not wait for them.
     */
    public void warm(LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock);
        sum(from, min(to, today.minusDays(1)), null, today);
    }

    /** An event on the one stream: a change to an order of a past day drops that day's sums. */
    public void changed(Event event) {
        if (event instanceof OrderEvent e) {
            drop(LocalDate.ofInstant(e.order().createdAt(), zone));
        } else if (event instanceof LoggedEvent e && e.orderId() != null) {
            long id = e.orderId();
            days.forEach((day, figures) -> {
                if (figures.holds(id)) {
                    drop(day);
                }
            });
        }
    }

    private void drop(LocalDate day) {
        if (days.remove(day) != null) {
            generation.incrementAndGet();
        }
    }

    /** How many past days' sums are kept, for tests and the benchmark. */
    int daysKept() {
        return days.size();
    }

    /**
     * The sums of the days {@code from}..{@code to}: kept days from memory, today and a day cut at
     * {@code cut} (the last day, when not null) read afresh, other days read in runs and kept.
     */
    private DayFigures sum(LocalDate from, LocalDate to, Instant cut, LocalDate today) {
        DayFigures total = new DayFigures();
        LocalDate runStart = null;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            boolean fresh = !d.isBefore(today) || (cut != null && d.equals(to));
            DayFigures kept = fresh ? null : days.get(d);
            if (!fresh && kept == null) {
                runStart = runStart == null ? d : runStart;
                continue;
            }
            if (runStart != null) {
                readAndKeep(runStart, d.minusDays(1), total);
                runStart = null;
            }
            if (kept != null) {
                total.add(kept);
            } else {
                Instant end = cut != null && d.equals(to) ? cut : start(d.plusDays(1));
                rollups.between(start(d), end).values().forEach(total::add);
            }
        }
        if (runStart != null) {
            readAndKeep(runStart, to, total);
        }
        return total;
    }

    private void readAndKeep(LocalDate from, LocalDate to, DayFigures total) {
        long seen = generation.get();
        Map<LocalDate, DayFigures> read = rollups.between(start(from), start(to.plusDays(1)));
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            DayFigures day = read.getOrDefault(d, new DayFigures());
            total.add(day);
            if (generation.get() == seen) {
                days.put(d, day);
            }
        }
    }

    private Instant start(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static List<Long> list(long[] values) {
        List<Long> list = new ArrayList<>(values.length);
        for (long v : values) {
            list.add(v);
        }
        return list;
    }

    private static Dashboard.Sales sales(DayFigures f) {
        return new Dashboard.Sales(f.revenue, f.orders, f.cancelled);
    }

    private static List<Dashboard.Item> top(DayFigures f, Comparator<Dashboard.Item> order) {
        return f.items.entrySet().stream()
                .map(e -> new Dashboard.Item(e.getKey(), e.getValue().quantity, e.getValue().revenue))
                .sorted(order.thenComparing(Dashboard.Item::name))
                .limit(TOP)
                .toList();
    }

    /** Each table's label and its section's name, by table id. */
    private Map<Integer, String[]> places() {
        Map<Integer, String[]> places = new HashMap<>();
        sql.select(DINING_TABLE.ID, DINING_TABLE.LABEL, SECTION.NAME)
                .from(DINING_TABLE).leftJoin(SECTION).on(SECTION.ID.eq(DINING_TABLE.SECTION_ID))
                .forEach(r -> places.put(r.value1(), new String[] {r.value2(), r.value3() == null ? "No section" : r.value3()}));
        return places;
    }

    private static List<Dashboard.Place> byTable(DayFigures f, Map<Integer, String[]> places) {
        return f.tableRevenue.entrySet().stream()
                .map(e -> new Dashboard.Place(places.getOrDefault(e.getKey(), new String[] {"Table #" + e.getKey()})[0],
                        e.getValue(), f.tableOrders.getOrDefault(e.getKey(), 0L)))
                .sorted(Comparator.comparing(Dashboard.Place::revenue).reversed().thenComparing(Dashboard.Place::name))
                .toList();
    }

    private static List<Dashboard.Place> bySection(DayFigures f, Map<Integer, String[]> places) {
        Map<String, BigDecimal> revenue = new LinkedHashMap<>();
        Map<String, Long> orders = new HashMap<>();
        f.tableRevenue.forEach((table, r) -> {
            String[] place = places.get(table);
            String section = place == null ? "No section" : place[1];
            revenue.merge(section, r, BigDecimal::add);
            orders.merge(section, f.tableOrders.getOrDefault(table, 0L), Long::sum);
        });
        return revenue.entrySet().stream()
                .map(e -> new Dashboard.Place(e.getKey(), e.getValue(), orders.get(e.getKey())))
                .sorted(Comparator.comparing(Dashboard.Place::revenue).reversed().thenComparing(Dashboard.Place::name))
                .toList();
    }

    private static Dashboard.Tickets tickets(DayFigures f, Duration warn, Duration late) {
        if (f.tickets == 0) {
            return new Dashboard.Tickets(0, Duration.ZERO, Duration.ZERO, Duration.ZERO, 0, 0, warn, late);
        }
        return new Dashboard.Tickets(f.tickets, Duration.ofMillis(Math.round(1000.0 * f.ticketSeconds / f.tickets)),
                seconds(f.quantile(0.5)), seconds(f.quantile(0.9)),
                f.longerThan(warn.toSeconds()) / (double) f.tickets, f.longerThan(late.toSeconds()) / (double) f.tickets,
                warn, late);
    }

    private static Duration seconds(double s) {
        return Duration.ofSeconds(Math.round(s));
    }

    private Dashboard.Open open() {
        var r = sql.select(DSL.count(), DSL.min(CUSTOMER_ORDER.CREATED_AT)).from(CUSTOMER_ORDER)
                .where(CUSTOMER_ORDER.STATUS.in(OPEN)).fetchSingle();
        return new Dashboard.Open(r.value1(), r.value2());
    }

    private static Dashboard.Covers covers(DayFigures f) {
        BigDecimal perCover = f.covers == 0 ? BigDecimal.ZERO
                : f.seatedRevenue.divide(BigDecimal.valueOf(f.covers), 2, RoundingMode.HALF_UP);
        return new Dashboard.Covers(f.covers, f.parties, perCover);
    }
}
