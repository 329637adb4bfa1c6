package com.bistro92.bill;

import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.Refusals;
import com.bistro92.TestApp;
import com.bistro92.journal.LogEntry;
import com.bistro92.order.Adjustment;
import com.bistro92.problem.Problem;
import com.bistro92.staff.Role;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A table's bill, and the payments that settle it and close the table; bad payments write nothing. */
class BillsTest {

    static final int TABLE = 4;

    @TempDir
    Path data;
    TestApp app;
    Bills bills;
    long first;
    long second;

    @BeforeEach
    void start() throws Exception {
        app = TestApp.start(data);
        bills = app.app().bills();
        app.app().sessions().seat(TABLE, 3, null).join();
        first = order("""
                [{"name": "Margherita Pizza", "quantity": 2}, {"name": "Espresso", "quantity": 1}]""");
        second = order("""
                [{"name": "Espresso", "quantity": 2}]""");
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private long order(String items) throws Exception {
        return app.postJson("/api/order", "{\"table\": \"Table 4\", \"items\": " + items + "}").body().get("id")
                .asLong();
    }

    private Bill bill() {
        return bills.bill(TABLE).orElseThrow();
    }

    private PaymentRequest cash(String amount, String tip, String tendered) {
        return new PaymentRequest(TABLE, Payment.Method.CASH, new BigDecimal(amount), new BigDecimal(tip),
                new BigDecimal(tendered), null);
    }

    private PaymentRequest card(String amount, String tip) {
        return new PaymentRequest(TABLE, Payment.Method.CARD, new BigDecimal(amount), new BigDecimal(tip), null, null);
    }

    @Test
    void theBillListsEveryLineShowsCompsAndVoidsAndTheTaxInsideThePrices() {
        app.setTax("10", true);
        app.app().orders().adjust(Adjustment.comp(first, 2, "Long wait", null, null), null).join();
        Bill bill = bill();
        assertThat(bill.lines()).extracting(Bill.Line::name)
                .containsExactly("Margherita Pizza", "Espresso", "Espresso");
        assertThat(bill.lines().get(1).comped()).isTrue();
        assertThat(bill.comps()).isEqualByComparingTo("2.80");
        // 26.00 + 5.60, with 10% inside: 2.87
        assertThat(bill.amounts()).isEqualTo(new Tax.Amounts(new BigDecimal("31.60"), new BigDecimal("2.87"),
                new BigDecimal("31.60")));

        app.app().orders().adjust(Adjustment.voidOrder(second, "Wrong table", null, null), null).join();
        Bill after = bill();
        assertThat(after.voided()).containsExactly(new Bill.Voided(second, new BigDecimal("5.60")));
        assertThat(after.lines()).hasSize(2);
        assertThat(after.balance()).isEqualByComparingTo("26.00");
    }

    @Test
    void taxAddedOnTopIsPartOfWhatIsPaid() {
        app.setTax("8.875", false);
        Bill bill = bill();
        assertThat(bill.amounts().subtotal()).isEqualByComparingTo("34.40");
        assertThat(bill.amounts().tax()).isEqualByComparingTo("3.05");
        assertThat(bill.balance()).isEqualByComparingTo("37.45");
        assertThat(Refusals.of(() -> bills.pay(card("37.46", "0")).join()).errors().getFirst().message())
                .contains("37.45 still to pay");
        assertThat(bills.pay(card("37.45", "5")).join().closed()).isTrue();
    }

    @Test
    void paymentsAddUpAndTheOneThatSettlesTheBillClosesTheTable() {
        long before = app.app().journal().lastSeq();
        Bills.Paid card = bills.pay(card("20.00", "3.00")).join();
        assertThat(card.balance()).isEqualByComparingTo("14.40");
        assertThat(card.closed()).isFalse();
        assertThat(app.app().sessions().isSeated(TABLE)).isTrue();

        Bills.Paid cash = bills.pay(cash("14.40", "0.60", "20.00")).join();
        assertThat(cash.payment().change()).isEqualByComparingTo("5.00");
        assertThat(cash.balance()).isEqualByComparingTo("0.00");
        assertThat(cash.closed()).isTrue();
        assertThat(app.app().sessions().isSeated(TABLE)).isFalse();
        List<String> log = app.app().journal().replay(before, 10).stream().map(LogEntry::json).toList();
        assertThat(log).hasSize(3);
        assertThat(log.get(0)).startsWith("{\"type\":\"payment_recorded\"").contains("\"balance\":14.40");
        assertThat(log.get(2)).startsWith("{\"type\":\"table_closed\"");
        assertThat(app.rows("payment")).isEqualTo(2);
    }

    @Test
    void badPaymentsAreRefusedWithNothingWritten() {
        int sam = app.app().staff().add("Sam", Role.SERVER, null).join().member().id();
        int kim = app.app().staff().add("Kim", Role.KITCHEN, null).join().member().id();
        long before = app.app().journal().lastSeq();
        assertThat(Refusals.of(() -> bills.pay(cash("10.00", "0", "9.99")).join()).errors())
                .extracting(Problem.FieldError::field).containsExactly("tendered");
        assertThat(Refusals.of(() -> bills.pay(card("0", "0")).join()).errors())
                .extracting(Problem.FieldError::field).containsExactly("amount");
        assertThat(Refusals.of(() -> bills.pay(card("1.001", "-1")).join()).errors())
                .extracting(Problem.FieldError::field).containsExactly("amount", "tip");
        assertThat(Refusals.of(() -> bills.pay(new PaymentRequest(TABLE, Payment.Method.CARD, BigDecimal.ONE, null,
                BigDecimal.TEN, null)).join()).errors()).extracting(Problem.FieldError::field)
                .containsExactly("tendered");
        assertThat(Refusals.of(() -> bills.pay(new PaymentRequest(TABLE, Payment.Method.CARD, BigDecimal.ONE, null,
                null, kim)).join()).status()).as("the kitchen takes a payment").isEqualTo(403);
        assertThat(Refusals.of(() -> bills.pay(new PaymentRequest(1, Payment.Method.CARD, BigDecimal.ONE, null,
                null, sam)).join()).status()).as("a table nobody sits at").isEqualTo(409);
        assertThat(app.app().journal().lastSeq()).isEqualTo(before);
        assertThat(app.rows("payment")).isZero();
        assertThat(bills.pay(new PaymentRequest(TABLE, Payment.Method.OTHER, BigDecimal.ONE, null, null, sam)).join()
                .payment().staffId()).isEqualTo(sam);
    }

    @Test
    void theApiShowsTheBillAndTakesPaymentsForStaffOnly() throws Exception {
        TestApp.Reply bill = app.get("/api/v1/tables/4/bill");
        assertThat(bill.status()).isEqualTo(200);
        assertThat(bill.body().get("bill").get("amounts").get("total").decimalValue()).isEqualByComparingTo("34.40");
        assertThat(bill.body().get("bill").get("lines")).hasSize(3);
        assertThat(bill.body().get("balance").decimalValue()).isEqualByComparingTo("34.40");
        assertThat(app.get("/api/v1/tables/1/bill").status()).as("nobody seated").isEqualTo(404);

        TestApp.Reply bad = app.postJson("/api/v1/tables/4/payments", "{\"method\":\"CHEQUE\",\"amount\":5}");
        assertThat(bad.status()).isEqualTo(422);
        TestApp.Reply asString = app.postJson("/api/v1/tables/4/payments", "{\"method\":\"CARD\",\"amount\":\"5\"}");
        assertThat(asString.status()).as("money sent as a string").isEqualTo(400);
        TestApp.Reply anonymous = app.sendAnonymous(app.post("/api/v1/tables/4/payments",
                "{\"method\":\"CARD\",\"amount\":5}", "application/json"));
        assertThat(anonymous.status()).isEqualTo(403);
        assertThat(app.rows("payment")).isZero();

        TestApp.Reply paid = app.postJson("/api/v1/tables/4/payments",
                "{\"method\":\"CASH\",\"amount\":34.40,\"tip\":1.60,\"tendered\":40}");
        assertThat(paid.status()).isEqualTo(201);
        assertThat(paid.body().get("closed").asBoolean()).isTrue();
        assertThat(paid.body().get("change").decimalValue()).isEqualByComparingTo("4.00");
        assertThat(paid.body().get("payment").get("tendered").decimalValue()).isEqualByComparingTo("40.00");
    }
}
