package com.bistro92.report;

import static com.bistro92.report.Trade.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.TestApp;
import com.bistro92.TestClock;
import com.bistro92.bill.Bills;
import com.bistro92.bill.Payment;
import com.bistro92.bill.PaymentRequest;
import com.bistro92.bill.RefundRequest;
import com.bistro92.money.Money;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Currency;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The end-of-day report on a real database: every figure equals the day's rows added up in plain
 * Java, and the totals reconcile to the cent; on one hand-made day, and on every day of a
 * generated history, in the restaurant's zone and in zones half an hour off UTC.
 */
class ZReportTest {

    @TempDir
    Path data;
    final TestClock clock = new TestClock();
    TestApp app;
    Trade trade;
    LocalDate day;

    @BeforeEach
    void start() throws Exception {
        app = TestApp.start(data, clock);
        trade = new Trade(app, clock);
        day = LocalDate.now(clock).plusDays(1);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private DSLContext dsl() {
        return app.app().database().dsl();
    }

    @Test
    void aDaysReportAddsUpItsOrdersPaymentsVoidsAndCompsToTheCent() {
        trade.lunch(day);
        ZReport report = app.app().reports().of(day);

        ZReport.Totals t = report.totals();
        assertThat(t.orders()).isEqualTo(5);
        assertThat(t.voidedOrders()).isEqualTo(2);
        assertThat(t.gross()).isEqualByComparingTo("96.80");
        assertThat(t.voided()).isEqualByComparingTo("26.00");
        assertThat(t.comped()).isEqualByComparingTo("20.00");
        assertThat(t.revenue()).isEqualByComparingTo("50.80");
        assertThat(t.covers()).isEqualTo(6);
        assertThat(t.parties()).isEqualTo(2);
        assertThat(t.perCover()).isEqualByComparingTo("8.47");
        assertThat(t.averageCheck()).isEqualByComparingTo("16.93");

        assertThat(report.categories()).extracting(ZReport.CategorySales::category, ZReport.CategorySales::quantity,
                ZReport.CategorySales::amount).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Mains", 3, new BigDecimal("40.50")),
                org.assertj.core.groups.Tuple.tuple("Desserts", 1, new BigDecimal("7.50")),
                org.assertj.core.groups.Tuple.tuple("Drinks", 1, new BigDecimal("2.80")),
                org.assertj.core.groups.Tuple.tuple(ZReports.OPEN_ITEMS, 1, new BigDecimal("0.00")));
        assertThat(report.items()).extracting(ZReport.ItemSales::item).containsExactly("Margherita Pizza",
                "Classic Burger", "Tiramisu", "Espresso", "Birthday candle");

        assertThat(report.voids().count()).isEqualTo(2);
        assertThat(report.voids().entries()).extracting(ZReport.Adjustment::table, ZReport.Adjustment::reason,
                ZReport.Adjustment::amount, ZReport.Adjustment::askedBy, ZReport.Adjustment::approvedBy)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Table 3", "Wrong table", new BigDecimal("26.00"),
                                "Sam Rivera", "Alex Morgan"),
                        org.assertj.core.groups.Tuple.tuple("Table 2", "Guest left", new BigDecimal("0.00"),
                                "Alex Morgan", null));
        assertThat(report.comps().count()).isEqualTo(2);
        assertThat(report.comps().entries()).extracting(ZReport.Adjustment::item, ZReport.Adjustment::lineNo,
                ZReport.Adjustment::askedBy, ZReport.Adjustment::approvedBy).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Craft Beer", 2, "Alex Morgan", null),
                org.assertj.core.groups.Tuple.tuple("Lemon Tart", 1, "Sam Rivera", "Alex Morgan"));

        assertThat(report.payments().methods()).extracting(ZReport.MethodTotal::method, ZReport.MethodTotal::count,
                ZReport.MethodTotal::amount, ZReport.MethodTotal::tips).containsExactly(
                org.assertj.core.groups.Tuple.tuple("CARD", 1, new BigDecimal("36.30"), new BigDecimal("4.00")),
                org.assertj.core.groups.Tuple.tuple("CASH", 1, new BigDecimal("10.00"), new BigDecimal("0.00")));
        assertThat(report.payments().tips()).isEqualByComparingTo("4.00");

        assertThat(report.ticketTimes()).isEqualTo(new ZReport.TicketTimes(3, Duration.ofMinutes(16),
                Duration.ofMinutes(18), Duration.ofSeconds(19 * 60 + 36), Duration.ofMinutes(20)));
        assertThat(report.hours()).extracting(ZReport.HourSales::start, ZReport.HourSales::orders,
                ZReport.HourSales::revenue).containsExactly(
                org.assertj.core.groups.Tuple.tuple(LocalTime.of(11, 0), 2, new BigDecimal("43.30")),
                org.assertj.core.groups.Tuple.tuple(LocalTime.of(12, 0), 3, new BigDecimal("7.50")));
        assertThat(report.busiestHour().start()).isEqualTo(LocalTime.of(12, 0));

        ZReport.Reconciliation check = report.reconciliation();
        assertThat(check.balanced()).isTrue();
        assertThat(check.payments()).isEqualByComparingTo("46.30");
        assertThat(check.difference()).as("Table 2 still owes 4.50").isEqualByComparingTo("4.50");
        assertSameAsRecount(report, app.app().reports().zone());
    }

    @Test
    void refundsCountOnTheDayTheyAreGivenAndCashRefundsComeOutOfTheDrawer() {
        trade.at(day, LocalTime.of(19, 0));
        int table = trade.table("Table 6");
        trade.seat("Table 6", 2);
        long wine = trade.order("Table 6", Trade.line(2, "House Red Wine"), Trade.line(1, "Espresso"));
        Bills bills = app.app().bills();
        bills.pay(new PaymentRequest(table, Payment.Method.CASH, new BigDecimal("10.00"), new BigDecimal("1.00"),
                new BigDecimal("20.00"), trade.server)).join();
        bills.pay(new PaymentRequest(table, Payment.Method.CARD, new BigDecimal("7.00"), null, null, trade.server))
                .join();
        trade.at(day, LocalTime.of(19, 30));
        bills.refund(new RefundRequest(table, null, Payment.Method.CASH, new BigDecimal("2.00"), "Cold espresso",
                trade.server, trade.manager)).join();
        trade.comp(wine, 2, "Cold espresso", trade.server, trade.manager);

        ZReport report = app.app().reports().of(day);
        assertThat(report.payments().amount()).isEqualByComparingTo("17.00");
        assertThat(report.refunds().count()).isEqualTo(1);
        assertThat(report.refunds().amount()).isEqualByComparingTo("2.00");
        assertThat(report.refunds().entries()).extracting(ZReport.Refund::table, ZReport.Refund::method,
                ZReport.Refund::reason, ZReport.Refund::refundedBy, ZReport.Refund::approvedBy).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Table 6", "CASH", "Cold espresso", "Sam Rivera", "Alex Morgan"));
        assertThat(report.cashInDrawer()).as("10.00 and a 1.00 tip in, 2.00 out").isEqualByComparingTo("9.00");
        ZReport.Reconciliation check = report.reconciliation();
        assertThat(check.balanced()).isTrue();
        assertThat(check.kept()).isEqualByComparingTo("15.00");
        assertThat(check.difference()).as("the bill is settled: every sale kept, nothing owed")
                .isEqualByComparingTo("0.00");
        assertSameAsRecount(report, app.app().reports().zone());
        assertThat(app.app().reports().of(day.plusDays(1)).refunds().count()).isZero();
    }

    @Test
    void aDayWithNoBusinessIsAnEmptyBalancedReport() {
        trade.lunch(day);
        ZReport report = app.app().reports().of(day.plusDays(3));
        assertThat(report.totals()).isEqualTo(new ZReport.Totals(0, 0, money("0"), money("0"), money("0"),
                money("0"), 0, 0));
        assertThat(report.categories()).isEmpty();
        assertThat(report.hours()).isEmpty();
        assertThat(report.busiestHour()).isNull();
        assertThat(report.ticketTimes().tickets()).isZero();
        assertThat(report.ticketTimes().median()).isNull();
        assertThat(report.reconciliation().balanced()).isTrue();
        assertThat(report.reconciliation().difference()).isEqualByComparingTo("0");
    }

    @Test
    void theNextDaysReportHasOnlyWhatHappenedAfterMidnight() {
        trade.lunch(day);
        ZReport next = app.app().reports().of(day.plusDays(1));
        assertThat(next.totals().orders()).isEqualTo(1);
        assertThat(next.totals().revenue()).isEqualByComparingTo("2.80");
        assertThat(next.totals().covers()).isEqualTo(4);
        assertThat(next.payments().methods()).extracting(ZReport.MethodTotal::method).containsExactly("OTHER");
        assertThat(next.hours()).extracting(ZReport.HourSales::start).containsExactly(LocalTime.MIDNIGHT);
        assertSameAsRecount(next, app.app().reports().zone());
    }

    @Test
    void everyDayOfAGeneratedHistoryMatchesItsRowsAndTheDaysAddUpToAllOrders() {
        Random random = new Random(92);
        int days = 4;
        long started = System.nanoTime();
        int placed = new History(trade, random).play(day, days);
        long played = System.nanoTime() - started;
        assertThat(placed).as("orders placed").isGreaterThan(200);

        BigDecimal revenue = BigDecimal.ZERO;
        int orders = 0;
        long slowest = 0;
        for (LocalDate d = day; d.isBefore(day.plusDays(days + 1)); d = d.plusDays(1)) {
            long t0 = System.nanoTime();
            ZReport report = app.app().reports().of(d);
            slowest = Math.max(slowest, System.nanoTime() - t0);
            assertSameAsRecount(report, app.app().reports().zone());
            assertThat(report.reconciliation().balanced()).as("%s balances", d).isTrue();
            revenue = revenue.add(report.totals().revenue());
            orders += report.totals().orders();
        }
        assertThat(orders).isEqualTo(placed);
        assertThat(revenue).as("the days' net sales are all orders' totals less the voided")
                .isEqualByComparingTo(dsl().fetchSingle(
                        "SELECT SUM(total) FROM customer_order WHERE status <> 'CANCELLED'").get(0, BigDecimal.class));

        for (String zone : List.of("Asia/Kolkata", "America/St_Johns")) {
            ZoneId elsewhere = ZoneId.of(zone);
            ZReports there = new ZReports(dsl(), Clock.fixed(clock.instant(), elsewhere));
            for (LocalDate d = day; d.isBefore(day.plusDays(days + 1)); d = d.plusDays(1)) {
                assertSameAsRecount(there.of(d), elsewhere);
            }
        }
        System.out.printf("Z report: %d orders over %d days played in %d ms; slowest day's report %d ms%n", placed,
                days, played / 1_000_000, slowest / 1_000_000);
    }

    @Test
    void thePdfShowsTheDaysFiguresWhoApprovedWhatAndThatItBalances() throws Exception {
        trade.lunch(day);
        ZReport report = app.app().reports().of(day);
        Money euros = new Money(() -> Currency.getInstance("EUR"), Locale.UK);
        String text = pdfText(report, euros, 2);
        assertThat(text).contains("End-of-day report (Z)", "Net sales", "€50.80", "Gross €96.80", "Mains", "€40.50",
                "Birthday candle", "Wrong table", "Sam Rivera", "Alex Morgan", "Card", "€36.30", "€4.00",
                "19 min 36 s", "12:00-13:00", "busiest", "Balanced:", "Page 1 of 2");
        assertThat(text).as("what is still open").contains("€4.50");
    }

    @Test
    void aLongDayCarriesItsTablesOverPagesAndReplacesWhatTheFontCannotShow() throws Exception {
        trade.at(day, LocalTime.of(18, 0));
        List<com.bistro92.order.NewOrder.Line> lines = new ArrayList<>();
        for (int i = 1; i <= 99; i++) {
            lines.add(line(1, "Special %02d".formatted(i)));
        }
        trade.order("Table 7", lines.toArray(com.bistro92.order.NewOrder.Line[]::new));
        trade.order("Table 8", line(1, "Tea → Milk"), line(2, "Espresso"));
        Money rupees = new Money(() -> Currency.getInstance("INR"), Locale.forLanguageTag("en-IN"));
        assertThat(rupees.format(new BigDecimal("5.60"))).as("a sign Helvetica lacks").contains("₹");

        String text = pdfText(app.app().reports().of(day), rupees, 3);
        assertThat(text).contains("Sales by item (continued)", "Special 01", "Special 99", "Tea -> Milk",
                "INR 5.60", "Page 2 of").doesNotContain("₹");
    }

    @Test
    void theCsvIsUtf8WithABomOneRowPerFigureAndExactDecimals() throws Exception {
        trade.lunch(day);
        trade.at(day.plusDays(1), LocalTime.of(12, 0));
        long odd = trade.order("Table 9", line(1, "Fish, chips \"large\""), line(1, "Crème brûlée"));
        trade.comp(odd, 2, "=HYPERLINK(\"http://x\")", trade.manager, null);
        ZReport report = app.app().reports().of(day.plusDays(1));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ZReportCsv.write(report, Currency.getInstance("EUR"), bytes);
        byte[] raw = bytes.toByteArray();
        assertThat(Arrays.copyOf(raw, 3)).as("byte order mark").containsExactly(0xEF, 0xBB, 0xBF);
        String csv = new String(raw, StandardCharsets.UTF_8).substring(1);
        assertThat(csv).startsWith(String.join(",", ZReportCsv.COLUMNS) + "\r\n");

        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(rows).allSatisfy(r -> assertThat(r.size()).isEqualTo(ZReportCsv.COLUMNS.size()));
        assertThat(value(rows, "summary", "Net sales", "amount")).isEqualTo(report.totals().revenue().toPlainString());
        BigDecimal categories = rows.stream().filter(r -> r.get("section").equals("category"))
                .map(r -> new BigDecimal(r.get("amount"))).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(categories).isEqualByComparingTo(report.totals().revenue());
        assertThat(rows).filteredOn(r -> r.get("section").equals("item")).extracting(r -> r.get("name"))
                .contains("Fish, chips \"large\"", "Espresso");
        CSVRecord comp = rows.stream().filter(r -> r.get("section").equals("comp")).findFirst().orElseThrow();
        assertThat(comp.get("name")).isEqualTo("Crème brûlée");
        assertThat(comp.get("reason")).as("a formula is kept inert").isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(comp.get("asked_by")).isEqualTo("Alex Morgan");
        assertThat(value(rows, "report", "Currency", "detail")).isEqualTo("EUR");
        assertThat(value(rows, "reconciliation", "Balanced", "detail")).isEqualTo("yes");
        assertThat(value(rows, "reconciliation", "Net sales less payments kept", "amount"))
                .isEqualTo(report.reconciliation().difference().toPlainString());

        ByteArrayOutputStream lunchCsv = new ByteArrayOutputStream();
        ZReportCsv.write(app.app().reports().of(day), Currency.getInstance("EUR"), lunchCsv);
        List<CSVRecord> lunchRows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(lunchCsv.toString(StandardCharsets.UTF_8).substring(1))).getRecords();
        assertThat(lunchRows).filteredOn(r -> r.get("section").equals("void"))
                .extracting(r -> r.get("amount"), r -> r.get("asked_by"), r -> r.get("approved_by"), r -> r.get("reason"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("26.00", "Sam Rivera", "Alex Morgan", "Wrong table"),
                        org.assertj.core.groups.Tuple.tuple("0.00", "Alex Morgan", "", "Guest left"));
        assertThat(value(lunchRows, "ticket_time", "90th percentile", "seconds")).isEqualTo("1176.000");
        assertThat(value(lunchRows, "payment", "CARD", "tips")).isEqualTo("4.00");
    }

    private static String value(List<CSVRecord> rows, String section, String name, String column) {
        return rows.stream().filter(r -> r.get("section").equals(section) && r.get("name").equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + section + "/" + name)).get(column);
    }

    /** The PDF's text, read back with PDFBox, asserting that it has at least {@code pages} pages. */
    private static String pdfText(ZReport report, Money money, int pages) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ZReportPdf.write(report, money, Locale.UK, out);
        // kept for a look: target/z-report-N.pdf
        java.nio.file.Files.write(Path.of("target", "z-report-" + pages + ".pdf"), out.toByteArray());
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(pages);
            return new PDFTextStripper().getText(pdf);
        }
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount).setScale(2);
    }

    /** Every figure of {@code report} equals the plain recount of its day's rows. */
    private void assertSameAsRecount(ZReport report, ZoneId zone) {
        Recount expected = Recount.of(dsl(), report.day(), zone);
        String day = report.day() + " in " + zone;
        assertThat(report.totals()).as("totals of %s", day).isEqualTo(expected.totals);
        assertThat(byKey(report.categories(), ZReport.CategorySales::category)).as("categories of %s", day)
                .isEqualTo(expected.categories);
        assertThat(report.categories()).as("best selling first").isSortedAccordingTo(Recount.bestSellingFirst());
        assertThat(byKey(report.items(), i -> List.of(i.category(), i.item()))).as("items of %s", day)
                .isEqualTo(expected.items);
        assertThat(report.voids()).isEqualTo(new ZReport.Adjustments(expected.totals.voidedOrders(),
                expected.totals.voided(), expected.voids));
        assertThat(report.comps()).isEqualTo(new ZReport.Adjustments(expected.compedLines, expected.totals.comped(),
                expected.comps));
        assertThat(report.payments()).isEqualTo(new ZReport.Payments(
                expected.methods.values().stream().mapToInt(ZReport.MethodTotal::count).sum(),
                expected.paymentsTotal, expected.tips, new ArrayList<>(expected.methods.values())));
        assertThat(report.ticketTimes()).as("ticket times of %s", day).isEqualTo(expected.ticketTimes);
        assertThat(report.hours()).as("hours of %s", day).isEqualTo(expected.hours);
        assertThat(report.busiestHour()).isEqualTo(expected.busiest());
        assertThat(report.refunds().count()).isEqualTo(expected.refundMethods.values().stream()
                .mapToInt(ZReport.MethodRefunds::count).sum());
        assertThat(report.refunds().amount()).isEqualByComparingTo(expected.refundsTotal);
        assertThat(report.refunds().methods()).containsExactlyElementsOf(expected.refundMethods.values());
        assertThat(report.reconciliation()).isEqualTo(new ZReport.Reconciliation(expected.totals.revenue(),
                expected.totals.revenue(), expected.totals.revenue(), expected.totals.revenue(),
                expected.paymentsTotal, expected.refundsTotal,
                expected.totals.revenue().subtract(expected.paymentsTotal).add(expected.refundsTotal)));
    }

    private static <K, V> Map<K, V> byKey(List<V> values, Function<V, K> key) {
        return values.stream().collect(Collectors.toMap(key, Function.identity()));
    }
}
