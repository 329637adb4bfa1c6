package com.bistro92.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.bistro92.TestApp;
import com.bistro92.TestClock;
import com.bistro92.order.NewOrder;
import com.bistro92.order.OrderSource;
import com.bistro92.order.OrderStatus;
import com.bistro92.order.Orders;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard's sums on a real H2, on a small store of orders placed through the real commands
 * at times the test chooses: yesterday at noon three orders (one cancelled), today at noon one.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardQueriesTest {

    private static final Duration WARN = Duration.ofMinutes(5);
    private static final Duration LATE = Duration.ofMinutes(10);
    private static final ZoneId ZONE = ZoneId.systemDefault();
    private static final LocalDate TODAY = LocalDate.now(ZONE);
    private static final Instant YESTERDAY_NOON = TODAY.minusDays(1).atTime(LocalTime.NOON).atZone(ZONE).toInstant();

    @TempDir
    static Path data;
    static TestApp app;
    static TestClock clock;
    static DashboardQueries queries;
    static AutoCloseable subscription;
    static long burgerOrder;
    static long steakOrder;

    @BeforeAll
    static void placeTheOrders() throws Exception {
        clock = new TestClock(YESTERDAY_NOON);
        app = TestApp.start(data, clock);
        queries = new DashboardQueries(app.app().database().dsl(), clock);
        subscription = app.app().events().subscribe(queries::changed);
        Orders orders = app.app().orders();
        app.app().sessions().seat(1, 3).join();
        // yesterday 12:00, Table 1 (Dining Room, seated): 2 × 14.50 + 4.00, ready after 4 minutes
        burgerOrder = place(orders, "Table 1", new NewOrder.Line("Classic Burger", 2, ""),
                new NewOrder.Line("Lemonade", 1, ""));
        clock.advance(Duration.ofMinutes(4));
        ready(orders, burgerOrder);
        // 12:04, Table 9 (Terrace, not seated): 26.00, ready after 12 minutes
        steakOrder = place(orders, "Table 9", new NewOrder.Line("Steak Frites", 1, ""));
        clock.advance(Duration.ofMinutes(12));
        ready(orders, steakOrder);
        // 12:16, Table 2: cancelled
        long cancelled = place(orders, "Table 2", new NewOrder.Line("Tiramisu", 1, ""));
        orders.changeStatus(cancelled, OrderStatus.CANCELLED, null).join();
        // today 12:00, Table 1: 2.80, ready after 6 minutes; now is 12:06
        clock.advance(Duration.ofHours(24).minusMinutes(16));
        long espresso = place(orders, "Table 1", new NewOrder.Line("Espresso", 1, ""));
        clock.advance(Duration.ofMinutes(6));
        ready(orders, espresso);
    }

    @AfterAll
    static void stop() throws Exception {
        subscription.close();
        app.close();
    }

    private static long place(Orders orders, String table, NewOrder.Line... lines) {
        return orders.place(new NewOrder(table, List.of(lines), "", OrderSource.STAFF, null)).join().order().id();
    }

    private static void ready(Orders orders, long id) {
        for (OrderStatus s : List.of(OrderStatus.RECEIVED, OrderStatus.PREPARING, OrderStatus.READY)) {
            orders.changeStatus(id, s, null).join();
        }
    }

    private static Dashboard load(DateRange.Kind kind) {
        return queries.load(DateRange.of(kind, TODAY), WARN, LATE);
    }

    @Test
    @Order(1)
    void yesterdaysRevenueLeavesTheCancelledOrderOut() {
        Dashboard d = load(DateRange.Kind.YESTERDAY);
        assertThat(d.sales().revenue()).isEqualByComparingTo("59.00");
        assertThat(d.sales().orders()).isEqualTo(2);
        assertThat(d.sales().cancelled()).isEqualTo(1);
    }

    @Test
    @Order(2)
    void topItemsRankByQuantityAndByRevenue() {
        Dashboard d = load(DateRange.Kind.YESTERDAY);
        assertThat(d.topByQuantity()).extracting(Dashboard.Item::name, Dashboard.Item::quantity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Classic Burger", 2L),
                        org.assertj.core.groups.Tuple.tuple("Lemonade", 1L),
                        org.assertj.core.groups.Tuple.tuple("Steak Frites", 1L));
        assertThat(d.topByRevenue()).extracting(Dashboard.Item::name).containsExactly("Classic Burger",
                "Steak Frites", "Lemonade");
        assertThat(d.topByRevenue().getFirst().revenue()).isEqualByComparingTo("29.00");
    }

    @Test
    @Order(3)
    void revenueIsSplitByTableAndBySection() {
        Dashboard d = load(DateRange.Kind.YESTERDAY);
        assertThat(d.byTable()).extracting(Dashboard.Place::name).containsExactly("Table 1", "Table 9");
        assertThat(d.byTable().get(0).revenue()).isEqualByComparingTo("33.00");
        assertThat(d.byTable().get(1).revenue()).isEqualByComparingTo("26.00");
        assertThat(d.bySection()).extracting(Dashboard.Place::name).containsExactly("Dining Room", "Terrace");
        assertThat(d.bySection().get(0).revenue()).isEqualByComparingTo("33.00");
    }

    @Test
    @Order(4)
    void ticketTimesAndTheShareThatWentYellowAndRed() {
        Dashboard.Tickets t = load(DateRange.Kind.YESTERDAY).tickets();
        assertThat(t.count()).isEqualTo(2);
        assertThat(t.average()).isEqualTo(Duration.ofMinutes(8));
        // median and p90 are read from ten-second steps: PERCENTILE_CONT gives 480 s and 672 s
        assertThat(t.p50().toSeconds()).isCloseTo(480, within(10L));
        assertThat(t.p90().toSeconds()).isCloseTo(672, within(10L));
        assertThat(t.pastWarn()).isEqualTo(0.5);
        assertThat(t.pastLate()).isEqualTo(0.5);
        assertThat(queries.load(DateRange.of(DateRange.Kind.YESTERDAY, TODAY), Duration.ofMinutes(15), LATE)
                .tickets().pastWarn()).isZero();
    }

    @Test
    @Order(5)
    void coversAndSpendPerCoverComeFromTheSeatedParties() {
        Dashboard.Covers c = load(DateRange.Kind.YESTERDAY).covers();
        assertThat(c.covers()).isEqualTo(3);
        assertThat(c.parties()).isEqualTo(1);
        assertThat(c.perCover()).isEqualByComparingTo("11.00");
    }

    @Test
    @Order(6)
    void todayComparesWithYesterdayUntilTheSameTime() {
        Dashboard d = load(DateRange.Kind.TODAY);
        assertThat(d.sales().revenue()).isEqualByComparingTo("2.80");
        assertThat(d.sales().orders()).isEqualTo(1);
        // yesterday until 12:06: the burger and the steak orders, not the one cancelled at 12:16
        assertThat(d.previous().revenue()).isEqualByComparingTo("59.00");
        assertThat(d.previous().cancelled()).isZero();
        assertThat(d.hours().counts().get(12)).isEqualTo(1L);
        assertThat(d.hours().weekBefore()).isEqualTo(TODAY.minusDays(7));
        assertThat(d.hours().weekBeforeCounts()).containsOnly(0L);
    }

    @Test
    @Order(7)
    void openOrdersCountWhateverTheRange() {
        Dashboard.Open open = load(DateRange.Kind.YESTERDAY).open();
        assertThat(open.count()).isEqualTo(3);
        assertThat(open.oldest()).isEqualTo(YESTERDAY_NOON);
    }

    @Test
    @Order(8)
    void aChangeToAnOrderOfAPastDayIsCountedAtTheNextLoad() {
        assertThat(load(DateRange.Kind.YESTERDAY).sales().revenue()).isEqualByComparingTo("59.00");
        assertThat(queries.daysKept()).isPositive();
        app.app().orders().changeStatus(steakOrder, OrderStatus.CANCELLED, null).join();
        Dashboard d = load(DateRange.Kind.YESTERDAY);
        assertThat(d.sales().revenue()).isEqualByComparingTo("33.00");
        assertThat(d.sales().cancelled()).isEqualTo(2);
    }
}
