package com.bistro92.journal;

import static com.bistro92.db.Tables.APP_META;
import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.SharedServerTest;
import com.bistro92.order.NewOrder;
import com.bistro92.order.OrderEvent;
import com.bistro92.order.OrderSource;
import com.bistro92.order.Placement;
import com.bistro92.problem.Problem;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The single writer's groups: a refused command leaves nothing behind, and the rest of its group goes on. */
class JournalTest extends SharedServerTest {

    private static NewOrder espresso(String table) {
        return new NewOrder(table, List.of(new NewOrder.Line("Espresso", 1, "")), "", OrderSource.SEED, null);
    }

    /** Holds the writer until released, so that everything submitted meanwhile forms one group. */
    private static CountDownLatch holdTheWriter(Journal journal) throws InterruptedException {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        journal.submit(tx -> {
            holding.countDown();
            try {
                return release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
        assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();
        return release;
    }

    @Test
    void aRefusedCommandInTheMiddleOfAGroupLeavesNothingAndTheOthersCommit() throws Exception {
        Journal journal = app.app().journal();
        List<OrderEvent> events = new CopyOnWriteArrayList<>();
        try (AutoCloseable subscription = journal.events().subscribe(OrderEvent.class, events::add)) {
            long seqBefore = journal.lastSeq();
            int metaBefore = app.rows("app_meta");
            CountDownLatch release = holdTheWriter(journal);
            CompletableFuture<Placement> first = app.app().orders().place(espresso("Table 1"));
            // writes a row and logs nothing, then changes its mind
            CompletableFuture<Object> refused = journal.submit(tx -> {
                tx.sql().insertInto(APP_META).set(APP_META.META_KEY, "refused.row").set(APP_META.META_VALUE, "x")
                        .execute();
                throw Problem.conflict("Refused", "changed its mind");
            });
            CompletableFuture<Placement> badOrder = app.app().orders().place(
                    new NewOrder("Table 2", List.of(new NewOrder.Line("Espresso", 1, "")), "", OrderSource.SEED, null, 424242));
            CompletableFuture<Placement> last = app.app().orders().place(espresso("A brand new patio"));
            release.countDown();

            assertThat(refused).failsWithin(Duration.ofSeconds(30));
            assertThat(badOrder).failsWithin(Duration.ofSeconds(30)).withThrowableThat().havingCause()
                    .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.status()).isEqualTo(409));
            Placement one = first.get(30, TimeUnit.SECONDS);
            Placement two = last.get(30, TimeUnit.SECONDS);
            assertThat(two.order().id()).as("ids follow commit order, without a gap for the refused").isEqualTo(
                    one.order().id() + 1);
            assertThat(app.rows("app_meta")).as("the refused command's row was rolled back").isEqualTo(metaBefore);
            assertThat(journal.lastSeq()).as("one event per committed order").isEqualTo(seqBefore + 2);
            assertThat(events).extracting(OrderEvent::seq).containsExactly(seqBefore + 1, seqBefore + 2);
            assertThat(app.get("/api/orders?table=A%20brand%20new%20patio").body()).hasSize(1);
        }
    }

    @Test
    void aCommandThatFailsUnexpectedlyIsAnsweredAndTheWriterGoesOn() throws Exception {
        Journal journal = app.app().journal();
        CompletableFuture<Object> broken = journal.submit(tx -> {
            throw new IllegalStateException("a bug");
        });
        assertThat(broken).failsWithin(Duration.ofSeconds(30)).withThrowableThat()
                .havingCause().isInstanceOf(IllegalStateException.class);
        assertThat(app.app().orders().place(espresso("Table 3")).get(30, TimeUnit.SECONDS).created()).isTrue();
    }
}
