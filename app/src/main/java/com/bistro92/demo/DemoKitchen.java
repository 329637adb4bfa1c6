package com.bistro92.demo;

import com.bistro92.bill.Tax;
import com.bistro92.waittime.TicketTime;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The demo history's kitchen without a database: the tickets of made-up days at the demo
 * restaurant (its menu and its 12 tables, as the first start makes them), with how busy the kitchen
 * was as each was placed and how long each took. What the wait-time bench and its tests learn from
 * and check the estimates against: the same days {@code --demo-history} writes.
 */
public final class DemoKitchen {

    private DemoKitchen() {
    }

    /** The demo menu's items as the generator needs them, with the ids the first start gives them. */
    public static Map<Integer, Double> prepSeconds() {
        Map<Integer, Double> prep = new HashMap<>();
        items().forEach(i -> prep.put(i.id(), i.prepMinutes() * 60.0));
        return prep;
    }

    /** Each day's tickets, day by day: {@code days} days ending on {@code last}, from the random seed {@code seed}. */
    public static List<List<TicketTime>> days(LocalDate last, int days, long seed, ZoneId zone) {
        List<HistoryDay.Table> tables = new ArrayList<>();
        for (int n = 1; n <= 12; n++) {
            tables.add(new HistoryDay.Table(n, n % 4 == 0 ? 6 : (n % 3 == 0 ? 2 : 4)));
        }
        HistoryDay generator = new HistoryDay(items(), tables, new SplittableRandom(seed));
        Tax tax = new Tax(BigDecimal.ZERO, true);
        List<List<TicketTime>> out = new ArrayList<>();
        for (LocalDate day = last.minusDays(days - 1L); !day.isAfter(last); day = day.plusDays(1)) {
            out.add(tickets(generator.parties(day, zone, Instant.MAX, tax)));
        }
        return out;
    }

    /** The day's tickets that were cooked, each with the food tickets on the rail when it was placed. */
    private static List<TicketTime> tickets(List<HistoryDay.Party> parties) {
        List<HistoryDay.Order> orders = new ArrayList<>();
        parties.forEach(p -> p.orders().stream().filter(o -> o.ticket() != null && o.ticket().ready() != null)
                .forEach(orders::add));
        orders.sort(java.util.Comparator.comparing(HistoryDay.Order::placed));
        List<TicketTime> out = new ArrayList<>();
        for (HistoryDay.Order order : orders) {
            int rail = 0;
            for (HistoryDay.Order other : orders) {
                if (other != order && food(other) && !other.placed().isAfter(order.placed())
                        && other.ticket().ready().isAfter(order.placed())) {
                    rail++;
                }
            }
            List<TicketTime.Line> lines = order.lines().stream()
                    .map(l -> new TicketTime.Line(l.item().id(), l.item().station())).toList();
            out.add(new TicketTime(lines, rail, order.ticket().ready().getEpochSecond()
                    - order.placed().getEpochSecond()));
        }
        return out;
    }

    private static boolean food(HistoryDay.Order order) {
        return order.lines().stream().anyMatch(l -> !HistoryKitchen.BAR.equals(l.item().station()));
    }

    private static List<HistoryDay.Item> items() {
        List<HistoryDay.Item> items = new ArrayList<>();
        int id = 1;
        for (DemoMenu.Category category : DemoMenu.CATEGORIES) {
            for (DemoMenu.Item item : category.items()) {
                items.add(new HistoryDay.Item(id++, item.name(), new BigDecimal(item.price()), item.prepMinutes(),
                        item.station(), DemoHistory.course(category.name()), DemoHistory.favourite(item.name())));
            }
        }
        return items;
    }
}
