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

class StationTicketTest {

    private static OrderItem line(String name, String station, boolean done, boolean held) {
        return new OrderItem(1, name, 1, BigDecimal.ONE, List.of(), "", BigDecimal.ONE, station, false, false, done,
                held);
    }

    private static OrderItem line(String name, String station) {
        return line(name, station, false, false);
    }

    private static Order order(OrderItem... items) {
        return new Order(7, "Table 1", 1, OrderStatus.PREPARING, 3, List.of(items), BigDecimal.TEN, "", false,
                OrderSource.SEED, Instant.EPOCH, Instant.EPOCH);
    }

    private static final Stations GRILL = Stations.parse("GRILL");

    @Test
    void aStationDisplayShowsItsLinesAndCountsTheOthersPerStation() {
        Order order = order(line("Steak Frites", "GRILL"), line("Lemonade", "BAR"), line("Espresso", "BAR"),
                line("Classic Burger", "GRILL"), line("Side Salad", "COLD"));
        StationTicket ticket = new StationTicket(order, GRILL);
        assertThat(ticket.shownLines()).containsExactly(1, 4);
        assertThat(ticket.elsewhere()).extracting(StationTicket.Progress::elsewhere)
                .containsExactly("+2 at BAR", "+1 at COLD");
        assertThat(new StationTicket(order, Stations.ALL).shownLines()).containsExactly(1, 2, 3, 4, 5);
        assertThat(new StationTicket(order, Stations.ALL).elsewhere()).isEmpty();
    }

    @Test
    void aBumpTakesThisStationsLinesNotDoneAndNotHeld() {
        Order order = order(line("Steak Frites", "GRILL", true, false), line("Lemonade", "BAR"),
                line("Classic Burger", "GRILL"), line("Grilled Salmon", "GRILL", false, true));
        assertThat(new StationTicket(order, GRILL).toBump()).containsExactly(3);
        assertThat(new StationTicket(order, Stations.parse("BAR,GRILL")).toBump()).containsExactly(2, 3);
    }

    @Test
    void aTicketLeavesAStationWhenItsLinesThereAreDoneButNotWhileOneIsHeld() {
        Order grillDone = order(line("Steak Frites", "GRILL", true, false), line("Lemonade", "BAR"));
        assertThat(new StationTicket(grillDone, GRILL).onScreen()).isFalse();
        assertThat(new StationTicket(grillDone, Stations.parse("BAR")).onScreen()).isTrue();
        assertThat(new StationTicket(grillDone, Stations.EXPO).onScreen()).isTrue();
        Order held = order(line("Steak Frites", "GRILL", false, true), line("Lemonade", "BAR"));
        assertThat(new StationTicket(held, GRILL).onScreen()).isTrue();
        assertThat(new StationTicket(held, GRILL).toBump()).isEmpty();
        Order noGrill = order(line("Lemonade", "BAR"));
        assertThat(new StationTicket(noGrill, GRILL).onScreen()).isFalse();
    }

    @Test
    void expoSeesEachStationsProgressHeldLinesAreNotLeft() {
        Order order = order(line("Steak Frites", "GRILL", true, false), line("Lemonade", "BAR"),
                line("Classic Burger", "GRILL", true, false), line("Tiramisu", "PASTRY", false, true),
                line("Espresso", "BAR", true, false));
        assertThat(new StationTicket(order, Stations.EXPO).progress()).extracting(StationTicket.Progress::chip)
                .containsExactly("GRILL ✓", "BAR 1 left", "PASTRY held");
        assertThat(new StationTicket(order, Stations.EXPO).progress()).extracting(StationTicket.Progress::done)
                .containsExactly(true, false, false);
        assertThat(new StationTicket(order, Stations.parse("BAR")).elsewhere())
                .extracting(StationTicket.Progress::elsewhere).containsExactly("GRILL ✓", "PASTRY held");
    }
}
