package com.bistro92.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bistro92.Bistro92;
import com.bistro92.CheapStart;
import com.bistro92.Options;
import com.bistro92.problem.Problem;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Status changes go through the writer: legal moves only, optimistic versions, one event each, after commit. */
class OrderLifecycleTest {

    @TempDir
    Path data;
    Bistro92 app;
    Orders orders;
    final List<OrderEvent> events = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        app = CheapStart.start(new Options(true, false, 0, data), Clock.systemDefaultZone());
        orders = app.orders();
        app.events().subscribe(OrderEvent.class, events::add);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private Order place() {
        return orders.place(new NewOrder("Table 9", List.of(new NewOrder.Line("Steak Frites", 1, "no salt")), "",
                OrderSource.STAFF, null)).join().order();
    }

    @Test
    void statusMovesAlongTheLifecycleAndEachMovePublishesOneEvent() {
        Order order = place();
        Order received = orders.changeStatus(order.id(), OrderStatus.RECEIVED, 1).join();
        Order preparing = orders.changeStatus(order.id(), OrderStatus.PREPARING, 2).join();
        Order ready = orders.changeStatus(order.id(), OrderStatus.READY, 3).join();
        Order delivered = orders.changeStatus(order.id(), OrderStatus.DELIVERED, 4).join();
        assertThat(List.of(received, preparing, ready, delivered)).extracting(Order::status)
                .containsExactly(OrderStatus.RECEIVED, OrderStatus.PREPARING, OrderStatus.READY, OrderStatus.DELIVERED);
        assertThat(delivered.version()).isEqualTo(5);
        assertThat(events).hasSize(5);
        assertThat(events.getFirst()).isInstanceOf(OrderEvent.Placed.class);
        assertThat(events.getLast()).isInstanceOfSatisfying(OrderEvent.StatusChanged.class,
                e -> assertThat(e.from()).isEqualTo(OrderStatus.READY));
        assertThat(events).extracting(OrderEvent::seq).isSorted().doesNotHaveDuplicates();
        assertThat(events.getLast().json()).contains("\"type\":\"order_updated\"").contains("\"status\":\"DELIVERED\"");
    }

    @Test
    void illegalTransitionIsRefusedWith409AndChangesNothing() {
        Order order = place();
        assertProblem(() -> orders.changeStatus(order.id(), OrderStatus.READY, 1).join(), 409);
        orders.changeStatus(order.id(), OrderStatus.CANCELLED, 1).join();
        assertProblem(() -> orders.changeStatus(order.id(), OrderStatus.RECEIVED, 2).join(), 409);
        assertThat(events).hasSize(2);
    }

    @Test
    void staleVersionIsAConflictAndTheFirstWriterWins() {
        Order order = place();
        var a = orders.changeStatus(order.id(), OrderStatus.RECEIVED, 1);
        var b = orders.changeStatus(order.id(), OrderStatus.RECEIVED, 1);
        assertThat(a.join().version()).isEqualTo(2);
        assertProblem(b::join, 409);
    }

    @Test
    void unknownOrderIs404() {
        assertProblem(() -> orders.changeStatus(424242, OrderStatus.RECEIVED, null).join(), 404);
    }

    @Test
    void theSameIdempotencyKeyReturnsTheFirstOrderAndADifferentBodyIsAConflict() {
        NewOrder request = new NewOrder("Table 2", List.of(new NewOrder.Line("Espresso", 2, "")), "", OrderSource.PAD,
                "pad-7-0001");
        Placement first = orders.place(request).join();
        Placement again = orders.place(request).join();
        assertThat(first.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(again.order()).isEqualTo(first.order());
        assertThat(orders.count()).isEqualTo(1);
        NewOrder changed = new NewOrder("Table 2", List.of(new NewOrder.Line("Espresso", 3, "")), "", OrderSource.PAD,
                "pad-7-0001");
        assertProblem(() -> orders.place(changed).join(), 409);
        assertThat(events).hasSize(1);
    }

    @Test
    void theSameKeySentManyTimesAtOnceMakesOneOrder() {
        NewOrder request = new NewOrder("Table 3", List.of(new NewOrder.Line("Iced Tea", 1, "")), "", OrderSource.PAD,
                "pad-3-burst");
        var futures = java.util.stream.IntStream.range(0, 20).mapToObj(i -> orders.place(request)).toList();
        assertThat(futures.stream().map(f -> f.join().order().id()).distinct()).hasSize(1);
        assertThat(futures.stream().filter(f -> f.join().created())).hasSize(1);
        assertThat(orders.count()).isEqualTo(1);
    }

    private static void assertProblem(Runnable call, int status) {
        assertThatThrownBy(call::run).isInstanceOf(CompletionException.class)
                .cause().isInstanceOfSatisfying(Problem.class, p -> assertThat(p.status()).isEqualTo(status));
    }
}
