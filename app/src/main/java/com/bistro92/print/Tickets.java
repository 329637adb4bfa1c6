package com.bistro92.print;

import com.bistro92.bill.Bill;
import com.bistro92.bill.Receipt;
import com.bistro92.menu.Allergen;
import com.bistro92.order.Order;
import com.bistro92.order.OrderItem;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The slips printers print: a station's ticket (its lines of an order), the lines a server fired,
 * a reprint, and a guest's receipt. A ticket says the table and the order's number in large type,
 * the time and the station, then each line with its modifiers and instructions, and the order's
 * note. A guest's allergy is a band in inverse large type under the table, and each line that
 * contains a declared allergen says so.
 */
final class Tickets {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private final ZoneId zone;

    Tickets(ZoneId zone) {
        this.zone = zone;
    }

    /** Why a ticket is printed, said under its table. */
    enum Reason {
        NEW(""), FIRED("FIRED"), REPRINT("REPRINT"), SCREEN_DOWN("SCREEN DOWN");

        private final String heading;

        Reason(String heading) {
            this.heading = heading;
        }
    }

    /**
     * The ticket of {@code lines} (numbers from 1) of {@code order}.
     *
     * @param station what the printer prints, e.g. "GRILL", "GRILL, FRY"
     */
    Ticket ticket(Order order, List<Integer> lines, String station, Reason reason, Instant printedAt) {
        Ticket.Builder t = new Ticket.Builder();
        if (reason == Reason.REPRINT) {
            t.row("*** REPRINT ***", Ticket.Look.LARGE_INVERSE);
        }
        t.row(order.table(), Ticket.Look.LARGE);
        t.row("#" + order.id() + (reason == Reason.NEW || reason == Reason.REPRINT ? "" : "  " + reason.heading),
                Ticket.Look.LARGE);
        t.row(TIME.format(order.createdAt().atZone(zone)) + " ordered  " + station
                + (reason == Reason.REPRINT ? "  reprinted " + TIME.format(printedAt.atZone(zone)) : ""));
        if (order.urgent()) {
            t.row("RUSH", Ticket.Look.LARGE);
        }
        if (order.allergy().declared()) {
            t.row("ALLERGY", Ticket.Look.LARGE_INVERSE);
            t.row(order.allergy().text().toUpperCase(Locale.ROOT), Ticket.Look.LARGE_INVERSE);
        }
        t.rule();
        Map<Integer, List<Allergen>> involved = order.allergyLines();
        for (int no : lines) {
            OrderItem item = order.items().get(no - 1);
            t.row(item.quantity() + "x " + item.name(), Ticket.Look.LARGE);
            List<Allergen> contains = involved.getOrDefault(no, List.of());
            if (!contains.isEmpty()) {
                t.row("  CONTAINS " + contains.stream().map(a -> a.label().toUpperCase(Locale.ROOT))
                        .collect(Collectors.joining(", ")), Ticket.Look.LARGE_INVERSE);
            }
            if (item.openItem()) {
                t.row("  OPEN ITEM - not on the menu", Ticket.Look.BOLD);
            }
            for (OrderItem.ChosenModifier m : item.modifiers()) {
                t.row("  + " + m.name(), Ticket.Look.BOLD);
            }
            if (!item.instructions().isBlank()) {
                t.row("  > " + item.instructions(), Ticket.Look.BOLD);
            }
        }
        if (!order.notes().isBlank()) {
            t.rule();
            t.row("Note: " + order.notes(), Ticket.Look.BOLD);
        }
        return t.build();
    }

    /** A guest's receipt, as {@link Receipt} lays it out for the Bill panel's PDF. */
    Ticket receipt(Receipt receipt, boolean reprint) {
        Ticket.Builder t = new Ticket.Builder();
        if (reprint) {
            t.row("*** REPRINT ***", Ticket.Look.LARGE_INVERSE);
        }
        for (Receipt.Row row : receipt.rows()) {
            switch (row.kind()) {
                case TITLE -> t.row(row.left(), Ticket.Look.LARGE);
                case RULE -> t.rule();
                case TOTAL -> t.amount(row.left(), row.right(), Ticket.Look.BOLD);
                case TEXT, DETAIL -> t.amount(row.left(), row.right(), Ticket.Look.NORMAL);
            }
        }
        return t.build();
    }

    /** What the log says was printed: "Order 12 · GRILL". */
    static String what(Order order, String station) {
        return "Order " + order.id() + " · " + station;
    }

    static String what(Bill bill) {
        return "Receipt · " + bill.table();
    }
}
