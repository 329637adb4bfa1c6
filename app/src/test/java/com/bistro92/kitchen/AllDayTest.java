package com.bistro92.kitchen;

import com.bistro92.menu.Stations;

import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.order.Order;
import com.bistro92.order.OrderItem;
import com.bistro92.order.OrderSource;
import com.bistro92.order.OrderStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AllDayTest {

    private static OrderItem item(String name, int quantity) {
        return new OrderItem(1, name, quantity, BigDecimal.ONE, List.of(), "", BigDecimal.ONE, "GRILL", false);
    }

    private static Order order(long id, OrderItem... items) {
        return new Order(id, "Table 1", 1, OrderStatus.RECEIVED, 2, List.of(items), BigDecimal.TEN, "", false,
                OrderSource.SEED, Instant.EPOCH, Instant.EPOCH);
    }

    @Test
    void sumsQuantitiesPerItemAcrossTicketsMostFirst() {
        List<AllDay.Line> lines = AllDay.of(List.of(
                order(1, item("Classic Burger", 2), item("Truffle Fries", 1)),
                order(2, item("Classic Burger", 1), item("Espresso", 3)),
                order(3, item("Truffle Fries", 1))));
        assertThat(lines).containsExactly(
                new AllDay.Line("Classic Burger", 3),
                new AllDay.Line("Espresso", 3),
                new AllDay.Line("Truffle Fries", 2));
    }

    @Test
    void linesDoneOrHeldAreNotPending() {
        OrderItem burger = item("Classic Burger", 2);
        OrderItem done = new OrderItem(1, "Classic Burger", 1, BigDecimal.ONE, List.of(), "", BigDecimal.ONE, "GRILL",
                false, false, true, false);
        OrderItem held = new OrderItem(1, "Tiramisu", 1, BigDecimal.ONE, List.of(), "", BigDecimal.ONE, "PASTRY",
                false, false, false, true);
        assertThat(AllDay.of(List.of(order(1, burger, done, held))))
                .containsExactly(new AllDay.Line("Classic Burger", 2));
    }

    @Test
    void aStationDisplayCountsOnlyItsStationsLines() {
        OrderItem lemonade = new OrderItem(2, "Lemonade", 2, BigDecimal.ONE, List.of(), "", BigDecimal.ONE, "BAR",
                false);
        List<Order> tickets = List.of(order(1, item("Classic Burger", 2), lemonade), order(2, lemonade));
        assertThat(AllDay.of(tickets, Stations.parse("BAR"))).containsExactly(new AllDay.Line("Lemonade", 4));
        assertThat(AllDay.of(tickets, Stations.parse("GRILL"))).containsExactly(new AllDay.Line("Classic Burger", 2));
        assertThat(AllDay.of(tickets, Stations.EXPO)).hasSize(2);
    }

    @Test
    void noTicketsMeansNothingPending() {
        assertThat(AllDay.of(List.of())).isEmpty();
    }
}
