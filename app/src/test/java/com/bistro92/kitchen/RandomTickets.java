package com.bistro92.kitchen;

import com.bistro92.order.Order;
import com.bistro92.order.OrderItem;
import com.bistro92.order.OrderSource;
import com.bistro92.order.OrderStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Made-up tickets and changes to them, from a seed, for the property-style kitchen tests. */
final class RandomTickets {

    private static final List<String> ITEMS = List.of("Classic Burger", "Truffle Fries", "Espresso",
            "Caesar Salad", "Tiramisu", "Lemonade");
    /** Each item's kitchen station, in the order of {@link #ITEMS}. */
    private static final List<String> STATIONS = List.of("GRILL", "FRY", "BAR", "COLD", "PASTRY", "BAR");
    private static final List<OrderStatus> OPEN = List.of(OrderStatus.PLACED, OrderStatus.RECEIVED,
            OrderStatus.PREPARING);

    private final Random random;

    RandomTickets(long seed) {
        random = new Random(seed);
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /** A new open ticket, placed at one of a few instants so that some share their time. */
    Order newTicket(long id) {
        List<OrderItem> items = new ArrayList<>();
        for (int i = random.nextInt(4); i >= 0; i--) {
            items.add(item());
        }
        return order(id, OPEN.get(random.nextInt(OPEN.size())), 1, items, random.nextInt(8) == 0,
                Instant.EPOCH.plusSeconds(random.nextInt(50)));
    }

    /** The same ticket one version on: a line done, held or fired, a rush, or a new status. */
    Order changed(Order o) {
        List<OrderItem> items = new ArrayList<>(o.items());
        int line = random.nextInt(items.size());
        boolean urgent = o.urgent();
        OrderStatus status = o.status();
        switch (random.nextInt(4)) {
            case 0 -> items.set(line, flags(items.get(line), !items.get(line).done(), items.get(line).held()));
            case 1 -> items.set(line, flags(items.get(line), items.get(line).done(), !items.get(line).held()));
            case 2 -> urgent = !urgent;
            default -> status = OPEN.get(random.nextInt(OPEN.size()));
        }
        return order(o.id(), status, o.version() + 1, items, urgent, o.createdAt());
    }

    /** The ticket leaving the queue, one version on. */
    static Order ready(Order o) {
        return order(o.id(), OrderStatus.READY, o.version() + 1, o.items(), o.urgent(), o.createdAt());
    }

    private OrderItem item() {
        int which = random.nextInt(ITEMS.size());
        return flags(new OrderItem(1, ITEMS.get(which), 1 + random.nextInt(3), BigDecimal.ONE,
                List.of(), "", BigDecimal.ONE, STATIONS.get(which), false), random.nextInt(5) == 0,
                random.nextInt(6) == 0);
    }

    private static OrderItem flags(OrderItem i, boolean done, boolean held) {
        return new OrderItem(i.menuItemId(), i.name(), i.quantity(), i.unitPrice(), i.modifiers(), i.instructions(),
                i.lineTotal(), i.station(), i.openItem(), false, done, held);
    }

    private static Order order(long id, OrderStatus status, int version, List<OrderItem> items, boolean urgent,
                               Instant createdAt) {
        return new Order(id, "Table " + (id % 12 + 1), 1, status, version, List.copyOf(items), BigDecimal.TEN, "",
                false, OrderSource.SEED, createdAt, createdAt, urgent);
    }
}
