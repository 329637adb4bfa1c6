package com.bistro92.bill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.bistro92.Refusals;
import com.bistro92.TestApp;
import com.bistro92.journal.LogEntry;
import com.bistro92.order.Adjustment;
import com.bistro92.order.OrderStatus;
import com.bistro92.money.Money;
import com.bistro92.staff.Role;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Refunds: money given back in the way it was paid, never more than was paid that way, with its
 * reason, who gave it and the manager who approved it; then the void or comp that waited for it
 * goes through. Bad refunds are refused with nothing written, through the suite and the API.
 */
class RefundTest {

    static final int TABLE = 4;

    @TempDir
    Path data;
    TestApp app;
    Bills bills;
    int manager;
    int server;
    long espressos;

    @BeforeEach
    void start() throws Exception {
        app = TestApp.start(data);
        bills = app.app().bills();
        manager = app.app().staff().add("Alex", Role.MANAGER, null).join().member().id();
        server = app.app().staff().add("Sam", Role.SERVER, null).join().member().id();
        app.app().sessions().seat(TABLE, 2).join();
        espressos = order("[{\"name\": \"Espresso\", \"quantity\": 2}]");
        order("[{\"name\": \"Tiramisu\", \"quantity\": 1}]");
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private long order(String items) throws Exception {
        return app.postJson("/api/order", "{\"table\": \"Table 4\", \"items\": " + items + "}").body().get("id")
                .asLong();
    }

    private void pay(Payment.Method method, String amount) {
        bills.pay(new PaymentRequest(TABLE, method, new BigDecimal(amount), null,
                method == Payment.Method.CASH ? new BigDecimal(amount) : null, null)).join();
    }

    private RefundRequest refund(Payment.Method method, String amount, Integer by, Integer approvedBy) {
        return new RefundRequest(TABLE, null, method, new BigDecimal(amount), "Espressos never came", by, approvedBy);
    }

    private Bill bill() {
        return bills.bill(TABLE).orElseThrow();
    }

    @Test
    void aRefundGivesTheMoneyBackAndThenTheVoidThatWaitedForItGoesThrough() {
        pay(Payment.Method.CARD, "10.00");
        pay(Payment.Method.CASH, "3.00");
        Adjustment voidIt = Adjustment.voidOrder(espressos, "Never came", server, manager);
        Overpaid refused = (Overpaid) Refusals.of(() -> app.app().orders().adjust(voidIt, null).join());
        assertThat(refused.excess()).isEqualByComparingTo("5.50");

        long before = app.app().journal().lastSeq();
        Bills.Refunded refunded = bills.refund(refund(Payment.Method.CASH, "3.00", server, manager)).join();
        assertThat(refunded.balance()).isEqualByComparingTo("3.10");
        bills.refund(refund(Payment.Method.CARD, "2.50", server, manager)).join();
        assertThat(app.app().orders().adjust(voidIt, null).join().status()).isEqualTo(OrderStatus.CANCELLED);

        Bill bill = bill();
        assertThat(bill.amounts().total()).isEqualByComparingTo("7.50");
        assertThat(bill.paid()).isEqualByComparingTo("13.00");
        assertThat(bill.refunded()).isEqualByComparingTo("5.50");
        assertThat(bill.balance()).isEqualByComparingTo("0.00");
        assertThat(bill.refunds()).extracting(Refund::method, Refund::amount, Refund::reason, Refund::staffId,
                        Refund::approvedBy)
                .containsExactly(
                        tuple(Payment.Method.CASH, new BigDecimal("3.00"),
                                "Espressos never came", server, manager),
                        tuple(Payment.Method.CARD, new BigDecimal("2.50"),
                                "Espressos never came", server, manager));
        List<String> log = app.app().journal().replay(before, 10).stream().map(LogEntry::json).toList();
        assertThat(log.getFirst()).startsWith("{\"type\":\"refund_recorded\"").contains("\"method\":\"CASH\"")
                .contains("\"by\":" + server + ",\"approved_by\":" + manager).endsWith("\"balance\":3.10}");
        assertThat(app.app().journal().replay(before, 10)).filteredOn(e -> e.json().contains("refund_recorded"))
                .hasSize(2).allSatisfy(e -> assertThat(e.staffOnly()).as("pads never hear of refunds").isTrue());

        Receipt receipt = Receipt.of(bill, new Money(() -> Currency.getInstance("EUR"), Locale.UK), Instant.now(),
                ZoneOffset.UTC);
        assertThat(receipt.rows()).extracting(Receipt.Row::left, Receipt.Row::right)
                .contains(tuple("Refund · Cash", "-€3.00"),
                        tuple("  Espressos never came", ""));
    }

    @Test
    void aRefundNeverGivesBackMoreThanWasPaidThatWay() {
        pay(Payment.Method.CARD, "5.00");
        long seq = app.app().journal().lastSeq();
        assertThat(Refusals.of(() -> bills.refund(refund(Payment.Method.CARD, "5.01", manager, null)).join())
                .errors()).singleElement().satisfies(e -> {
                    assertThat(e.field()).isEqualTo("amount");
                    assertThat(e.message()).contains("5.00 paid by card");
                });
        assertThat(Refusals.of(() -> bills.refund(refund(Payment.Method.CASH, "1.00", manager, null)).join())
                .errors().getFirst().message()).as("cash back for a card payment")
                .contains("nothing was paid by cash");
        bills.refund(refund(Payment.Method.CARD, "4.00", manager, null)).join();
        assertThat(Refusals.of(() -> bills.refund(refund(Payment.Method.CARD, "1.01", manager, null)).join())
                .errors().getFirst().message()).contains("1.00 paid by card and not yet refunded");
        assertThat(app.rows("refund")).isEqualTo(1);
        assertThat(app.app().journal().lastSeq()).isEqualTo(seq + 1);
        assertThat(bill().balance()).isEqualByComparingTo("12.10");
    }

    @Test
    void aServerRefundsOnlyWithAManagersApprovalAndTheKitchenNotAtAll() {
        pay(Payment.Method.CARD, "5.00");
        int kim = app.app().staff().add("Kim", Role.KITCHEN, null).join().member().id();
        assertThat(Refusals.of(() -> bills.refund(refund(Payment.Method.CARD, "1.00", server, null)).join())
                .status()).isEqualTo(403);
        assertThat(Refusals.of(() -> bills.refund(refund(Payment.Method.CARD, "1.00", server, kim)).join())
                .status()).as("approved by the kitchen").isEqualTo(403);
        assertThat(Refusals.of(() -> bills.refund(refund(Payment.Method.CARD, "1.00", kim, null)).join())
                .status()).isEqualTo(403);
        assertThat(app.rows("refund")).isZero();
        assertThat(bills.refund(refund(Payment.Method.CARD, "1.00", manager, null)).join().refund().approvedBy())
                .as("a manager refunds alone").isNull();
    }

    @Test
    void aClosedBillIsRefundedByNamingItAndThenAVoidOnItFits() throws Exception {
        long session = bill().sessionId();
        pay(Payment.Method.CARD, "13.10");
        assertThat(app.app().sessions().isSeated(TABLE)).as("paid in full, the table closed").isFalse();
        assertThat(Refusals.of(() -> bills.refund(refund(Payment.Method.CARD, "5.60", manager, null)).join())
                .status()).as("nobody seated, no bill named").isEqualTo(409);
        assertThat(Refusals.of(() -> bills.refund(new RefundRequest(3, session, Payment.Method.CARD,
                new BigDecimal("5.60"), "Wrong table", manager, null)).join()).status())
                .as("another table's bill").isEqualTo(404);

        TestApp.Reply refunded = app.postJson("/api/v1/tables/4/refunds",
                "{\"method\":\"CARD\",\"amount\":5.60,\"reason\":\"Never came\",\"session_id\":" + session + "}");
        assertThat(refunded.status()).isEqualTo(201);
        assertThat(refunded.body().get("balance").decimalValue()).isEqualByComparingTo("5.60");
        app.app().orders().adjust(Adjustment.voidOrder(espressos, "Never came", manager, null), null).join();
        Bill closed = bills.ofSession(session).orElseThrow();
        assertThat(closed.balance()).isEqualByComparingTo("0.00");
        assertThat(closed.refunded()).isEqualByComparingTo("5.60");
    }

    @Test
    void theApiRefundsForStaffOnlyAndRefusesBadInputWithNothingWritten() throws Exception {
        pay(Payment.Method.CASH, "10.00");
        long seq = app.app().journal().lastSeq();
        for (String bad : List.of("{\"method\":\"CHEQUE\",\"amount\":1,\"reason\":\"x\"}",
                "{\"method\":\"CASH\",\"amount\":-1,\"reason\":\"Sent back\"}",
                "{\"method\":\"CASH\",\"amount\":1.001,\"reason\":\"Sent back\"}",
                "{\"method\":\"CASH\",\"amount\":1}",
                "{\"method\":\"CASH\",\"amount\":1,\"reason\":\"" + "x".repeat(201) + "\"}",
                "{\"method\":\"CASH\",\"amount\":1,\"reason\":\"bad\\u202Etext\"}",
                "{\"method\":\"CASH\",\"amount\":10.01,\"reason\":\"Sent back\"}",
                "{\"method\":\"CARD\",\"amount\":1,\"reason\":\"Sent back\"}",
                "{\"method\":\"CASH\",\"amount\":99999999999999,\"reason\":\"Sent back\"}")) {
            TestApp.Reply reply = app.postJson("/api/v1/tables/4/refunds", bad);
            assertThat(reply.status()).as(bad).isEqualTo(422);
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(app.postJson("/api/v1/tables/4/refunds", "{\"method\":\"CASH\",\"amount\":\"1\",\"reason\":\"x\"}")
                .status()).as("money sent as a string").isEqualTo(400);
        assertThat(app.postJson("/api/v1/tables/1/refunds", "{\"method\":\"CASH\",\"amount\":1,\"reason\":\"x\"}")
                .status()).as("nobody seated").isEqualTo(409);
        assertThat(app.postJson("/api/v1/tables/4/refunds", "{\"method\":\"CASH\",\"amount\":1,\"reason\":\"x\","
                + "\"session_id\":424242}").status()).as("no such bill").isEqualTo(404);
        TestApp.Reply anonymous = app.sendAnonymous(app.post("/api/v1/tables/4/refunds",
                "{\"method\":\"CASH\",\"amount\":1,\"reason\":\"Sent back\"}", "application/json"));
        assertThat(anonymous.status()).isEqualTo(403);
        assertThat(app.rows("refund")).isZero();
        assertThat(app.app().journal().lastSeq()).isEqualTo(seq);

        TestApp.Reply done = app.postJson("/api/v1/tables/4/refunds",
                "{\"method\":\"cash\",\"amount\":2.80,\"reason\":\"Sent back\"}");
        assertThat(done.status()).isEqualTo(201);
        assertThat(done.body().get("refund").get("amount").decimalValue()).isEqualByComparingTo("2.80");
        assertThat(done.body().get("balance").decimalValue()).isEqualByComparingTo("5.90");
        TestApp.Reply bill = app.get("/api/v1/tables/4/bill");
        assertThat(bill.body().get("refunded").decimalValue()).isEqualByComparingTo("2.80");
        assertThat(bill.body().get("bill").get("refunds")).hasSize(1);
        assertThat(bill.body().get("balance").decimalValue()).isEqualByComparingTo("5.90");
    }
}
