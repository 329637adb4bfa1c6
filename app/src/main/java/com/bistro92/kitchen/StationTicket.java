package com.bistro92.kitchen;

import com.bistro92.menu.Stations;

import com.bistro92.order.Order;
import com.bistro92.order.OrderItem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One ticket as a display with {@link Stations} sees it: which lines it shows in full, what it
 * bumps, whether the ticket is still its business, and how far each station has got.
 */
record StationTicket(Order order, Stations stations) {

    /** How far one station has got with its lines on this ticket. */
    record Progress(String station, int lines, int left, int held) {

        /** Nothing left to cook at this station (held lines wait for their fire). */
        boolean done() {
            return left == 0 && held == 0;
        }

        /** For expo: "GRILL ✓", "BAR 1 left", or "PASTRY held". */
        String chip() {
            return left > 0 ? station + " " + left + " left" : held > 0 ? station + " held" : station + " ✓";
        }

        /** For a station display, of another station: "+2 at BAR" still to cook, else as {@link #chip()}. */
        String elsewhere() {
            return left > 0 ? "+" + left + " at " + station : chip();
        }
    }

    /** The numbers (from 1) of the lines this display shows in full, in ticket order. */
    List<Integer> shownLines() {
        List<Integer> shown = new ArrayList<>();
        for (int i = 0; i < order.items().size(); i++) {
            if (stations.covers(order.items().get(i).station())) {
                shown.add(i + 1);
            }
        }
        return shown;
    }

    /** What a bump on a station display marks done: this station's lines not done and not held. */
    List<Integer> toBump() {
        List<Integer> lines = new ArrayList<>();
        for (int lineNo : shownLines()) {
            OrderItem line = order.items().get(lineNo - 1);
            if (!line.done() && !line.held()) {
                lines.add(lineNo);
            }
        }
        return lines;
    }

    /**
     * Whether the ticket is on this display: always with every station or expo; on a station display
     * while it has a line here not yet done (a held one too: the cook sees the course coming).
     */
    boolean onScreen() {
        return !stations.someStations()
                || shownLines().stream().anyMatch(n -> !order.items().get(n - 1).done());
    }

    /** Each station's progress, in the order the ticket first names them. */
    List<Progress> progress() {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (OrderItem line : order.items()) {
            int[] c = counts.computeIfAbsent(line.station(), s -> new int[3]);
            c[0]++;
            if (line.held()) {
                c[2]++;
            } else if (!line.done()) {
                c[1]++;
            }
        }
        List<Progress> progress = new ArrayList<>();
        counts.forEach((station, c) -> progress.add(new Progress(station, c[0], c[1], c[2])));
        return progress;
    }

    /** The other stations' progress, for a station display's "+2 at BAR"; empty on any other display. */
    List<Progress> elsewhere() {
        return stations.someStations()
                ? progress().stream().filter(p -> !stations.covers(p.station())).toList()
                : List.of();
    }
}
