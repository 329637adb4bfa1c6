package com.bistro92.pad.rush;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MenuMixTest {

    @Test
    void ordersAreDeterministicAndUseOnlyTheMix() {
        MenuMix mix = new MenuMix(List.of("A", "B", "C", "D"));

        for (long n = 0; n < 100; n++) {
            OrderRequest order = mix.order(n);
            assertEquals(order, mix.order(n));
            assertTrue(order.items().size() >= 1 && order.items().size() <= 3);
            assertEquals(order.items().size(), order.items().stream().map(OrderRequest.Line::name).distinct().count());
            order.items().forEach(line -> assertTrue(List.of("A", "B", "C", "D").contains(line.name())));
            order.items().forEach(line -> assertTrue(line.quantity() == 1 || line.quantity() == 2));
        }
    }

    @Test
    void ordersSpreadOverTwelveTables() {
        MenuMix mix = new MenuMix(MenuMix.DEMO_ITEMS);

        assertEquals("Table 1", mix.order(0).table());
        assertEquals("Table 12", mix.order(11).table());
        assertEquals("Table 1", mix.order(12).table());
    }

    @Test
    void aSingleItemMixGivesSingleLineOrders() {
        MenuMix mix = new MenuMix(List.of("Lemonade"));

        assertEquals(List.of(new OrderRequest.Line("Lemonade", 1)), mix.order(2).items());
    }
}
