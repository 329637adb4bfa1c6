package com.bistro92.print;

import com.bistro92.bill.Bill;
import com.bistro92.bill.Receipt;
import com.bistro92.journal.LogEntry;
import com.bistro92.order.FeedMessage;
import com.bistro92.order.Order;
import com.bistro92.order.OrderItem;
import com.bistro92.order.OrderStatus;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * What one event of the log is for one printer, if anything: a new order's lines for its stations
 * (held lines wait to be fired), lines fired, a reprint or a receipt asked of it, or, for a printer
 * that stands in for the screens, the open tickets of its stations when the kitchen screens stopped.
 */
final class SlipPlan {

    /** A slip to print, and what the log will say of it. */
    record Slip(List<Ticket> tickets, String what) {

        Slip(Ticket ticket, String what) {
            this(List.of(ticket), what);
        }
    }

    /** What the plan reads beside the event: orders, bills, whether the screens follow. */
    interface Sources {
        Optional<Order> order(long id);

        Optional<Bill> bill(long sessionId);

        Receipt receipt(Bill bill);

        /** The open orders, oldest first: what the kitchen is still making. */
        List<Order> openOrders();

        /** Whether the kitchen screens are following the orders now. */
        boolean screensFollowing();

        Instant now();
    }

    private final ObjectMapper json;
    private final Tickets tickets;
    private final Sources sources;

    SlipPlan(ObjectMapper json, Tickets tickets, Sources sources) {
        this.json = json;
        this.tickets = tickets;
        this.sources = sources;
    }

    /** The event types that may be something for a printer; every other event is passed over unread. */
    private static final java.util.Set<String> PRINTED = java.util.Set.of(FeedMessage.NEW_ORDER,
            FeedMessage.ORDER_UPDATED, PrinterEvent.Requested.TYPE, ScreensEvent.Down.TYPE);
    /** How every logged event's wire form begins (Wire.envelope writes the type first). */
    private static final String TYPE_FIRST = "{\"type\":\"";

    Optional<Slip> of(Printer printer, LogEntry entry) {
        // each printer reads every event: its type is read off the envelope's head, and only the few
        // kinds that print are parsed
        String message = entry.json();
        if (message.startsWith(TYPE_FIRST)) {
            int end = message.indexOf('"', TYPE_FIRST.length());
            if (end > 0 && !PRINTED.contains(message.substring(TYPE_FIRST.length(), end))) {
                return Optional.empty();
            }
        }
        JsonNode event;
        try {
            event = json.readTree(entry.json());
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
        String type = event.path("type").asText();
        PrinterSetup setup = printer.setup();
        return switch (type) {
            case FeedMessage.NEW_ORDER -> stationsPrint(setup) ? order(event).flatMap(o -> lines(setup, o,
                    IntStream.rangeClosed(1, o.items().size()).filter(n -> !o.items().get(n - 1).held()).boxed()
                            .toList(), Tickets.Reason.NEW)) : Optional.empty();
            case FeedMessage.ORDER_UPDATED -> stationsPrint(setup) && "FIRE".equals(event.path("change")
                    .path("kind").asText()) ? order(event).flatMap(o -> lines(setup, o, numbers(event.path("change")
                    .path("lines")), Tickets.Reason.FIRED)) : Optional.empty();
            case PrinterEvent.Requested.TYPE -> request(printer, event);
            case ScreensEvent.Down.TYPE -> setup.screensDownOnly() ? openTickets(setup) : Optional.empty();
            default -> Optional.empty();
        };
    }

    private boolean stationsPrint(PrinterSetup setup) {
        return !setup.stations().isEmpty() && (!setup.screensDownOnly() || !sources.screensFollowing());
    }

    private Optional<Order> order(JsonNode event) {
        try {
            return Optional.of(json.treeToValue(event.path("order"), Order.class));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static List<Integer> numbers(JsonNode array) {
        List<Integer> numbers = new ArrayList<>();
        array.forEach(n -> numbers.add(n.asInt()));
        return numbers;
    }

    /** The lines among {@code candidates} that this printer's stations make, as one ticket; none if none. */
    private Optional<Slip> lines(PrinterSetup setup, Order order, List<Integer> candidates, Tickets.Reason reason) {
        List<Integer> mine = candidates.stream().filter(n -> n >= 1 && n <= order.items().size())
                .filter(n -> setup.prints(order.items().get(n - 1).station())).toList();
        if (mine.isEmpty()) {
            return Optional.empty();
        }
        String stations = String.join(", ", mine.stream().map(n -> order.items().get(n - 1).station()).distinct()
                .toList());
        return Optional.of(new Slip(tickets.ticket(order, mine, stations, reason, sources.now()),
                Tickets.what(order, stations) + (reason == Tickets.Reason.NEW ? "" : " · " + reason.name())));
    }

    private Optional<Slip> request(Printer printer, JsonNode event) {
        JsonNode request = event.path("request");
        if (request.path("printer_id").asInt() != printer.id()) {
            return Optional.empty();
        }
        if (PrintRequest.Kind.RECEIPT.name().equals(request.path("kind").asText())) {
            return sources.bill(request.path("session_id").asLong()).map(bill -> new Slip(
                    tickets.receipt(sources.receipt(bill), false), Tickets.what(bill)));
        }
        return sources.order(request.path("order_id").asLong()).map(order -> {
            List<Integer> all = IntStream.rangeClosed(1, order.items().size()).boxed().toList();
            List<Integer> mine = all.stream().filter(n -> printer.setup().prints(order.items().get(n - 1).station()))
                    .toList();
            // a printer of none of the order's stations (the pass, the office) prints the whole ticket
            List<Integer> lines = mine.isEmpty() ? all : mine;
            String stations = mine.isEmpty() ? "ALL" : String.join(", ", printer.setup().stations());
            return new Slip(tickets.ticket(order, lines, stations, Tickets.Reason.REPRINT, sources.now()),
                    Tickets.what(order, stations) + " · REPRINT");
        });
    }

    /** The kitchen screens stopped: what the printer's stations still have to make, on one slip per order. */
    private Optional<Slip> openTickets(PrinterSetup setup) {
        List<Ticket> slips = new ArrayList<>();
        for (Order order : sources.openOrders()) {
            if (order.status() == OrderStatus.READY) {
                continue;
            }
            List<Integer> mine = IntStream.rangeClosed(1, order.items().size()).boxed().filter(n -> {
                OrderItem item = order.items().get(n - 1);
                return !item.done() && !item.held() && setup.prints(item.station());
            }).toList();
            if (!mine.isEmpty()) {
                slips.add(tickets.ticket(order, mine, String.join(", ", setup.stations()), Tickets.Reason.SCREEN_DOWN,
                        sources.now()));
            }
        }
        return slips.isEmpty() ? Optional.empty()
                : Optional.of(new Slip(slips, "Screens down · " + slips.size() + " open tickets"));
    }
}
