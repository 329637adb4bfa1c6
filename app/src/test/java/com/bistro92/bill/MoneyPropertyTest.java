package com.bistro92.bill;

import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.TestApp;
import com.bistro92.TestClock;
import com.bistro92.order.Adjustment;
import com.bistro92.order.NewOrder;
import com.bistro92.order.Order;
import com.bistro92.order.OrderSource;
import com.bistro92.order.OrderStatus;
import com.bistro92.problem.Problem;
import com.bistro92.report.ZReport;
import com.bistro92.staff.Role;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.jooq.Record;

/**
 * Random interleavings of orders, payments, voids, comps, splits and refunds, by three clients at
 * once on the same tables of the real app. After every step of every client, every table session
 * keeps {@code 0 ≤ payments − refunds ≤ total} (read back with SQL of its own); after every try, the
 * day's Z report balances and reconciles to the cent with what the clients were told: the payments
 * and refunds they were answered, the orders as they now stand, and the balances of the bills.
 * Nothing may fail but with a {@link Problem}. The budget is bounded for CI; raise {@code tries} to
 * dig deeper.
 */
class MoneyPropertyTest {

    private static final int CLIENTS = 3;
    private static final List<Integer> TABLES = List.of(6, 7);
    private static final List<String> ITEMS = List.of("Espresso", "Tiramisu", "Margherita Pizza", "Craft Beer",
            "Sparkling Water");

    private static Path data;
    private static TestApp app;
    private static Bills bills;
    private static int manager;
    private static ZReport before;
    /** What the clients were told, over every try. */
    private static final Queue<Payment> paid = new ConcurrentLinkedQueue<>();
    private static final Queue<Refund> refunded = new ConcurrentLinkedQueue<>();
    private static final List<Long> placed = new CopyOnWriteArrayList<>();
    private static final List<Long> sessions = new CopyOnWriteArrayList<>();

    @BeforeContainer
    static void start() throws Exception {
        data = Files.createTempDirectory("bistro92-money");
        app = TestApp.start(data, new TestClock());
        app.setTax("10", true);
        bills = app.app().bills();
        manager = app.app().staff().add("Alex", Role.MANAGER, null).join().member().id();
        before = app.app().reports().of(app.app().reports().today());
    }

    @AfterContainer
    static void stop() throws java.io.IOException {
        app.close();
        com.bistro92.Folders.delete(data);
    }

    /** One thing a client does. */
    sealed interface Step {
        int table();
    }

    record Place(int table, List<String> items) implements Step {
    }

    /** Pays {@code percent} of what is left (over 100: more than is left), or what is left exactly. */
    record Pay(int table, Payment.Method method, int percent, boolean exact) implements Step {
    }

    /** Splits what is left evenly between {@code guests} and pays the first share. */
    record SplitPay(int table, int guests) implements Step {
    }

    record VoidOrder(int table, int pick) implements Step {
    }

    record Comp(int table, int pick, int line) implements Step {
    }

    /** Refunds {@code percent} of what was paid that way and not refunded (over 100: more than that). */
    record Give(int table, Payment.Method method, int percent) implements Step {
    }

    /** A table in one try: its orders as placed, shared by the clients. */
    private record Table(int id, List<Long> orders) {
    }

    @Property(tries = 30, shrinking = ShrinkingMode.OFF)
    void everyCommitKeepsTheMoneyRuleAndTheZReportReconciles(@ForAll("scripts") List<List<Step>> scripts)
            throws Exception {
        Map<Integer, Table> tables = new ConcurrentHashMap<>();
        for (int id : TABLES) {
            app.app().sessions().open(id).ifPresent(s -> app.app().sessions().close(id).join());
            sessions.add(app.app().sessions().seat(id, 2).join().id());
            tables.put(id, new Table(id, new CopyOnWriteArrayList<>()));
        }
        Queue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
        Queue<String> broken = new ConcurrentLinkedQueue<>();
        try (ExecutorService clients = Executors.newFixedThreadPool(CLIENTS)) {
            List<CompletableFuture<Void>> running = new ArrayList<>();
            for (List<Step> script : scripts) {
                running.add(CompletableFuture.runAsync(() -> {
                    for (Step step : script) {
                        try {
                            run(step, tables.get(step.table()));
                        } catch (CompletionException e) {
                            if (!(e.getCause() instanceof Problem)) {
                                unexpected.add(e.getCause());
                            }
                        } catch (Problem refused) {
                            // refused, and so written nothing: the rule below says whether that held
                        } catch (RuntimeException e) {
                            unexpected.add(e);
                        }
                        ruleBroken().ifPresent(broken::add);
                    }
                }, clients));
            }
            CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        }
        assertThat(unexpected).as("failures other than refusals").isEmpty();
        assertThat(broken).as("sessions outside 0 ≤ payments − refunds ≤ total after a step").isEmpty();
        reconciles();
    }

    private void run(Step step, Table table) {
        switch (step) {
            case Place p -> {
                if (app.app().sessions().open(table.id()).isEmpty()) {
                    try {
                        sessions.add(app.app().sessions().seat(table.id(), 2).join().id());
                    } catch (CompletionException seatedMeanwhile) {
                        // another client seated it first
                    }
                }
                Order order = app.app().orders().place(new NewOrder("Table " + table.id(), p.items().stream()
                        .map(name -> new NewOrder.Line(name, 1, "")).toList(), "", OrderSource.STAFF, null))
                        .join().order();
                placed.add(order.id());
                table.orders().add(order.id());
            }
            case Pay p -> bills.bill(table.id()).ifPresent(bill -> {
                BigDecimal amount = p.exact() ? bill.balance() : share(bill.balance(), p.percent());
                paid.add(bills.pay(new PaymentRequest(table.id(), p.method(), amount, BigDecimal.ONE,
                        p.method() == Payment.Method.CASH ? amount.add(BigDecimal.TEN) : null, null))
                        .join().payment());
            });
            case SplitPay s -> bills.bill(table.id()).filter(b -> b.balance().signum() > 0).ifPresent(bill -> {
                BigDecimal first = Split.evenly(bill.balance(), s.guests()).getFirst();
                if (first.signum() > 0) {
                    paid.add(bills.pay(new PaymentRequest(table.id(), Payment.Method.CARD, first, null, null, null))
                            .join().payment());
                }
            });
            case VoidOrder v -> pick(table, v.pick()).ifPresent(id -> app.app().orders()
                    .adjust(Adjustment.voidOrder(id, "Never came", manager, null), null).join());
            case Comp c -> pick(table, c.pick()).ifPresent(id -> app.app().orders()
                    .adjust(Adjustment.comp(id, c.line(), "Long wait", manager, null), null).join());
            case Give g -> {
                long session = ((Number) app.app().database().dsl().fetchValue(
                        "SELECT MAX(id) FROM table_session WHERE table_id = ?", table.id())).longValue();
                Bill bill = bills.ofSession(session).orElseThrow();
                BigDecimal amount = share(bill.refundable(g.method()), g.percent());
                if (amount.signum() > 0) {
                    refunded.add(bills.refund(new RefundRequest(table.id(), session, g.method(), amount, "Sent back",
                            manager, null)).join().refund());
                }
            }
        }
    }

    private static Optional<Long> pick(Table table, int pick) {
        List<Long> orders = table.orders();
        return orders.isEmpty() ? Optional.empty() : Optional.of(orders.get(pick % orders.size()));
    }

    /** {@code percent} of {@code amount}, in whole cents, at least a cent. */
    private static BigDecimal share(BigDecimal amount, int percent) {
        BigDecimal share = amount.multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100), 2,
                RoundingMode.DOWN);
        return share.signum() > 0 ? share : new BigDecimal("0.01");
    }

    /** A session whose money is out of bounds, as SQL of the test's own reads it (tax is in the prices). */
    private static Optional<String> ruleBroken() {
        for (Record r : app.app().database().dsl().fetch("SELECT s.id,"
                + " COALESCE((SELECT SUM(o.total) FROM customer_order o WHERE o.session_id = s.id"
                + " AND o.status <> 'CANCELLED'), 0),"
                + " COALESCE((SELECT SUM(p.amount) FROM payment p WHERE p.session_id = s.id), 0),"
                + " COALESCE((SELECT SUM(r.amount) FROM refund r WHERE r.session_id = s.id), 0)"
                + " FROM table_session s")) {
            BigDecimal total = r.get(1, BigDecimal.class);
            BigDecimal in = r.get(2, BigDecimal.class);
            BigDecimal out = r.get(3, BigDecimal.class);
            BigDecimal kept = in.subtract(out);
            if (kept.signum() < 0 || kept.compareTo(total) > 0) {
                return Optional.of("session " + r.get(0) + ": total " + total + ", paid " + in + ", refunded " + out);
            }
        }
        return Optional.empty();
    }

    /** The day's Z report against what the clients were told, to the cent. */
    private static void reconciles() {
        LocalDate today = app.app().reports().today();
        ZReport report = app.app().reports().of(today);
        ZReport.Reconciliation check = report.reconciliation();
        assertThat(check.balanced()).as("the breakdowns of sales add up").isTrue();

        BigDecimal sales = placed.stream().map(id -> app.app().orders().find(id).orElseThrow())
                .filter(o -> o.status() != OrderStatus.CANCELLED).map(Order::total).reduce(zero(), BigDecimal::add);
        BigDecimal taken = paid.stream().map(Payment::amount).reduce(zero(), BigDecimal::add);
        BigDecimal tips = paid.stream().map(Payment::tip).reduce(zero(), BigDecimal::add);
        BigDecimal back = refunded.stream().map(Refund::amount).reduce(zero(), BigDecimal::add);
        BigDecimal cashIn = paid.stream().filter(p -> p.method() == Payment.Method.CASH)
                .map(p -> p.amount().add(p.tip())).reduce(zero(), BigDecimal::add);
        BigDecimal cashOut = refunded.stream().filter(r -> r.method() == Payment.Method.CASH).map(Refund::amount)
                .reduce(zero(), BigDecimal::add);
        // what the bills still owe, and orders that went on no bill: placed as their table was being closed
        BigDecimal owed = sessions.stream().map(id -> bills.ofSession(id).orElseThrow().balance())
                .reduce(zero(), BigDecimal::add);
        BigDecimal unbilled = (BigDecimal) app.app().database().dsl().fetchValue("SELECT COALESCE(SUM(total), 0)"
                + " FROM customer_order WHERE session_id IS NULL AND status <> 'CANCELLED' AND id IN ("
                + String.join(",", placed.stream().map(String::valueOf).toList()) + ")");

        assertThat(check.orderTotals().subtract(before.reconciliation().orderTotals())).isEqualByComparingTo(sales);
        assertThat(check.payments().subtract(before.reconciliation().payments())).isEqualByComparingTo(taken);
        assertThat(report.payments().tips().subtract(before.payments().tips())).isEqualByComparingTo(tips);
        assertThat(check.refunds().subtract(before.reconciliation().refunds())).isEqualByComparingTo(back);
        assertThat(report.refunds().count() - before.refunds().count()).isEqualTo(refunded.size());
        assertThat(report.cashInDrawer().subtract(before.cashInDrawer()))
                .isEqualByComparingTo(cashIn.subtract(cashOut));
        assertThat(check.difference().subtract(before.reconciliation().difference()))
                .as("net sales less payments kept is what the bills still owe").isEqualByComparingTo(owed.add(unbilled));
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }

    @Provide
    Arbitrary<List<List<Step>>> scripts() {
        return step().list().ofMinSize(6).ofMaxSize(14).list().ofSize(CLIENTS);
    }

    private static Arbitrary<Step> step() {
        Arbitrary<Integer> table = Arbitraries.of(TABLES);
        Arbitrary<Payment.Method> method = Arbitraries.of(Payment.Method.class);
        Arbitrary<Integer> percent = Arbitraries.integers().between(1, 130);
        Arbitrary<Integer> pick = Arbitraries.integers().between(0, 20);
        return Arbitraries.frequencyOf(
                Tuple.of(4, Combinators.combine(table, Arbitraries.of(ITEMS).list().ofMinSize(1).ofMaxSize(3))
                        .as(Place::new)),
                Tuple.of(4, Combinators.combine(table, method, percent, Arbitraries.of(true, false)).as(Pay::new)),
                Tuple.of(1, Combinators.combine(table, Arbitraries.integers().between(2, 4)).as(SplitPay::new)),
                Tuple.of(2, Combinators.combine(table, pick).as(VoidOrder::new)),
                Tuple.of(3, Combinators.combine(table, pick, Arbitraries.integers().between(1, 3)).as(Comp::new)),
                Tuple.of(2, Combinators.combine(table, method, percent).as(Give::new)));
    }
}
