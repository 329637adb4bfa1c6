package com.bistro92.kitchen;

import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.TestApp;
import com.bistro92.order.Order;
import com.bistro92.order.OrderStatus;
import com.bistro92.orderstream.LocalOrderStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kitchen model against a real server, without the FX toolkit: its "FX thread" is a queue
 * that the test drains, so every step is deterministic.
 */
class KitchenModelTest {

    @TempDir
    Path data;
    TestApp app;
    final LinkedBlockingQueue<Runnable> fxQueue = new LinkedBlockingQueue<>();
    KitchenModel model;

    @BeforeEach
    void start() throws Exception {
        app = TestApp.start(data);
        model = new KitchenModel(new LocalOrderStream(app.app().orders(), app.app().events(),
                Executors.newVirtualThreadPerTaskExecutor()), Clock.systemDefaultZone(), fxQueue::add);
        assertThat(model.notLiveProperty().get()).as("the banner shows until the queue is loaded").isNotEmpty();
        model.start();
    }

    @AfterEach
    void stop() throws Exception {
        model.close();
        app.close();
    }

    /** Runs queued FX tasks until {@code done} holds; fails after 20 s. */
    private void runFxUntil(BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!done.getAsBoolean()) {
            Runnable task = fxQueue.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (task == null) {
                throw new AssertionError("Condition not met in time; tickets: " + model.tickets());
            }
            task.run();
        }
    }

    private Order ticket(long id) {
        return model.tickets().stream().filter(o -> o.id() == id).findFirst().orElse(null);
    }

    private OrderStatus stored(long id) {
        return app.app().orders().find(id).orElseThrow().status();
    }

    /** What the view does once a new card is on screen. */
    private void shownOnScreen(long id) throws InterruptedException {
        runFxUntil(() -> ticket(id) != null);
        model.shown(java.util.List.of(id));
        runFxUntil(() -> ticket(id).status() == OrderStatus.RECEIVED);
    }

    @Test
    void aNewOrderBecomesATicketAndIsMarkedReceivedOnceTheScreenShowsIt() throws Exception {
        runFxUntil(() -> model.notLiveProperty().get().isEmpty());
        long id = app.placeOrder("Table 4", "Classic Burger", 2).get("id").asLong();
        runFxUntil(() -> ticket(id) != null);
        assertThat(ticket(id).status()).as("the model writes nothing by itself").isEqualTo(OrderStatus.PLACED);
        assertThat(stored(id)).isEqualTo(OrderStatus.PLACED);
        shownOnScreen(id);
        assertThat(stored(id)).isEqualTo(OrderStatus.RECEIVED);
        assertThat(model.arrivalsProperty().get()).isEqualTo(1);
        assertThat(model.allDay()).containsExactly(new AllDay.Line("Classic Burger", 2));
    }

    @Test
    void bumpingWalksTheKitchenPathAndTheTicketLeavesAtReady() throws Exception {
        long id = app.placeOrder("Table 4", "Espresso", 1).get("id").asLong();
        shownOnScreen(id);
        model.bumpAt(1);
        runFxUntil(() -> ticket(id) != null && ticket(id).status() == OrderStatus.PREPARING);
        model.bumpAt(1);
        runFxUntil(() -> ticket(id) == null);
        assertThat(stored(id)).isEqualTo(OrderStatus.READY);
        assertThat(model.allDay()).isEmpty();
    }

    @Test
    void recallBringsBackTheLastTicketThatLeftAndUndoTakesBackABump() throws Exception {
        long id = app.placeOrder("Table 4", "Tiramisu", 1).get("id").asLong();
        shownOnScreen(id);
        model.bumpAt(1);
        runFxUntil(() -> ticket(id) != null && ticket(id).status() == OrderStatus.PREPARING);
        model.undo();
        shownOnScreen(id);
        model.bumpAt(1);
        runFxUntil(() -> ticket(id) != null && ticket(id).status() == OrderStatus.PREPARING);
        model.bumpAt(1);
        runFxUntil(() -> ticket(id) == null);
        model.recall();
        runFxUntil(() -> ticket(id) != null);
        assertThat(ticket(id).status()).isEqualTo(OrderStatus.PREPARING);
        assertThat(stored(id)).isEqualTo(OrderStatus.PREPARING);
    }

    @Test
    void aBumpThatLosesToAnotherScreenIsToldAndNothingIsOverwritten() throws Exception {
        long id = app.placeOrder("Table 4", "Lemonade", 1).get("id").asLong();
        shownOnScreen(id);
        Order seen = ticket(id);
        app.app().orders().changeStatus(id, OrderStatus.PREPARING, seen.version()).join();
        model.bump(seen);
        runFxUntil(() -> !model.noticeProperty().get().isEmpty());
        assertThat(model.noticeProperty().get()).contains("changed on another screen");
        assertThat(stored(id)).isEqualTo(OrderStatus.PREPARING);
        runFxUntil(() -> ticket(id).status() == OrderStatus.PREPARING);
    }

    @Test
    void recallReachesBackOnlyToTheLastTicketsThatLeftSoNothingGrowsAllDay() throws Exception {
        runFxUntil(() -> model.notLiveProperty().get().isEmpty());
        List<Long> ready = new ArrayList<>();
        for (int i = 0; i <= KitchenModel.RECALLABLE; i++) {
            long id = app.placeOrder("Table 4", "Espresso", 1).get("id").asLong();
            app.app().orders().changeStatus(id, OrderStatus.RECEIVED, 1).join();
            app.app().orders().changeStatus(id, OrderStatus.PREPARING, 2).join();
            app.app().orders().changeStatus(id, OrderStatus.READY, 3).join();
            ready.add(id);
        }
        runFxUntil(fxQueue::isEmpty);
        assertThat(model.tickets()).isEmpty();
        for (int i = 0; i < KitchenModel.RECALLABLE; i++) {
            long newest = ready.get(ready.size() - 1 - i);
            model.recall();
            runFxUntil(() -> ticket(newest) != null);
        }
        model.recall();
        assertThat(model.noticeProperty().get()).isEqualTo("Nothing to recall");
        assertThat(ticket(ready.getFirst())).as("the oldest ticket is past recall").isNull();
    }

    @Test
    void undoIsOnlyForARecentBump() throws Exception {
        model.undo();
        runFxUntil(() -> !model.noticeProperty().get().isEmpty());
        assertThat(model.noticeProperty().get()).isEqualTo("Nothing to undo");
        assertThat(KitchenModel.UNDO_WINDOW).isLessThanOrEqualTo(Duration.ofMinutes(1));
    }
}
