package com.bistro92.journal;

import static com.bistro92.db.Tables.CUSTOMER_ORDER;
import static com.bistro92.db.Tables.PAYMENT;
import static com.bistro92.db.Tables.REFUND;
import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.TestApp;
import com.bistro92.bill.Overpaid;
import com.bistro92.order.OrderEvent;
import com.bistro92.problem.Problem;
import com.bistro92.table.TableSessions;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rule on money is the journal's, not a handler's: any command, even one written around the
 * bill feature's own checks, that would leave a table session with payments − refunds outside
 * [0, total] is refused inside the writer's transaction, writes nothing and publishes nothing; and a
 * command that writes payments or an order's total without naming the bill is refused too.
 */
class MoneyRuleTest {

    static final int TABLE = 4;

    @TempDir
    Path data;
    TestApp app;
    Journal journal;
    long session;
    long order;
    final List<Event> published = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        app = TestApp.start(data);
        journal = app.app().journal();
        session = app.app().sessions().seat(TABLE, 2).join().id();
        order = app.placeOrder("Table 4", "Espresso", 2).get("id").asLong();
        journal.events().subscribe(e -> {
            synchronized (published) {
                published.add(e);
            }
        });
    }

    @AfterEach
    void stop() {
        app.close();
    }

    /** An event the test's commands log. */
    private record Note(long seq) implements LoggedEvent {
        @Override
        public String type() {
            return "note";
        }

        @Override
        public String json() {
            return "{\"type\":\"note\",\"seq\":" + seq + "}";
        }

        @Override
        public Integer tableId() {
            return null;
        }

        @Override
        public boolean staffOnly() {
            return true;
        }
    }

    /** A command that writes a payment as it likes, names the bill, and logs an event as a real one would. */
    private Command<Long> payment(long id, String amount, boolean name) {
        return tx -> {
            tx.sql().insertInto(PAYMENT).set(PAYMENT.ID, id).set(PAYMENT.SESSION_ID, session)
                    .set(PAYMENT.AMOUNT, new BigDecimal(amount)).set(PAYMENT.METHOD, "CARD")
                    .set(PAYMENT.PAID_AT, tx.now()).execute();
            if (name) {
                tx.changed(TableSessions.BILL, session);
            }
            tx.log(Note::new);
            return id;
        };
    }

    private Problem refused(CompletableFuture<?> command) {
        long seq = journal.lastSeq();
        int payments = app.rows("payment");
        int refunds = app.rows("refund");
        Throwable cause = null;
        try {
            command.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            cause = e.getCause();
        } catch (InterruptedException | TimeoutException e) {
            throw new AssertionError(e);
        }
        assertThat(cause).as("refused").isNotNull();
        assertThat(journal.lastSeq()).as("no event published").isEqualTo(seq);
        assertThat(app.rows("payment")).isEqualTo(payments);
        assertThat(app.rows("refund")).isEqualTo(refunds);
        return cause instanceof Problem p ? p : null;
    }

    @Test
    void aPaymentOfMoreThanTheBillIsRefusedWhateverCommandWritesIt() {
        Problem problem = refused(journal.submit(payment(9_001, "5.61", true)));
        assertThat(problem).isInstanceOf(Overpaid.class);
        assertThat(((Overpaid) problem).excess()).isEqualByComparingTo("0.01");
        assertThat(journal.submit(payment(9_002, "5.60", true)).join()).as("exactly the bill").isEqualTo(9_002);
        synchronized (published) {
            assertThat(published).filteredOn(Note.class::isInstance).hasSize(1);
        }
    }

    @Test
    void aRefundOfMoreThanWasPaidIsRefused() {
        journal.submit(payment(9_001, "2.00", true)).join();
        Problem problem = refused(journal.submit(tx -> {
            tx.sql().insertInto(REFUND).set(REFUND.ID, 1L).set(REFUND.SESSION_ID, session)
                    .set(REFUND.AMOUNT, new BigDecimal("2.01")).set(REFUND.METHOD, "CARD").set(REFUND.REASON, "x")
                    .set(REFUND.REFUNDED_AT, tx.now()).execute();
            tx.changed(TableSessions.BILL, session);
            return null;
        }));
        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.detail()).contains("more than the 2.00 paid");
    }

    @Test
    void anOrderRepricedBelowWhatWasPaidIsRefused() {
        journal.submit(payment(9_001, "5.00", true)).join();
        Problem problem = refused(journal.submit(tx -> {
            tx.sql().update(CUSTOMER_ORDER).set(CUSTOMER_ORDER.TOTAL, new BigDecimal("4.99"))
                    .where(CUSTOMER_ORDER.ID.eq(order)).execute();
            tx.changed(TableSessions.BILL, session);
            return null;
        }));
        assertThat(problem).isInstanceOf(Overpaid.class);
        assertThat(app.app().orders().find(order).orElseThrow().total()).isEqualByComparingTo("5.60");
    }

    @Test
    void aCommandThatWritesWhatTheRuleWatchesWithoutNamingTheBillIsRefused() {
        assertThat(refused(journal.submit(payment(9_001, "1.00", false)))).as("not a Problem: a fault").isNull();
        refused(journal.submit(tx -> {
            tx.sql().update(CUSTOMER_ORDER).set(CUSTOMER_ORDER.TOTAL, new BigDecimal("9.99"))
                    .where(CUSTOMER_ORDER.ID.eq(order)).execute();
            return null;
        }));
        refused(journal.submit(tx -> {
            tx.sql().deleteFrom(PAYMENT).execute();
            return null;
        }));
        assertThat(app.app().orders().find(order).orElseThrow().total()).isEqualByComparingTo("5.60");
    }

    @Test
    void aRefusedCommandLeavesTheOthersOfItsGroupAlone() {
        List<CompletableFuture<?>> sent = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            sent.add(journal.submit(payment(9_100 + i, "0.50", true)));
        }
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        // eleven payments of 0.50 would be 5.50; the twelfth 6.00 is more than the 5.60 bill
        assertThat(sent).filteredOn(f -> !f.isCompletedExceptionally()).hasSize(11);
        assertThat(app.rows("payment")).isEqualTo(11);
        assertThat(app.app().bills().bill(TABLE).orElseThrow().balance()).isEqualByComparingTo("0.10");
        synchronized (published) {
            assertThat(published).filteredOn(Note.class::isInstance).hasSize(11);
            assertThat(published).noneMatch(OrderEvent.class::isInstance);
        }
    }
}
