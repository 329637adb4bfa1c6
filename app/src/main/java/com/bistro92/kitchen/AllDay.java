package com.bistro92.kitchen;

import com.bistro92.menu.Stations;

import com.bistro92.order.Order;
import com.bistro92.order.OrderItem;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The "all-day" count: how many of each item are pending across the open tickets. A line the
 * kitchen marked done is no longer pending, and a held line (a later course) is not yet.
 */
public final class AllDay {

    /** One item and how many are pending. */
    public record Line(String name, int quantity) {
    }

    private AllDay() {
    }

    /** Pending quantities per item name, most first, then by name. */
    public static List<Line> of(Collection<Order> tickets) {
        return of(tickets, Stations.ALL);
    }

    /** As {@link #of(Collection)}, counting only the lines of the stations a display shows. */
    public static List<Line> of(Collection<Order> tickets, Stations stations) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Order order : tickets) {
            for (OrderItem item : order.items()) {
                if (item.done() || item.held() || !stations.covers(item.station())) {
                    continue;
                }
                counts.merge(item.name(), item.quantity(), Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .map(e -> new Line(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt(Line::quantity).reversed().thenComparing(Line::name))
                .toList();
    }
}
