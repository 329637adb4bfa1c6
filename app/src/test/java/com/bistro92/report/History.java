package com.bistro92.report;

import com.bistro92.order.NewOrder;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random days of business, reproducible from the seed: parties seated and paid (some leave a bill
 * open), orders every few minutes from late morning to after midnight, the kitchen bumping them,
 * and now and then a void, a comp, or an item that is not on the menu.
 */
public final class History {

    private static final List<String> MENU = List.of("Garlic Bread", "Caesar Salad", "Tomato Soup", "Crispy Calamari",
            "Classic Burger", "Margherita Pizza", "Grilled Salmon", "Steak Frites", "Mushroom Risotto", "Truffle Fries",
            "Side Salad", "Chocolate Lava Cake", "Tiramisu", "Lemonade", "Espresso", "Cappuccino", "House Red Wine",
            "Craft Beer", "Sparkling Water");
    private static final List<String> METHODS = List.of("CASH", "CARD", "CARD", "OTHER");

    private final Trade trade;
    private final Random random;
    private final Map<String, Long> seated = new HashMap<>();
    private final Map<String, BigDecimal> owed = new HashMap<>();
    private final Deque<Long> kitchen = new ArrayDeque<>();
    private int placed;

    public History(Trade trade, Random random) {
        this.trade = trade;
        this.random = random;
    }

    /** Plays {@code days} days from {@code first}; returns how many orders were placed. */
    public int play(LocalDate first, int days) {
        for (int d = 0; d < days; d++) {
            LocalDate day = first.plusDays(d);
            trade.at(day, LocalTime.of(11, random.nextInt(60)));
            LocalTime closing = LocalTime.of(23, 30);
            while (trade.clock.instant().isBefore(day.atTime(closing).atZone(trade.clock.getZone()).toInstant())) {
                step();
                trade.clock.advance(Duration.ofSeconds(60 + random.nextInt(600)));
            }
            while (!kitchen.isEmpty()) {
                trade.ready(kitchen.poll());
            }
            trade.at(day, LocalTime.of(23, 45));
            for (String table : new ArrayList<>(seated.keySet())) {
                settle(table, random.nextInt(6) > 0);
            }
            // a late party after midnight belongs to the next day, and pays then
            trade.at(day.plusDays(1), LocalTime.of(0, random.nextInt(20)));
            String late = Trade.tables().get(random.nextInt(12));
            seat(late);
            order(late);
        }
        return placed;
    }

    private void step() {
        String table = Trade.tables().get(random.nextInt(12));
        int roll = random.nextInt(10);
        if (!seated.containsKey(table)) {
            seat(table);
        } else if (roll == 0) {
            settle(table, random.nextInt(8) > 0);
        } else if (roll == 1) {
            // now and then an order for a table nobody seated, as seed clients may send
            order("Bar");
        } else {
            order(table);
        }
        if (kitchen.size() > 3 || !kitchen.isEmpty() && random.nextBoolean()) {
            long next = kitchen.poll();
            trade.ready(next);
            if (random.nextBoolean()) {
                trade.delivered(next);
            }
        }
    }

    private void seat(String table) {
        seated.put(table, trade.seat(table, 1 + random.nextInt(6)));
        owed.put(table, BigDecimal.ZERO);
    }

    private void order(String table) {
        int n = 1 + random.nextInt(4);
        List<NewOrder.Line> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String item = random.nextInt(40) == 0 ? "Chef's special " + random.nextInt(3) : MENU.get(random.nextInt(MENU.size()));
            lines.add(Trade.line(1 + random.nextInt(3), item));
        }
        long id = trade.order(table, lines.toArray(NewOrder.Line[]::new));
        placed++;
        int fate = random.nextInt(20);
        if (fate == 0) {
            trade.voidOrder(id, "Entered twice", trade.server, trade.manager);
        } else if (fate == 1) {
            trade.voidOrder(id, "Guest changed their mind", trade.manager, null);
        } else {
            if (fate == 2) {
                trade.comp(id, 1 + random.nextInt(n), "Too slow", trade.server, trade.manager);
            } else if (fate == 3) {
                trade.comp(id, 1, "Regular", trade.manager, null);
            }
            kitchen.add(id);
            if (seated.containsKey(table)) {
                owed.merge(table, trade.orders.find(id).orElseThrow().total(), BigDecimal::add);
            }
        }
    }

    /** The party pays what it owes, in one or two payments (or leaves part of it open), and goes. */
    private void settle(String table, boolean paysAll) {
        long session = seated.remove(table);
        BigDecimal due = owed.remove(table);
        BigDecimal paying = paysAll ? due : due.divide(BigDecimal.TWO, 2, java.math.RoundingMode.DOWN);
        if (paying.signum() > 0) {
            String tip = paying.multiply(BigDecimal.valueOf(random.nextInt(16), 2))
                    .setScale(2, java.math.RoundingMode.DOWN).toPlainString();
            if (random.nextInt(4) == 0 && paying.compareTo(BigDecimal.ONE) > 0) {
                BigDecimal cash = paying.divide(BigDecimal.valueOf(3), 2, java.math.RoundingMode.DOWN);
                trade.pay(session, "CASH", cash.toPlainString(), "0.00");
                trade.pay(session, "CARD", paying.subtract(cash).toPlainString(), tip);
            } else {
                trade.pay(session, METHODS.get(random.nextInt(METHODS.size())), paying.toPlainString(), tip);
            }
        }
        trade.close(table);
    }
}
