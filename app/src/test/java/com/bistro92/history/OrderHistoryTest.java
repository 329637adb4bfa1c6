package com.bistro92.history;

import static com.bistro92.db.Tables.ORDER_ADJUSTMENT;
import static com.bistro92.db.Tables.ORDER_LINE;
import static com.bistro92.db.Tables.PAYMENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.TestApp;
import com.bistro92.TestClock;
import com.bistro92.bill.Payment;
import com.bistro92.bill.PaymentRequest;
import com.bistro92.bill.RefundRequest;
import com.bistro92.history.OrderDetail.Step;
import com.bistro92.history.OrderDetail.TimelineEntry;
import com.bistro92.order.NewOrder;
import com.bistro92.order.Order;
import com.bistro92.order.OrderFilter;
import com.bistro92.order.OrderSource;
import com.bistro92.order.OrderStatus;
import com.bistro92.order.Orders;
import com.bistro92.order.TicketChange;
import com.bistro92.staff.Role;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Past orders read back from a real H2 through the running app: filters, keyset pages, an order's detail. */
class OrderHistoryTest {

    @TempDir
    Path data;
    final TestClock clock = new TestClock();
    TestApp app;
    Orders orders;
    OrderHistory history;

    @BeforeEach
    void start() throws Exception {
        app = TestApp.start(data, clock);
        orders = app.app().orders();
        history = app.app().history();
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private Order place(String table, String notes, NewOrder.Line... lines) {
        return orders.place(new NewOrder(table, List.of(lines), notes, OrderSource.STAFF, null)).join().order();
    }

    private static NewOrder.Line line(String name, int quantity) {
        return new NewOrder.Line(name, quantity, "");
    }

    private List<Long> ids(HistoryFilter filter) {
        return history.page(filter, null, 100).stream().map(HistoryRow::id).toList();
    }

    private DSLContext sql() {
        return app.app().database().dsl();
    }

    @Test
    void eachFilterListsExactlyTheOrdersItMatchesNewestFirst() {
        ZoneId zone = clock.getZone();
        Order burger = place("Table 1", "Birthday, window seat", line("Classic Burger", 2));
        clock.advance(Duration.ofDays(1));
        Order espresso = place("Table 2", "", line("Espresso", 1));
        clock.advance(Duration.ofDays(1));
        Order salmon = place("Table 1", "Pay 50% each", line("Grilled Salmon", 1), line("Lemonade", 1));
        Order fries = place("Table 3", "", line("Truffle Fries", 1));
        orders.changeStatus(fries.id(), OrderStatus.RECEIVED, 1).join();
        LocalDate secondDay = LocalDate.ofInstant(espresso.createdAt(), zone);
        Instant dayStart = secondDay.atStartOfDay(zone).toInstant();
        Instant dayEnd = secondDay.plusDays(1).atStartOfDay(zone).toInstant();

        HistoryFilter all = HistoryFilter.ALL;
        HistoryFilter onDay = new HistoryFilter(dayStart, dayEnd, null, null, null, null, null, null);
        HistoryFilter atTable1 = all.withTable(1);
        HistoryFilter received = new HistoryFilter(null, null, null, OrderStatus.RECEIVED, null, null, null, null);
        HistoryFilter burgers = new HistoryFilter(null, null, null, null, "BURGER", null, null, null);
        HistoryFilter middle = new HistoryFilter(null, null, null, null, null, new BigDecimal("6.50"),
                new BigDecimal("25.00"), null);
        HistoryFilter percent = new HistoryFilter(null, null, null, null, null, null, null, "50%");
        HistoryFilter underscore = new HistoryFilter(null, null, null, null, null, null, null, "_");
        HistoryFilter salmonAt1 = new HistoryFilter(null, null, 1, null, "salmon", null, null, null);

        assertThat(ids(all)).containsExactly(fries.id(), salmon.id(), espresso.id(), burger.id());
        assertThat(ids(onDay)).containsExactly(espresso.id());
        assertThat(ids(atTable1)).containsExactly(salmon.id(), burger.id());
        assertThat(ids(received)).containsExactly(fries.id());
        assertThat(ids(burgers)).containsExactly(burger.id());
        // totals 6.50 and 25.00 are both inside an inclusive range; 29.00 and 2.80 are not
        assertThat(ids(middle)).containsExactly(fries.id(), salmon.id());
        assertThat(ids(percent)).containsExactly(salmon.id());
        // what is typed is text, not a LIKE pattern: "_" is no wildcard
        assertThat(ids(underscore)).isEmpty();
        assertThat(ids(salmonAt1)).containsExactly(salmon.id());

        // the in-memory match, used for live changes, agrees with the database on every filter
        List<Order> every = List.of(burger, espresso, salmon, orders.find(fries.id()).orElseThrow());
        for (HistoryFilter f : List.of(all, onDay, atTable1, received, burgers, middle, percent, underscore,
                salmonAt1)) {
            assertThat(every.stream().filter(f::matches).map(Order::id).sorted(Comparator.reverseOrder()).toList())
                    .as("%s", f).isEqualTo(ids(f));
            assertThat(history.count(f)).as("count of %s", f).isEqualTo(ids(f).size());
        }
        HistoryRow row = history.page(atTable1, null, 1).getFirst();
        assertThat(row.items()).isEqualTo("1× Grilled Salmon, 1× Lemonade");
        assertThat(row.total()).isEqualByComparingTo("25.00");
        assertThat(row.table()).isEqualTo("Table 1");
    }

    @Test
    void walkingThePagesNeverRepeatsOrSkipsAnOrderEvenWhileNewOnesArrive() {
        List<CompletableFuture<Order>> placing = new ArrayList<>();
        for (int i = 0; i < 230; i++) {
            placing.add(orders.place(new NewOrder("Table " + (1 + i % 6), List.of(line("Espresso", 1 + i % 3)), "",
                    OrderSource.STAFF, null)).thenApply(p -> p.order()));
        }
        placing.forEach(CompletableFuture::join);

        for (int size : new int[] {17, 1, 230, 1000}) {
            List<Long> expected = oracle(null);
            assertThat(walk(HistoryFilter.ALL, size)).as("pages of %d", size).isEqualTo(expected);
        }
        List<Long> expectedAt2 = oracle("Table 2");
        assertThat(expectedAt2).hasSizeGreaterThan(30);
        assertThat(walk(HistoryFilter.ALL.withTable(2), 7)).isEqualTo(expectedAt2);
    }

    /** The ids the order feature's own listing gives, newest first: what the walk must find. */
    private List<Long> oracle(String table) {
        return orders.page(new OrderFilter(Set.of(), table, null, null, null, 0), null, 5000).stream()
                .map(Order::id).toList();
    }

    /** Every page of {@code filter}, with an order placed at Table 2 after each page; the ids in the order read. */
    private List<Long> walk(HistoryFilter filter, int size) {
        List<Long> seen = new ArrayList<>();
        Long before = null;
        while (true) {
            List<HistoryRow> page = history.page(filter, before, size);
            assertThat(page.size()).isLessThanOrEqualTo(size);
            if (page.isEmpty()) {
                return seen;
            }
            page.forEach(r -> seen.add(r.id()));
            before = page.getLast().id();
            place("Table 2", "", line("Espresso", 1));
        }
    }

    @Test
    void theTimelineNamesWhoBumpedRecalledDeliveredAndCompedWithTheApprovingManager() {
        int sam = app.app().staff().add("Sam", Role.SERVER, null).join().member().id();
        int alex = app.app().staff().add("Alex", Role.MANAGER, null).join().member().id();
        int kim = app.app().staff().add("Kim", Role.KITCHEN, null).join().member().id();
        Order order = place("Table 4", "Nut allergy", line("Classic Burger", 2), line("Tiramisu", 1));
        long id = order.id();
        orders.receive(id, kim).join();
        orders.changeStatus(id, OrderStatus.PREPARING, 2, kim).join();
        orders.changeStatus(id, OrderStatus.READY, 3, kim).join();
        orders.changeStatus(id, OrderStatus.PREPARING, 4, sam).join();
        orders.changeStatus(id, OrderStatus.READY, 5, kim).join();
        orders.changeStatus(id, OrderStatus.DELIVERED, 6).join();
        long compSeq = app.app().journal().lastSeq() + 1000;
        sql().update(ORDER_LINE).set(ORDER_LINE.COMPED, true)
                .where(ORDER_LINE.ORDER_ID.eq(id).and(ORDER_LINE.LINE_NO.eq(2))).execute();
        adjust(id, 2, "COMP", "Birthday", "7.50", sam, alex, compSeq);

        OrderDetail detail = history.detail(id).orElseThrow();
        assertThat(detail.timeline()).extracting(TimelineEntry::text).containsExactly(
                "Placed at Table 4 by staff",
                "Received in the kitchen by Kim",
                "Bumped to Preparing by Kim",
                "Bumped to Ready by Kim",
                "Recalled to Preparing by Sam",
                "Bumped to Ready by Kim",
                "Delivered",
                "Comped line 2 (Tiramisu) by Sam, approved by Alex: Birthday");
        assertThat(detail.timeline().getLast().amount()).isEqualByComparingTo("7.50");
        assertThat(detail.timeline()).extracting(TimelineEntry::step).containsExactly(Step.PLACED, Step.KITCHEN,
                Step.KITCHEN, Step.READY, Step.RECALLED, Step.READY, Step.DELIVERED, Step.COMP);
        assertThat(detail.lines()).extracting(OrderDetail.Line::name, OrderDetail.Line::quantity,
                OrderDetail.Line::comped).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Classic Burger", 2, false),
                org.assertj.core.groups.Tuple.tuple("Tiramisu", 1, true));
        assertThat(detail.notes()).isEqualTo("Nut allergy");
        assertThat(detail.status()).isEqualTo(OrderStatus.DELIVERED);
        assertThat(detail.paid()).isFalse();

        sql().insertInto(PAYMENT).set(PAYMENT.ORDER_ID, id).set(PAYMENT.AMOUNT, new BigDecimal("29.00"))
                .set(PAYMENT.TIP, new BigDecimal("3.00")).set(PAYMENT.METHOD, "CARD")
                .set(PAYMENT.PAID_AT, clock.instant()).set(PAYMENT.STAFF_ID, sam).execute();
        OrderDetail paid = history.detail(id).orElseThrow();
        assertThat(paid.payments()).singleElement().satisfies(p -> {
            assertThat(p.amount()).isEqualByComparingTo("29.00");
            assertThat(p.tip()).isEqualByComparingTo("3.00");
            assertThat(p.takenBy()).isEqualTo("Sam");
            assertThat(p.forWholeTable()).isFalse();
        });
        assertThat(paid.timeline().getLast().text()).isEqualTo("Paid (Card), taken by Sam");
    }

    @Test
    void theTimelineSaysWhichLinesWereDoneHeldFiredAndWhoRushedTheOrder() {
        int sam = app.app().staff().add("Sam", Role.SERVER, null).join().member().id();
        int kim = app.app().staff().add("Kim", Role.KITCHEN, null).join().member().id();
        long id = place("Table 4", "", line("Classic Burger", 1), line("Tiramisu", 1)).id();
        orders.changeTicket(TicketChange.urgent(id, true, sam), 1).join();
        orders.changeTicket(TicketChange.hold(id, List.of(2), sam), 2).join();
        orders.changeTicket(TicketChange.done(id, 1, kim), 3).join();
        orders.changeTicket(TicketChange.fire(id, List.of(2), sam), 4).join();
        orders.changeTicket(TicketChange.done(id, 2, kim), 5).join();

        OrderDetail detail = history.detail(id).orElseThrow();
        assertThat(detail.timeline()).extracting(TimelineEntry::text).containsExactly(
                "Placed at Table 4 by staff",
                "Marked urgent by Sam",
                "Held line 2 (Tiramisu) by Sam",
                "Line 1 (Classic Burger) done, bumped to Preparing by Kim",
                "Fired line 2 (Tiramisu) by Sam",
                "Line 2 (Tiramisu) done, bumped to Ready by Kim");
        assertThat(detail.timeline().getLast().step()).isEqualTo(Step.READY);
        assertThat(detail.status()).isEqualTo(OrderStatus.READY);
    }

    @Test
    void aVoidReplacesTheCancellationItAnnouncedAndNamesTheManagerWhoApprovedIt() {
        int sam = app.app().staff().add("Sam", Role.SERVER, null).join().member().id();
        int alex = app.app().staff().add("Alex", Role.MANAGER, null).join().member().id();
        long id = place("Table 6", "", line("Steak Frites", 1)).id();
        orders.changeStatus(id, OrderStatus.CANCELLED, 1, alex).join();
        adjust(id, null, "VOID", "Wrong table", "26.00", sam, alex, app.app().journal().lastSeq());

        OrderDetail detail = history.detail(id).orElseThrow();
        assertThat(detail.timeline()).extracting(TimelineEntry::text).containsExactly(
                "Placed at Table 6 by staff", "Voided by Sam, approved by Alex: Wrong table");
        assertThat(detail.timeline().getLast().step()).isEqualTo(Step.VOID);
        assertThat(detail.timeline().getLast().amount()).isEqualByComparingTo("26.00");
    }

    @Test
    void aPartysPaymentShowsOnEachOfItsOrdersAndAnUnknownOrderHasNoDetail() {
        int sam = app.app().staff().add("Sam", Role.SERVER, null).join().member().id();
        var session = app.app().sessions().seat(5, 2, sam).join();
        long id = place("Table 5", "", line("Lemonade", 2)).id();
        sql().insertInto(PAYMENT).set(PAYMENT.SESSION_ID, session.id()).set(PAYMENT.AMOUNT, new BigDecimal("8.00"))
                .set(PAYMENT.METHOD, "CASH").set(PAYMENT.PAID_AT, clock.instant()).execute();

        OrderDetail detail = history.detail(id).orElseThrow();
        assertThat(detail.payments()).singleElement().satisfies(p -> {
            assertThat(p.forWholeTable()).isTrue();
            assertThat(p.takenBy()).isNull();
            assertThat(p.method()).isEqualTo("CASH");
        });
        assertThat(history.detail(id + 1000)).isEmpty();
    }

    @Test
    void aRefundOfThePartysBillShowsOnEachOfItsOrdersWithWhoGaveAndApprovedIt() {
        int sam = app.app().staff().add("Sam", Role.SERVER, null).join().member().id();
        int alex = app.app().staff().add("Alex", Role.MANAGER, null).join().member().id();
        app.app().sessions().seat(5, 2, sam).join();
        long id = place("Table 5", "", line("Lemonade", 2)).id();
        app.app().bills().pay(new PaymentRequest(5, Payment.Method.CARD, new BigDecimal("6.00"), null, null, sam))
                .join();
        clock.advance(java.time.Duration.ofMinutes(5));
        app.app().bills().refund(new RefundRequest(5, null, Payment.Method.CARD, new BigDecimal("2.00"),
                "Flat lemonade", sam, alex)).join();

        OrderDetail detail = history.detail(id).orElseThrow();
        assertThat(detail.refunds()).singleElement().satisfies(r -> {
            assertThat(r.amount()).isEqualByComparingTo("2.00");
            assertThat(r.method()).isEqualTo("CARD");
            assertThat(r.givenBy()).isEqualTo("Sam");
            assertThat(r.approvedBy()).isEqualTo("Alex");
        });
        assertThat(detail.timeline().getLast().step()).isEqualTo(Step.REFUND);
        assertThat(detail.timeline().getLast().text())
                .isEqualTo("Refunded from the table's bill (Card) by Sam, approved by Alex: Flat lemonade");
        assertThat(detail.timeline().getLast().amount()).isEqualByComparingTo("2.00");
    }

    private void adjust(long orderId, Integer lineNo, String kind, String reason, String amount, int by,
                        int approvedBy, long seq) {
        sql().insertInto(ORDER_ADJUSTMENT).set(ORDER_ADJUSTMENT.ORDER_ID, orderId)
                .set(ORDER_ADJUSTMENT.LINE_NO, lineNo).set(ORDER_ADJUSTMENT.KIND, kind)
                .set(ORDER_ADJUSTMENT.REASON, reason).set(ORDER_ADJUSTMENT.AMOUNT, new BigDecimal(amount))
                .set(ORDER_ADJUSTMENT.STAFF_ID, by).set(ORDER_ADJUSTMENT.APPROVED_BY, approvedBy)
                .set(ORDER_ADJUSTMENT.CREATED_AT, clock.instant()).set(ORDER_ADJUSTMENT.EVENT_SEQ, seq).execute();
    }
}
