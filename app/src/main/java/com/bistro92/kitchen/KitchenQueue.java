package com.bistro92.kitchen;

import com.bistro92.menu.Stations;

import com.bistro92.order.Order;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The open tickets of one kitchen display, kept in the queue's order one change at a time: rushes
 * first, then oldest first, only those the display's stations show, and the all-day counts of their
 * lines. A change is one insertion, removal or replacement in the list, found by binary search, and
 * one adjustment of the tally, so a new ticket costs the same however many are open. Only a
 * snapshot or a change of stations builds them again from every open ticket. FX thread only.
 */
final class KitchenQueue {

    /** The queue's order: rushes first, then oldest first. */
    static final Comparator<Order> QUEUE = Comparator.comparing((Order o) -> !o.urgent())
            .thenComparing(Order::createdAt).thenComparingLong(Order::id);

    private final ObservableList<Order> tickets = FXCollections.observableArrayList();
    private final Map<Long, Order> open = new HashMap<>();
    private final AllDayTally tally = new AllDayTally();
    private Stations stations = Stations.ALL;

    /** The tickets shown, in the queue's order; the list the view listens to. */
    ObservableList<Order> tickets() {
        return tickets;
    }

    /** The open ticket with this id, shown here or not, or null. */
    Order find(long id) {
        return open.get(id);
    }

    /** Every open ticket now, in place of all known before. */
    void reset(Collection<Order> kitchen) {
        open.clear();
        kitchen.forEach(order -> open.put(order.id(), order));
        rebuild();
    }

    Stations stations() {
        return stations;
    }

    /** Shows these stations' tickets from now on, and counts their lines. */
    void stations(Stations chosen) {
        stations = chosen;
        rebuild();
    }

    /** A new or newer version of an open ticket; returns whether this display shows it. */
    boolean put(Order order) {
        Order known = open.put(order.id(), order);
        tally.replace(known, order);
        boolean wasShown = known != null && shows(known);
        if (shows(order)) {
            place(wasShown ? known : null, order);
            return true;
        }
        if (wasShown) {
            tickets.remove(position(known));
        }
        return false;
    }

    /** The ticket left the kitchen (ready, delivered or voided). */
    void remove(long id) {
        Order known = open.remove(id);
        if (known == null) {
            return;
        }
        tally.replace(known, null);
        if (shows(known)) {
            tickets.remove(position(known));
        }
    }

    /** Pending quantities per item on this display's lines, most first. */
    List<AllDay.Line> allDay() {
        return tally.lines();
    }

    /** The stations named by the open tickets, shown or not: for the station picker. */
    Set<String> stationsNamed() {
        Set<String> named = new TreeSet<>();
        open.values().forEach(o -> o.items().forEach(line -> named.add(line.station())));
        return named;
    }

    private void rebuild() {
        tally.stations(stations);
        List<Order> sorted = new ArrayList<>(open.size());
        for (Order order : open.values()) {
            tally.replace(null, order);
            if (shows(order)) {
                sorted.add(order);
            }
        }
        sorted.sort(QUEUE);
        tickets.setAll(sorted);
    }

    /** Every open ticket, or on a station display those with lines to cook here. */
    private boolean shows(Order order) {
        return new StationTicket(order, stations).onScreen();
    }

    /** Puts {@code next} in its place, in place of {@code known} if that was shown. */
    private void place(Order known, Order next) {
        if (known != null) {
            int at = position(known);
            if (QUEUE.compare(known, next) == 0) {
                tickets.set(at, next);
                return;
            }
            tickets.remove(at);
        }
        int at = Collections.binarySearch(tickets, next, QUEUE);
        tickets.add(at < 0 ? -at - 1 : at, next);
    }

    /** Where a shown ticket is in the queue (its sort key is its identity there). */
    private int position(Order known) {
        int at = Collections.binarySearch(tickets, known, QUEUE);
        if (at < 0) {
            throw new IllegalStateException("Ticket " + known.id() + " is not in the queue");
        }
        return at;
    }
}
