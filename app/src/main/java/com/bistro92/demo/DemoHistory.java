package com.bistro92.demo;

import static com.bistro92.db.Tables.APP_META;
import static com.bistro92.db.Tables.CUSTOMER_ORDER;
import static com.bistro92.db.Tables.DINING_TABLE;
import static com.bistro92.db.Tables.MENU_CATEGORY;
import static com.bistro92.db.Tables.MENU_ITEM;
import static com.bistro92.db.Tables.ORDER_ADJUSTMENT;
import static com.bistro92.db.Tables.ORDER_LINE;
import static com.bistro92.db.Tables.PAYMENT;
import static com.bistro92.db.Tables.SETTING;
import static com.bistro92.db.Tables.STAFF;
import static com.bistro92.db.Tables.TABLE_SESSION;

import com.bistro92.bill.Tax;
import com.bistro92.settings.Settings;
import com.bistro92.settings.SettingsCodec;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * Fills a new data folder with past days of trade, for training and for trying the dashboard, the
 * Z report and the history: parties seated at free tables through lunch and dinner, their orders
 * and every order's way through the kitchen, a few voids and comps, and the payments that settle
 * each bill in full and close its table ({@link HistoryDay}).
 *
 * <p>Runs once, at start-up, before the journal's writer starts (as the demo restaurant does): rows
 * go in with batched inserts, not as commands. A command takes its time from the writer, one
 * reading per group, so back-dated changes would each need a group, and a forced write, of their
 * own: some twenty thousand for a month, at first start. No event is logged for them, so the
 * event log's hash chain is untouched, and live orders' ids follow the generated ones (a void's or
 * comp's {@code event_seq} is 0: no event announced it). What the writer would check, the history
 * keeps by construction: each party's payments add up to its bill as {@link Tax} works it out
 * (so {@code bill.MoneyRule} holds with nothing left to pay), voids and comps come before the
 * payment, and a server's void or comp carries the manager's approval, as {@code staff.Authority}
 * requires.
 *
 * <p>The folder is marked as training data. While the kitchen's yellow and red marks are still the
 * defaults (5 and 10 minutes: a counter's, which every main course of this menu would pass), they
 * are set to a full-service kitchen's, {@link #YELLOW} and {@link #RED}, which its tickets mostly keep to.
 */
public final class DemoHistory {

    private static final Logger LOG = LoggerFactory.getLogger(DemoHistory.class);
    static final String MARKER = "demo_history";
    private static final int DAYS_PER_TRANSACTION = 14;
    private static final int BATCH = 5_000;
    /** The {@code event_seq} of a void or comp of the history: no event announced it. */
    private static final long NO_EVENT = 0;
    /** The servers of the history, one to a few tables each. */
    static final List<String> SERVERS = List.of("Lena", "Marco", "Jules");
    /** A PIN hash that no PIN matches (it is not in {@code PinHasher}'s format). */
    private static final String NO_PIN = "none: a manager sets the first PIN in Staff";
    /** A full-service kitchen's yellow mark, for a menu whose mains take 10 to 18 minutes. */
    static final Duration YELLOW = Duration.ofMinutes(15);
    /** And its red mark. */
    static final Duration RED = Duration.ofMinutes(25);
    private static final Map<String, Double> FAVOURITES = Map.ofEntries(Map.entry("Classic Burger", 3.0),
            Map.entry("Margherita Pizza", 2.6), Map.entry("Truffle Fries", 2.4), Map.entry("Craft Beer", 2.5),
            Map.entry("House Red Wine", 2.0), Map.entry("Lemonade", 1.6), Map.entry("Espresso", 1.8),
            Map.entry("Caesar Salad", 1.8), Map.entry("Steak Frites", 1.5), Map.entry("Tiramisu", 1.7),
            Map.entry("Chocolate Lava Cake", 1.9), Map.entry("Garlic Bread", 1.7), Map.entry("Onion Rings", 0.7),
            Map.entry("Sparkling Water", 1.4), Map.entry("Lemon Tart", 0.6), Map.entry("Side Salad", 0.6));

    private static final List<Field<?>> SESSION_COLUMNS = List.of(TABLE_SESSION.ID, TABLE_SESSION.TABLE_ID,
            TABLE_SESSION.GUESTS, TABLE_SESSION.OPENED_AT, TABLE_SESSION.OPENED_BY, TABLE_SESSION.CLOSED_AT,
            TABLE_SESSION.CLOSED_BY);
    private static final List<Field<?>> ORDER_COLUMNS = List.of(CUSTOMER_ORDER.ID, CUSTOMER_ORDER.TABLE_ID,
            CUSTOMER_ORDER.SESSION_ID, CUSTOMER_ORDER.SOURCE, CUSTOMER_ORDER.STATUS, CUSTOMER_ORDER.TOTAL,
            CUSTOMER_ORDER.VERSION, CUSTOMER_ORDER.CREATED_AT, CUSTOMER_ORDER.UPDATED_AT, CUSTOMER_ORDER.RECEIVED_AT,
            CUSTOMER_ORDER.PREPARING_AT, CUSTOMER_ORDER.READY_AT, CUSTOMER_ORDER.DELIVERED_AT,
            CUSTOMER_ORDER.CANCELLED_AT);
    private static final List<Field<?>> LINE_COLUMNS = List.of(ORDER_LINE.ID, ORDER_LINE.ORDER_ID,
            ORDER_LINE.LINE_NO, ORDER_LINE.MENU_ITEM_ID, ORDER_LINE.NAME, ORDER_LINE.UNIT_PRICE, ORDER_LINE.QUANTITY,
            ORDER_LINE.LINE_TOTAL, ORDER_LINE.STATION, ORDER_LINE.COMPED);
    private static final List<Field<?>> ADJUSTMENT_COLUMNS = List.of(ORDER_ADJUSTMENT.ID, ORDER_ADJUSTMENT.ORDER_ID,
            ORDER_ADJUSTMENT.LINE_NO, ORDER_ADJUSTMENT.KIND, ORDER_ADJUSTMENT.REASON, ORDER_ADJUSTMENT.AMOUNT,
            ORDER_ADJUSTMENT.STAFF_ID, ORDER_ADJUSTMENT.APPROVED_BY, ORDER_ADJUSTMENT.CREATED_AT,
            ORDER_ADJUSTMENT.EVENT_SEQ);
    private static final List<Field<?>> PAYMENT_COLUMNS = List.of(PAYMENT.ID, PAYMENT.SESSION_ID, PAYMENT.AMOUNT,
            PAYMENT.TIP, PAYMENT.TENDERED, PAYMENT.METHOD, PAYMENT.PAID_AT, PAYMENT.STAFF_ID);

    private final DSLContext dsl;
    private final Clock clock;
    private final RandomGenerator random;
    /** The demo's manager, who approves the servers' voids and comps. */
    private Integer manager;
    /** The servers who seat the parties, ask for voids and comps, take the payments and close the tables. */
    private List<Integer> servers;

    /** @param random the source of every made-up figure: a seeded one makes the same history again */
    public DemoHistory(DSLContext dsl, Clock clock, RandomGenerator random) {
        this.dsl = dsl;
        this.clock = clock;
        this.random = random;
    }

    /** What a fill wrote. */
    public record Filled(int days, long sessions, long orders, long lines, long payments, long adjustments,
                         Duration took) {
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
        List<HistoryDay.Table> tables = tables();
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
        manager = dsl.select(DSL.min(STAFF.ID)).from(STAFF).where(STAFF.ROLE.eq("MANAGER")).fetchOne(0, Integer.class);
        servers = servers();
        List<HistoryDay.Item> menu = menu();
        Settings settings = settings();
        Tax tax = new Tax(settings.taxRate(), settings.taxIncluded());
        HistoryDay generator = new HistoryDay(menu, tables, random);
        Ids ids = new Ids(next(TABLE_SESSION, TABLE_SESSION.ID), next(CUSTOMER_ORDER, CUSTOMER_ORDER.ID),
                next(ORDER_LINE, ORDER_LINE.ID), next(PAYMENT, PAYMENT.ID), next(ORDER_ADJUSTMENT, ORDER_ADJUSTMENT.ID));
        Ids before = ids.copy();
        for (LocalDate from = today.minusDays(days); !from.isAfter(today); from = from.plusDays(DAYS_PER_TRANSACTION)) {
            LocalDate first = from;
            dsl.transaction(cfg -> {
                Batches batches = new Batches(cfg.dsl());
                for (LocalDate day = first; day.isBefore(first.plusDays(DAYS_PER_TRANSACTION)) && !day.isAfter(today);
                        day = day.plusDays(1)) {
                    write(generator.parties(day, zone, until, tax), ids, batches);
                }
                batches.flush();
            });
        }
        dsl.transaction(cfg -> {
            cfg.dsl().insertInto(APP_META).set(APP_META.META_KEY, MARKER)
                    .set(APP_META.META_VALUE, days + " days before " + today).execute();
            cfg.dsl().update(SETTING).set(SETTING.SETTING_VALUE, "true")
                    .where(SETTING.SETTING_KEY.eq(SettingsCodec.TRAINING)).execute();
            fitMarks(cfg.dsl(), settings);
        });
        Filled filled = new Filled(days, ids.session - before.session, ids.order - before.order,
                ids.line - before.line, ids.payment - before.payment, ids.adjustment - before.adjustment,
                Duration.ofNanos(System.nanoTime() - started));
        LOG.info("Demo history: {} days, {} table sessions, {} orders, {} order lines, {} payments, {} voids and comps"
                        + " in {} ms; marked as training data", days, filled.sessions(), filled.orders(), filled.lines(),
                filled.payments(), filled.adjustments(), filled.took().toMillis());
        return filled;
    }

    /**
     * The servers of the history, added unless staff of those names exist. They have no PIN
     * ({@link #NO_PIN} matches none) until a manager sets one in Staff, so nobody signs in as them
     * by chance; and a server may not void or comp alone, so each of theirs carries the manager's approval.
     */
    private List<Integer> servers() {
        dsl.transaction(cfg -> {
            int id = (int) next(STAFF, STAFF.ID);
            for (String name : SERVERS) {
                if (!cfg.dsl().fetchExists(STAFF, STAFF.NAME.eq(name))) {
                    cfg.dsl().insertInto(STAFF).set(STAFF.ID, id++).set(STAFF.NAME, name).set(STAFF.ROLE, "SERVER")
                            .set(STAFF.PIN_HASH, NO_PIN).set(STAFF.MUST_CHANGE_PIN, true).set(STAFF.ACTIVE, true)
                            .set(STAFF.CREATED_AT, clock.instant()).execute();
                }
            }
        });
        return dsl.select(STAFF.ID).from(STAFF).where(STAFF.NAME.in(SERVERS)).orderBy(STAFF.ID).fetch(STAFF.ID);
    }

    /** The settings as stored (seeded before the history), read the way the suite reads them. */
    private Settings settings() {
        Map<String, String> values = dsl.select(SETTING.SETTING_KEY, SETTING.SETTING_VALUE).from(SETTING)
                .fetchMap(SETTING.SETTING_KEY, SETTING.SETTING_VALUE);
        return SettingsCodec.lenient(values, Settings.DEFAULTS);
    }

    /** Sets the kitchen's marks to a full-service kitchen's, unless someone chose others than the defaults. */
    private static void fitMarks(DSLContext tx, Settings now) {
        if (!now.warnAfter().equals(Settings.DEFAULTS.warnAfter())
                || !now.lateAfter().equals(Settings.DEFAULTS.lateAfter())) {
            return;
        }
        Map<String, String> marks = Map.of(SettingsCodec.WARN, Long.toString(YELLOW.toMinutes()),
                SettingsCodec.LATE, Long.toString(RED.toMinutes()));
        marks.forEach((key, value) -> tx.update(SETTING).set(SETTING.SETTING_VALUE, value)
                .where(SETTING.SETTING_KEY.eq(key)).execute());
    }

    /** The next id to hand out in each table. */
    private static final class Ids {
        long session;
        long order;
        long line;
        long payment;
        long adjustment;

        Ids(long session, long order, long line, long payment, long adjustment) {
            this.session = session;
            this.order = order;
            this.line = line;
            this.payment = payment;
            this.adjustment = adjustment;
        }

        Ids copy() {
            return new Ids(session, order, line, payment, adjustment);
        }
    }

    /** One prepared batch per table, executed every {@link #BATCH} lines, parents first. */
    private static final class Batches {
        private final DSLContext tx;
        private BatchBindStep sessions;
        private BatchBindStep orders;
        private BatchBindStep lines;
        private BatchBindStep adjustments;
        private BatchBindStep payments;

        Batches(DSLContext tx) {
            this.tx = tx;
            start();
        }

        private void start() {
            sessions = batch(tx, TABLE_SESSION, SESSION_COLUMNS);
            orders = batch(tx, CUSTOMER_ORDER, ORDER_COLUMNS);
            lines = batch(tx, ORDER_LINE, LINE_COLUMNS);
            adjustments = batch(tx, ORDER_ADJUSTMENT, ADJUSTMENT_COLUMNS);
            payments = batch(tx, PAYMENT, PAYMENT_COLUMNS);
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
            for (BatchBindStep b : new BatchBindStep[] {sessions, orders, lines, adjustments, payments}) {
                if (b.size() > 0) {
                    b.execute();
                }
            }
            start();
        }
    }

    private void write(List<HistoryDay.Party> parties, Ids ids, Batches batches) {
        for (HistoryDay.Party party : parties) {
            long session = ids.session++;
            Integer server = servers.isEmpty() ? manager : servers.get(Math.floorMod(party.table(), servers.size()));
            Integer approver = server == null || server.equals(manager) ? null : manager;
            batches.sessions.bind(session, party.table(), party.guests(), party.seated(), server, party.closed(),
                    server);
            for (HistoryDay.Order order : party.orders()) {
                long id = ids.order++;
                batches.orders.bind(order(order, party.table(), session, id));
                int no = 1;
                for (HistoryDay.Line line : order.lines()) {
                    batches.line(ids.line++, id, no++, line.item().id(), line.item().name(), line.item().price(),
                            line.quantity(), line.total(), line.item().station(), line.comped());
                }
                HistoryDay.Adjustment adjustment = order.adjustment();
                if (adjustment != null) {
                    BigDecimal amount = adjustment.isVoid() ? order.total()
                            : order.lines().get(adjustment.lineNo() - 1).total();
                    batches.adjustments.bind(ids.adjustment++, id, adjustment.lineNo(),
                            adjustment.isVoid() ? "VOID" : "COMP", adjustment.reason(), amount, server, approver,
                            adjustment.at(), NO_EVENT);
                }
            }
            for (HistoryBill.Pay pay : party.payments()) {
                batches.payments.bind(ids.payment++, session, pay.amount(), pay.tip(), pay.tendered(),
                        pay.method().name(), pay.at(), server);
            }
        }
    }

    /** The order's row, with its way through the kitchen, or to its void. */
    private static Object[] order(HistoryDay.Order order, int table, long session, long id) {
        HistoryKitchen.Ticket t = order.ticket();
        String source = order.staff() ? "STAFF" : "PAD";
        if (order.voided()) {
            Instant cancelled = order.adjustment().at();
            return new Object[] {id, table, session, source, "CANCELLED", order.total(), 3, order.placed(), cancelled,
                t.received(), null, null, null, cancelled};
        }
        boolean comped = order.adjustment() != null;
        Instant updated = comped ? order.adjustment().at() : t.delivered();
        return new Object[] {id, table, session, source, "DELIVERED", order.total(), comped ? 6 : 5, order.placed(),
            updated, t.received(), t.preparing(), t.ready(), t.delivered(), null};
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

    /** How much more often than others the dish {@code name} is ordered. */
    static double favourite(String name) {
        return FAVOURITES.getOrDefault(name, 1.0);
    }

    static HistoryDay.Course course(String category) {
        return switch (category) {
            case "Drinks" -> HistoryDay.Course.DRINK;
            case "Starters" -> HistoryDay.Course.STARTER;
            case "Sides" -> HistoryDay.Course.SIDE;
            case "Desserts" -> HistoryDay.Course.DESSERT;
            default -> HistoryDay.Course.MAIN;
        };
    }

    private List<HistoryDay.Table> tables() {
        return dsl.select(DINING_TABLE.ID, DINING_TABLE.SEATS).from(DINING_TABLE).where(DINING_TABLE.ACTIVE.isTrue())
                .orderBy(DINING_TABLE.ID).fetch(r -> new HistoryDay.Table(r.value1(), r.value2()));
    }

    private long next(Table<?> table, Field<? extends Number> id) {
        Number max = dsl.select(DSL.max(id)).from(table).fetchOne(0, Number.class);
        return max == null ? 1 : max.longValue() + 1;
    }
}
