package com.bistro92.kitchen;

import com.bistro92.menu.Stations;

import com.bistro92.order.Order;
import com.bistro92.order.OrderItem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The all-day counts kept up to date one order at a time: a change of an order subtracts its old
 * pending lines and adds its new ones, so its cost does not grow with the number of open tickets.
 * It counts exactly as {@link AllDay#of(java.util.Collection, Stations)}: done and held lines are
 * not pending, and a station display counts only its stations' lines.
 */
final class AllDayTally {

    /** The pending quantity of one item, and how many pending lines make it up. */
    private static final class Pending {
        int quantity;
        int lines;
    }

    private static final Comparator<AllDay.Line> MOST_FIRST =
            Comparator.comparingInt(AllDay.Line::quantity).reversed().thenComparing(AllDay.Line::name);

    private final Map<String, Pending> pending = new HashMap<>();
    private Stations stations = Stations.ALL;

    /** An open ticket changed from {@code before} to {@code after}; null for one that opened or left. */
    void replace(Order before, Order after) {
        if (before != null) {
            count(before, -1);
        }
        if (after != null) {
            count(after, +1);
        }
    }

    void clear() {
        pending.clear();
    }

    /** Counts only these stations' lines from now on; the counts start again from nothing. */
    void stations(Stations counted) {
        stations = counted;
        pending.clear();
    }

    private void count(Order order, int sign) {
        for (OrderItem item : order.items()) {
            if (item.done() || item.held() || !stations.covers(item.station())) {
                continue;
            }
            Pending p = pending.computeIfAbsent(item.name(), name -> new Pending());
            p.quantity += sign * item.quantity();
            p.lines += sign;
            if (p.lines == 0) {
                pending.remove(item.name());
            }
        }
    }

    /** Pending quantities per item name, most first, then by name: one line per item on the menu at most. */
    List<AllDay.Line> lines() {
        List<AllDay.Line> lines = new ArrayList<>(pending.size());
        pending.forEach((name, p) -> lines.add(new AllDay.Line(name, p.quantity)));
        lines.sort(MOST_FIRST);
        return lines;
    }
}
