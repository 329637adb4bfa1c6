package com.bistro92.demo;

import static com.bistro92.db.Tables.APP_META;
import static com.bistro92.db.Tables.CUSTOMER_ORDER;
import static com.bistro92.db.Tables.DINING_TABLE;
import static com.bistro92.db.Tables.MENU_CATEGORY;
import static com.bistro92.db.Tables.MENU_ITEM;
import static com.bistro92.db.Tables.ORDER_LINE;
import static com.bistro92.db.Tables.SETTING;
import static com.bistro92.db.Tables.TABLE_SESSION;

import com.bistro92.settings.SettingsCodec;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills a new data folder with past days of trade, for training and for trying the dashboard:
 * table sessions with their covers, orders with lines from the menu, and every order's way
 * through the kitchen. Runs once, at start-up, before the journal's writer starts (as the demo
 * restaurant does): rows go in with batched inserts, not as commands. No event is logged for
 * them, so the event log's hash chain is untouched, and live orders' ids follow the generated ones.
 * The folder is marked as training data.
 */
public final class DemoHistory {

    private static final Logger LOG = LoggerFactory.getLogger(DemoHistory.class);
    static final String MARKER = "demo_history";
    private static final int DAYS_PER_TRANSACTION = 14;
    private static final int BATCH = 5_000;
    /** Orders per quarter hour at which tickets take about twice their prep time. */
    private static final double BUSY = 40;
    private static final Map<String, Double> FAVOURITES = Map.ofEntries(Map.entry("Classic Burger", 3.0),
            Map.entry("Margherita Pizza", 2.6), Map.entry("Truffle Fries", 2.4), Map.entry("Craft Beer", 2.5),
            Map.entry("House Red Wine", 2.0), Map.entry("Lemonade", 1.6), Map.entry("Espresso", 1.8),
            Map.entry("Caesar Salad", 1.8), Map.entry("Steak Frites", 1.5), Map.entry("Tiramisu", 1.7),
            Map.entry("Chocolate Lava Cake", 1.9), Map.entry("Garlic Bread", 1.7), Map.entry("Onion Rings", 0.7),
            Map.entry("Sparkling Water", 1.4), Map.entry("Lemon Tart", 0.6), Map.entry("Side Salad", 0.6));

    private static final List<Field<?>> SESSION_COLUMNS = List.of(TABLE_SESSION.ID, TABLE_SESSION.TABLE_ID,
            TABLE_SESSION.GUESTS, TABLE_SESSION.OPENED_AT, TABLE_SESSION.CLOSED_AT);
    private static final List<Field<?>> ORDER_COLUMNS = List.of(CUSTOMER_ORDER.ID, CUSTOMER_ORDER.TABLE_ID,
            CUSTOMER_ORDER.SESSION_ID, CUSTOMER_ORDER.SOURCE, CUSTOMER_ORDER.STATUS, CUSTOMER_ORDER.TOTAL,
            CUSTOMER_ORDER.VERSION, CUSTOMER_ORDER.CREATED_AT, CUSTOMER_ORDER.UPDATED_AT, CUSTOMER_ORDER.RECEIVED_AT,
            CUSTOMER_ORDER.PREPARING_AT, CUSTOMER_ORDER.READY_AT, CUSTOMER_ORDER.DELIVERED_AT,
            CUSTOMER_ORDER.CANCELLED_AT);
    private static final List<Field<?>> LINE_COLUMNS = List.of(ORDER_LINE.ID, ORDER_LINE.ORDER_ID,
            ORDER_LINE.LINE_NO, ORDER_LINE.MENU_ITEM_ID, ORDER_LINE.NAME, ORDER_LINE.UNIT_PRICE, ORDER_LINE.QUANTITY,
            ORDER_LINE.LINE_TOTAL, ORDER_LINE.STATION, ORDER_LINE.COMPED);

    private final DSLContext dsl;
    private final Clock clock;
    private final RandomGenerator random;

    /** @param random the source of every made-up figure: a seeded one makes the same history again */
    public DemoHistory(DSLContext dsl, Clock clock, RandomGenerator random) {
        this.dsl = dsl;
        this.clock = clock;
        this.random = random;
    }

    /** What a fill wrote. */
    public record Filled(int days, long sessions, long orders, long lines, Duration took) {
    }

    /**
     * Writes {@code days} past days and today until an hour ago, unless this folder has history
     * already (then it writes nothing and returns null).
     *
     * @throws IllegalStateException when the folder holds real orders: history goes into a new folder only
     */
    public Filled fillIfNew(int days) {
        if (dsl.fetchExists(APP_META, APP_META.META_KEY.eq(MARKER))) {
            LOG.info("This data folder already has its demo history; none added");
            return null;
        }
        List<Integer> tables = tables();
        if (dsl.fetchExists(CUSTOMER_ORDER)) {
            throw new IllegalStateException("--demo-history fills a new data folder only; this one already has orders");
        }
        if (tables.isEmpty()) {
            throw new IllegalStateException("--demo-history needs tables to seat its parties at");
        }
        long started = System.nanoTime();
        ZoneId zone = clock.getZone();
        Instant until = clock.instant().minus(Duration.ofHours(1));
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        HistoryDay generator = new HistoryDay(menu(), tables, random);
        Ids ids = new Ids(next(TABLE_SESSION, TABLE_SESSION.ID), next(CUSTOMER_ORDER, CUSTOMER_ORDER.ID),
                next(ORDER_LINE, ORDER_LINE.ID));
        long[] before = {ids.session, ids.order, ids.line};
        for (LocalDate from = today.minusDays(days); !from.isAfter(today); from = from.plusDays(DAYS_PER_TRANSACTION)) {
            LocalDate first = from;
            dsl.transaction(cfg -> {
                Batches batches = new Batches(cfg.dsl());
                for (LocalDate day = first; day.isBefore(first.plusDays(DAYS_PER_TRANSACTION)) && !day.isAfter(today);
                        day = day.plusDays(1)) {
                    write(generator.parties(day, zone, until), until, ids, batches);
                }
                batches.flush();
            });
        }
        dsl.transaction(cfg -> {
            cfg.dsl().insertInto(APP_META).set(APP_META.META_KEY, MARKER)
                    .set(APP_META.META_VALUE, days + " days before " + today).execute();
            cfg.dsl().update(SETTING).set(SETTING.SETTING_VALUE, "true")
                    .where(SETTING.SETTING_KEY.eq(SettingsCodec.TRAINING)).execute();
        });
        Filled filled = new Filled(days, ids.session - before[0], ids.order - before[1], ids.line - before[2],
                Duration.ofNanos(System.nanoTime() - started));
        LOG.info("Demo history: {} days, {} table sessions, {} orders, {} order lines in {} s; marked as training data",
                days, filled.sessions(), filled.orders(), filled.lines(), filled.took().toSeconds());
        return filled;
    }

    /** The next id to hand out in each table. */
    private static final class Ids {
        long session;
        long order;
        long line;

        Ids(long session, long order, long line) {
            this.session = session;
            this.order = order;
            this.line = line;
        }
    }

    /** One prepared batch per table, executed every {@link #BATCH} lines, parents first. */
    private static final class Batches {
        private final DSLContext tx;
        private BatchBindStep sessions;
        private BatchBindStep orders;
        private BatchBindStep lines;

        Batches(DSLContext tx) {
            this.tx = tx;
            start();
        }

        private void start() {
            sessions = batch(tx, TABLE_SESSION, SESSION_COLUMNS);
            orders = batch(tx, CUSTOMER_ORDER, ORDER_COLUMNS);
            lines = batch(tx, ORDER_LINE, LINE_COLUMNS);
        }

        private static BatchBindStep batch(DSLContext tx, Table<?> table, List<Field<?>> columns) {
            return tx.batch(tx.insertInto(table, columns).values(new Object[columns.size()]));
        }

        void line(Object... values) {
            lines.bind(values);
            if (lines.size() >= BATCH) {
                flush();
            }
        }

        /** Executes what is bound and starts new batches: a batch executed twice would insert twice. */
        void flush() {
            for (BatchBindStep b : new BatchBindStep[] {sessions, orders, lines}) {
                if (b.size() > 0) {
                    b.execute();
                }
            }
            start();
        }
    }

    private void write(List<HistoryDay.Party> parties, Instant until, Ids ids, Batches batches) {
        int[] quarterHours = load(parties);
        Instant opening = parties.isEmpty() ? until : parties.getFirst().seated();
        for (HistoryDay.Party party : parties) {
            List<Object[]> orders = new ArrayList<>(party.orders().size());
            List<Object[]> lines = new ArrayList<>();
            Instant last = party.seated();
            long session = ids.session;
            for (HistoryDay.Order order : party.orders()) {
                long id = ids.order + orders.size();
                Object[] row = order(order, party, session, id, opening, quarterHours);
                Instant done = (Instant) (row[12] != null ? row[12] : row[13]);
                last = done.isAfter(last) ? done : last;
                orders.add(row);
                int no = 1;
                for (HistoryDay.Line line : order.lines()) {
                    lines.add(new Object[] {ids.line + lines.size(), id, no++, line.item().id(), line.item().name(),
                            line.item().price(), line.quantity(), line.total(), line.item().station(), line.comped()});
                }
            }
            Instant closed = last.plusSeconds(900 + random.nextInt(1500));
            if (!closed.isBefore(until)) {
                continue;
            }
            batches.sessions.bind(session, party.table(), party.guests(), party.seated(), closed);
            orders.forEach(batches.orders::bind);
            lines.forEach(batches::line);
            ids.session++;
            ids.order += orders.size();
            ids.line += lines.size();
        }
    }

    /** How many orders were placed in each quarter hour of the day since its first party. */
    private static int[] load(List<HistoryDay.Party> parties) {
        int[] counts = new int[4 * 24 * 2];
        if (parties.isEmpty()) {
            return counts;
        }
        Instant start = parties.getFirst().seated();
        for (HistoryDay.Party party : parties) {
            for (HistoryDay.Order order : party.orders()) {
                counts[quarter(start, order.placed(), counts.length)]++;
            }
        }
        return counts;
    }

    private static int quarter(Instant start, Instant t, int length) {
        return (int) Math.clamp(Duration.between(start, t).toMinutes() / 15, 0, length - 1);
    }

    /** The order's row: its ticket takes its longest prep time, stretched when the kitchen is busy. */
    private Object[] order(HistoryDay.Order order, HistoryDay.Party party, long session, long id, Instant opening,
                           int[] load) {
        Instant placed = order.placed();
        BigDecimal total = BigDecimal.ZERO;
        int prep = 1;
        for (HistoryDay.Line line : order.lines()) {
            total = line.comped() ? total : total.add(line.total());
            prep = Math.max(prep, line.item().prepMinutes());
        }
        double busy = load[quarter(opening, placed, load.length)] / BUSY;
        double minutes = prep * (0.7 + 0.9 * busy) * Math.exp(random.nextGaussian() * 0.25) + random.nextDouble();
        Instant received = placed.plusSeconds(2 + random.nextInt(15));
        String source = order.staff() ? "STAFF" : "PAD";
        if (random.nextDouble() < 0.02) {
            Instant cancelled = received.plusSeconds(30 + random.nextInt(400));
            return new Object[] {id, party.table(), session, source, "CANCELLED", total, 3, placed, cancelled,
                received, null, null, null, cancelled};
        }
        Instant preparing = received.plusSeconds(20 + random.nextInt(90));
        Instant ready = placed.plusSeconds(Math.max(Math.round(minutes * 60), Duration.between(placed, preparing)
                .toSeconds() + 30));
        Instant delivered = ready.plusSeconds(40 + random.nextInt(260));
        return new Object[] {id, party.table(), session, source, "DELIVERED", total, 5, placed, delivered, received,
            preparing, ready, delivered, null};
    }

    private List<HistoryDay.Item> menu() {
        return dsl.select(MENU_ITEM.ID, MENU_ITEM.NAME, MENU_ITEM.PRICE, MENU_ITEM.PREP_MINUTES, MENU_ITEM.STATION,
                        MENU_CATEGORY.NAME)
                .from(MENU_ITEM).join(MENU_CATEGORY).on(MENU_CATEGORY.ID.eq(MENU_ITEM.CATEGORY_ID))
                .where(MENU_ITEM.HIDDEN.isFalse())
                .orderBy(MENU_ITEM.ID)
                .fetch(r -> new HistoryDay.Item(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        course(r.value6()), FAVOURITES.getOrDefault(r.value2(), 1.0)));
    }

    private static HistoryDay.Course course(String category) {
        return switch (category) {
            case "Drinks" -> HistoryDay.Course.DRINK;
            case "Starters" -> HistoryDay.Course.STARTER;
            case "Sides" -> HistoryDay.Course.SIDE;
            case "Desserts" -> HistoryDay.Course.DESSERT;
            default -> HistoryDay.Course.MAIN;
        };
    }

    private List<Integer> tables() {
        return dsl.select(DINING_TABLE.ID).from(DINING_TABLE).where(DINING_TABLE.ACTIVE.isTrue())
                .orderBy(DINING_TABLE.ID).fetch(DINING_TABLE.ID);
    }

    private long next(Table<?> table, Field<? extends Number> id) {
        Number max = dsl.select(DSL.max(id)).from(table).fetchOne(0, Number.class);
        return max == null ? 1 : max.longValue() + 1;
    }
}
