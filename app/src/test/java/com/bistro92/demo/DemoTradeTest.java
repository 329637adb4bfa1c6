package com.bistro92.demo;

import com.bistro92.CheapStart;

import static com.bistro92.db.Tables.CUSTOMER_ORDER;
import static com.bistro92.db.Tables.ORDER_ADJUSTMENT;
import static com.bistro92.db.Tables.PAYMENT;
import static com.bistro92.db.Tables.STAFF;
import static com.bistro92.db.Tables.TABLE_SESSION;
import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.Bistro92;
import com.bistro92.Options;
import com.bistro92.bill.Bill;
import com.bistro92.dashboard.Dashboard;
import com.bistro92.dashboard.DateRange;
import com.bistro92.report.ZReport;
import com.bistro92.server.Limits;
import com.bistro92.settings.Settings;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A month of --demo-history read as a manager reads it: every table paid and closed, cash and card
 * with tips and some split bills, Z reports that reconcile, a kitchen that mostly keeps to its
 * marks, and busier weekends.
 */
class DemoTradeTest {

    /** A Saturday night in Paris: the history runs to an hour ago. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T21:30:00Z"), ZoneId.of("Europe/Paris"));
    private static final int DAYS = 30;

    @TempDir
    static Path data;
    private static Bistro92 app;
    private static DSLContext sql;

    @BeforeAll
    static void fill() throws Exception {
        app = start(data, DAYS);
        sql = app.database().dsl();
    }

    static Bistro92 start(Path folder, int days) throws Exception {
        return CheapStart.start(new Options(true, false, 0, 0, folder, false, true, days), CLOCK,
                Bistro92.Storage.DEFAULT, Limits.DEFAULT);
    }

    @AfterAll
    static void close() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void everyTableIsClosedAndPaidInFull() {
        List<Long> sessions = sql.select(TABLE_SESSION.ID).from(TABLE_SESSION).fetch(TABLE_SESSION.ID);
        assertThat(sessions).as("a month of parties").hasSizeGreaterThan(DAYS * 30);
        assertThat(sql.fetchCount(TABLE_SESSION, TABLE_SESSION.CLOSED_AT.isNull())).as("tables left open").isZero();
        for (long id : sessions) {
            Bill bill = app.bills().ofSession(id).orElseThrow();
            assertThat(bill.balance()).as("left to pay on session %d", id).isZero();
            assertThat(bill.paid()).as("paid on session %d", id).isEqualByComparingTo(bill.amounts().total());
            assertThat(bill.payments()).as("payments of session %d", id).isNotEmpty();
        }
    }

    @Test
    void noTableSeatsTwoPartiesAtOnce() {
        var a = TABLE_SESSION.as("a");
        var b = TABLE_SESSION.as("b");
        int overlapping = sql.fetchCount(sql.selectOne().from(a).join(b).on(a.TABLE_ID.eq(b.TABLE_ID)
                .and(a.ID.lt(b.ID)).and(a.OPENED_AT.lt(b.CLOSED_AT)).and(b.OPENED_AT.lt(a.CLOSED_AT))));
        assertThat(overlapping).isZero();
    }

    @Test
    void guestsPayByCashAndCardWithTipsAndSomeSplitTheBill() {
        Map<String, Integer> byMethod = new HashMap<>();
        sql.select(PAYMENT.METHOD, DSL.count()).from(PAYMENT).groupBy(PAYMENT.METHOD)
                .forEach(r -> byMethod.put(r.value1(), r.value2()));
        assertThat(byMethod).containsKeys("CASH", "CARD");
        int cards = byMethod.get("CARD");
        int tippedCards = sql.fetchCount(PAYMENT, PAYMENT.METHOD.eq("CARD").and(PAYMENT.TIP.gt(BigDecimal.ZERO)));
        assertThat(tippedCards).as("card payments with a tip, of %d", cards).isGreaterThan(cards / 2);
        int sessions = sql.fetchCount(TABLE_SESSION);
        int split = sql.fetchCount(sql.select(PAYMENT.SESSION_ID).from(PAYMENT).groupBy(PAYMENT.SESSION_ID)
                .having(DSL.count().gt(1)));
        assertThat(split).as("split bills, of %d", sessions).isBetween(sessions / 20, sessions / 4);
        assertThat(sql.fetchCount(PAYMENT, PAYMENT.METHOD.eq("CASH")
                .and(PAYMENT.TENDERED.isNull().or(PAYMENT.TENDERED.lt(PAYMENT.AMOUNT.plus(PAYMENT.TIP))))))
                .as("cash payments without enough handed over").isZero();
        assertThat(sql.fetchCount(PAYMENT, PAYMENT.METHOD.eq("CASH").and(PAYMENT.TENDERED.gt(
                PAYMENT.AMOUNT.plus(PAYMENT.TIP))))).as("cash payments given change").isPositive();
    }

    @Test
    void theKitchenMostlyKeepsToItsMarks() {
        Settings settings = app.settings().current();
        LocalDate today = LocalDate.now(CLOCK);
        Dashboard.Tickets tickets = app.dashboard()
                .load(DateRange.custom(today.minusDays(DAYS), today), settings.warnAfter(), settings.lateAfter())
                .tickets();
        assertThat(tickets.count()).isGreaterThan(DAYS * 100L);
        assertThat(tickets.pastWarn()).as("past yellow (%s), p50 %s, p90 %s", settings.warnAfter(), tickets.p50(),
                tickets.p90()).isLessThanOrEqualTo(0.20).isGreaterThan(0.0);
        assertThat(tickets.pastLate()).as("past red (%s)", settings.lateAfter()).isLessThanOrEqualTo(0.03)
                .isGreaterThan(0.0);
        assertThat(tickets.p90()).isLessThan(settings.warnAfter());
    }

    @Test
    void eachDaysZReportReconcilesWithNothingUnpaid() {
        LocalDate today = LocalDate.now(CLOCK);
        int voids = 0;
        int comps = 0;
        for (LocalDate day = today.minusDays(DAYS); !day.isAfter(today); day = day.plusDays(1)) {
            ZReport z = app.reports().of(day);
            ZReport.Reconciliation check = z.reconciliation();
            assertThat(check.balanced()).as("breakdowns of %s", day).isTrue();
            assertThat(check.difference()).as("net sales not paid on %s", day).isZero();
            BigDecimal cash = sql.select(DSL.sum(PAYMENT.AMOUNT.plus(PAYMENT.TIP))).from(PAYMENT)
                    .where(PAYMENT.METHOD.eq("CASH").and(PAYMENT.PAID_AT.ge(start(day)))
                            .and(PAYMENT.PAID_AT.lt(start(day.plusDays(1))))).fetchOne(0, BigDecimal.class);
            assertThat(z.cashInDrawer()).as("cash in the drawer on %s", day)
                    .isEqualByComparingTo(cash == null ? BigDecimal.ZERO : cash);
            assertThat(z.payments().tips().signum()).as("tips on %s", day).isPositive();
            assertThat(z.voids().entries()).as("voids listed on %s", day).hasSize(z.voids().count());
            assertThat(z.comps().entries()).as("comps listed on %s", day).hasSize(z.comps().count());
            voids += z.voids().count();
            comps += z.comps().count();
        }
        assertThat(voids).as("voids in a month").isBetween(DAYS / 3, DAYS * 5);
        assertThat(comps).as("comps in a month").isBetween(DAYS / 5, DAYS * 3);
        var asked = STAFF.as("asked");
        var approved = STAFF.as("approved");
        List<String> who = sql.selectDistinct(asked.ROLE, approved.ROLE).from(ORDER_ADJUSTMENT)
                .join(asked).on(asked.ID.eq(ORDER_ADJUSTMENT.STAFF_ID))
                .join(approved).on(approved.ID.eq(ORDER_ADJUSTMENT.APPROVED_BY))
                .fetch(r -> r.value1() + " approved by " + r.value2());
        assertThat(who).as("who voided and comped").containsExactly("SERVER approved by MANAGER");
        assertThat(sql.fetchCount(ORDER_ADJUSTMENT, ORDER_ADJUSTMENT.APPROVED_BY.isNull()
                .or(ORDER_ADJUSTMENT.REASON.isNull()))).as("voids and comps without approval or reason").isZero();
    }

    @Test
    void noVoidOrCompComesAfterItsBillWasPaid() {
        int late = sql.fetchCount(sql.selectOne().from(ORDER_ADJUSTMENT)
                .join(CUSTOMER_ORDER).on(CUSTOMER_ORDER.ID.eq(ORDER_ADJUSTMENT.ORDER_ID))
                .join(PAYMENT).on(PAYMENT.SESSION_ID.eq(CUSTOMER_ORDER.SESSION_ID))
                .where(PAYMENT.PAID_AT.le(ORDER_ADJUSTMENT.CREATED_AT)));
        assertThat(late).isZero();
    }

    @Test
    void fridaysAndSaturdaysAreBusierThanMondays() {
        Map<DayOfWeek, int[]> orders = new HashMap<>();
        LocalDate today = LocalDate.now(CLOCK);
        for (LocalDate day = today.minusDays(DAYS); day.isBefore(today); day = day.plusDays(1)) {
            int count = sql.fetchCount(CUSTOMER_ORDER, CUSTOMER_ORDER.CREATED_AT.ge(start(day))
                    .and(CUSTOMER_ORDER.CREATED_AT.lt(start(day.plusDays(1)))));
            int[] sum = orders.computeIfAbsent(day.getDayOfWeek(), d -> new int[2]);
            sum[0] += count;
            sum[1]++;
        }
        double monday = average(orders.get(DayOfWeek.MONDAY));
        assertThat(average(orders.get(DayOfWeek.FRIDAY))).as("Friday against Monday's %s", monday)
                .isGreaterThan(monday * 1.15);
        assertThat(average(orders.get(DayOfWeek.SATURDAY))).as("Saturday against Monday's %s", monday)
                .isGreaterThan(monday * 1.15);
    }

    private static double average(int[] sum) {
        return sum[0] / (double) sum[1];
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(CLOCK.getZone()).toInstant();
    }
}
