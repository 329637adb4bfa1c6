package com.bistro92.order;

import static com.bistro92.db.Tables.CUSTOMER_ORDER;
import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.Bistro92;
import com.bistro92.CheapStart;
import com.bistro92.Options;
import com.bistro92.Refusals;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ticket changes through the writer: one event each, the status that follows the lines, and nothing on a refusal. */
class TicketChangesTest {

    @TempDir
    Path data;
    Bistro92 app;
    Orders orders;
    final List<OrderEvent> events = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        open();
    }

    private void open() throws Exception {
        app = CheapStart.start(new Options(true, false, 0, data), Clock.systemDefaultZone());
        orders = app.orders();
        app.events().subscribe(OrderEvent.class, events::add);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private Order place(String... items) {
        List<NewOrder.Line> lines = java.util.Arrays.stream(items).map(i -> new NewOrder.Line(i, 1, "")).toList();
        return orders.place(new NewOrder("Table 9", lines, "", OrderSource.STAFF, null)).join().order();
    }

    private Order change(TicketChange change, int version) {
        return orders.changeTicket(change, version).join();
    }

    @Test
    void theOnlyLineDoneTakesAPlacedOrderToReadyInOneEventReachingEveryStep() {
        Order order = place("Steak Frites");
        Order ready = change(TicketChange.done(order.id(), 1, null), 1);
        assertThat(ready.status()).isEqualTo(OrderStatus.READY);
        assertThat(ready.version()).isEqualTo(2);
        assertThat(events).hasSize(2);
        assertThat(events.getLast()).isInstanceOfSatisfying(OrderEvent.TicketChanged.class, e -> {
            assertThat(e.from()).isEqualTo(OrderStatus.PLACED);
            assertThat(e.closesOrder()).isFalse();
            assertThat(e.json()).contains("\"type\":\"order_updated\"", "\"status\":\"READY\"",
                    "\"change\":{\"kind\":\"LINES_DONE\",\"lines\":[1]}");
        });
        var reached = app.database().dsl().select(CUSTOMER_ORDER.RECEIVED_AT, CUSTOMER_ORDER.PREPARING_AT,
                CUSTOMER_ORDER.READY_AT).from(CUSTOMER_ORDER).where(CUSTOMER_ORDER.ID.eq(order.id())).fetchSingle();
        assertThat(reached.intoList()).doesNotContainNull();
    }

    @Test
    void firingALineOfAnOrderBumpedReadyPutsItBackOnTheKitchensQueue() {
        Order order = place("Classic Burger", "Tiramisu");
        change(TicketChange.hold(order.id(), List.of(2), null), 1);
        orders.changeStatus(order.id(), OrderStatus.RECEIVED, 2).join();
        orders.changeStatus(order.id(), OrderStatus.PREPARING, 3).join();
        orders.changeStatus(order.id(), OrderStatus.READY, 4).join();
        Order fired = change(TicketChange.fire(order.id(), List.of(2), null), 5);
        assertThat(fired.status()).isEqualTo(OrderStatus.PREPARING);
        assertThat(fired.items()).extracting(OrderItem::held).containsExactly(false, false);
    }

    @Test
    void aDeliveredOrderRefusesTicketChangesAndARefusalPublishesNothing() {
        Order order = place("Espresso");
        change(TicketChange.done(order.id(), 1, null), 1);
        orders.changeStatus(order.id(), OrderStatus.DELIVERED, 2).join();
        int before = events.size();
        assertThat(Refusals.of(() -> change(TicketChange.undone(order.id(), 1, null), 3)).status()).isEqualTo(409);
        assertThat(Refusals.of(() -> change(TicketChange.urgent(order.id(), true, null), 3)).status()).isEqualTo(409);
        assertThat(Refusals.of(() -> change(TicketChange.hold(order.id(), List.of(1), null), 3)).detail())
                .contains("DELIVERED", "can no longer be held");
        assertThat(events).hasSize(before);
        assertThat(orders.find(order.id()).orElseThrow().version()).isEqualTo(3);
    }

    @Test
    void doneHeldAndUrgentSurviveARestart() throws Exception {
        Order order = place("Classic Burger", "Tiramisu");
        change(TicketChange.done(order.id(), 1, null), 1);
        change(TicketChange.hold(order.id(), List.of(2), null), 2);
        change(TicketChange.urgent(order.id(), true, null), 3);
        app.close();
        open();
        Order back = orders.find(order.id()).orElseThrow();
        assertThat(back.items()).extracting(OrderItem::done).containsExactly(true, false);
        assertThat(back.items()).extracting(OrderItem::held).containsExactly(false, true);
        assertThat(back.urgent()).isTrue();
        assertThat(back.version()).isEqualTo(4);
        assertThat(back.status()).isEqualTo(OrderStatus.PREPARING);
    }
}
