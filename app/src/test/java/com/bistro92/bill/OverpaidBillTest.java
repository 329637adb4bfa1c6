package com.bistro92.bill;

import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.Refusals;
import com.bistro92.TestApp;
import com.bistro92.order.Adjustment;
import com.bistro92.order.OrderStatus;
import com.bistro92.order.Orders;
import com.bistro92.problem.Problem;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ways a void or a comp after a payment used to leave money unaccounted for, one test each: a
 * void or comp that would leave the bill overpaid is refused (409, saying by how much, and that the
 * money must be refunded first) and writes nothing.
 */
class OverpaidBillTest {

    static final int TABLE = 4;

    @TempDir
    Path data;
    TestApp app;
    Bills bills;
    Orders orders;

    @BeforeEach
    void start() throws Exception {
        app = TestApp.start(data);
        bills = app.app().bills();
        orders = app.app().orders();
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private long order(String items) throws Exception {
        TestApp.Reply placed = app.postJson("/api/order", "{\"table\": \"Table 4\", \"items\": " + items + "}");
        assertThat(placed.status()).isEqualTo(201);
        return placed.body().get("id").asLong();
    }

    private Bills.Paid card(String amount) {
        return bills.pay(new PaymentRequest(TABLE, Payment.Method.CARD, new BigDecimal(amount), null, null, null))
                .join();
    }

    private Bill bill() {
        return bills.bill(TABLE).orElseThrow();
    }

    /** The refusal says the bill would be overpaid, by how much, and that the money is refunded first. */
    private static void refusedAsOverpaid(Problem refused, String by) {
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.detail()).contains("overpaid by " + by).containsIgnoringCase("refund");
    }

    @Test
    void aVoidAfterPartOfTheOrderWasPaidIsRefusedUntilTheMoneyIsRefunded() throws Exception {
        app.app().sessions().seat(TABLE, 2).join();
        long espressos = order("[{\"name\": \"Espresso\", \"quantity\": 2}]");
        card("2.80");
        long seq = app.app().journal().lastSeq();

        Problem refused = Refusals.of(() -> orders.adjust(Adjustment.voidOrder(espressos, "Wrong table", null, null),
                null).join());

        refusedAsOverpaid(refused, "2.80");
        assertThat(orders.find(espressos).orElseThrow().status()).isEqualTo(OrderStatus.PLACED);
        assertThat(bill().balance()).isEqualByComparingTo("2.80");
        assertThat(app.rows("order_adjustment")).isZero();
        assertThat(app.app().journal().lastSeq()).as("no event published").isEqualTo(seq);
    }

    @Test
    void aCompThatWouldTakeTheTotalBelowWhatWasPaidIsRefused() throws Exception {
        app.app().sessions().seat(TABLE, 2).join();
        long id = order("[{\"name\": \"Tiramisu\", \"quantity\": 1}, {\"name\": \"Espresso\", \"quantity\": 2}]");
        card("12.60");

        Problem refused = Refusals.of(() -> orders.adjust(Adjustment.comp(id, 1, "Quality", null, null), null).join());

        refusedAsOverpaid(refused, "7.00");
        assertThat(orders.find(id).orElseThrow().items().getFirst().comped()).isFalse();
        assertThat(bill().balance()).isEqualByComparingTo("0.50");
        assertThat(app.rows("order_adjustment")).isZero();
    }

    @Test
    void aVoidOnATableClosedByItsFullPaymentIsRefused() throws Exception {
        app.app().sessions().seat(TABLE, 2).join();
        long id = order("[{\"name\": \"Espresso\", \"quantity\": 2}]");
        assertThat(card("5.60").closed()).isTrue();
        long seq = app.app().journal().lastSeq();

        TestApp.Reply voided = app.postJson("/api/v1/orders/" + id + "/void", "{\"reason\": \"Never came\"}");

        assertThat(voided.status()).isEqualTo(409);
        assertThat(voided.body().get("detail").asText()).contains("overpaid by 5.60").containsIgnoringCase("refund");
        assertThat(orders.find(id).orElseThrow().status()).isEqualTo(OrderStatus.PLACED);
        assertThat(app.app().journal().lastSeq()).isEqualTo(seq);
        assertThat(app.rows("order_adjustment")).isZero();
    }

    @Test
    void aCompRacingAPaymentNeverLeavesTheBalanceNegative() throws Exception {
        for (int round = 0; round < 6; round++) {
            app.app().sessions().seat(TABLE, 2).join();
            long id = order("[{\"name\": \"Tiramisu\", \"quantity\": 1}, {\"name\": \"Espresso\", \"quantity\": 2}]");
            PaymentRequest pay = new PaymentRequest(TABLE, Payment.Method.CARD, new BigDecimal("12.60"), null, null,
                    null);
            Adjustment comp = Adjustment.comp(id, 1, "Long wait", null, null);
            // both sent at once; half the rounds send the payment first, the others the comp
            CompletableFuture<Bills.Paid> paid;
            CompletableFuture<?> comped;
            if (round % 2 == 0) {
                paid = bills.pay(pay);
                comped = orders.adjust(comp, null);
            } else {
                comped = orders.adjust(comp, null);
                paid = bills.pay(pay);
            }
            CompletableFuture.allOf(paid, comped).exceptionally(failure -> null).join();
            assertThat(paid.isCompletedExceptionally() && comped.isCompletedExceptionally())
                    .as("one of the two goes through").isFalse();
            assertThat(paid.isCompletedExceptionally() || comped.isCompletedExceptionally())
                    .as("round %d: a comp and a payment that together overpay cannot both go through", round).isTrue();
            Bill bill = bill();
            assertThat(bill.balance().signum()).as("round %d: balance %s", round, bill.balance()).isNotNegative();
            app.app().sessions().close(TABLE).join();
        }
    }
}
