package com.bistro92.kitchen;

import com.bistro92.menu.Stations;

import com.bistro92.dashboard.KitchenLatency;
import com.bistro92.order.FeedMessage;
import com.bistro92.order.Order;
import com.bistro92.order.OrderItem;
import com.bistro92.order.OrderStatus;
import com.bistro92.order.TicketChange;
import com.bistro92.orderstream.FollowedOrders;
import com.bistro92.orderstream.OrderStream;
import com.bistro92.problem.Failure;
import com.bistro92.problem.Problem;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kitchen queue: the open tickets oldest first, the all-day counts, and the kitchen's
 * commands (bump, recall, undo). Fed by the same order event stream as every other screen.
 *
 * <p>It follows an {@link OrderStream}, in the suite or from the main PC over the LAN, through
 * {@link FollowedOrders}, which hands over changes in batches on the FX thread. All state below is
 * touched on the FX thread only.
 *
 * <p>The model writes nothing by itself: each change is a command the screen asks for, including
 * the kitchen's receipt, which the view sends once a new ticket is on screen ({@link #shown}).
 */
public final class KitchenModel implements AutoCloseable, FollowedOrders.Screen {

    /** Who is bumping: the id of the member of staff signed in, or null in kitchen mode. */
    private Supplier<Integer> who = () -> null;

    /** Commands from this screen carry the id {@code who} gives (the member signed in). */
    public void actingAs(Supplier<Integer> who) {
        this.who = who;
    }

    private static final Logger LOG = LoggerFactory.getLogger(KitchenModel.class);
    /** How long after a bump Undo still takes it back. */
    static final Duration UNDO_WINDOW = Duration.ofSeconds(15);
    /** How many tickets that left the queue Recall can still bring back, newest first. */
    static final int RECALLABLE = 20;

    /** A bump made on this screen: a change of status, or (on a station display) these lines done. */
    private record Bump(long orderId, OrderStatus from, OrderStatus to, List<Integer> lines, Instant at) {
    }

    private final OrderStream orders;
    private final Clock clock;
    private final Executor fx;
    private final FollowedOrders following;

    private final KitchenQueue queue = new KitchenQueue();
    private final ObservableList<Order> tickets = queue.tickets();
    private final ObservableList<AllDay.Line> allDay = FXCollections.observableArrayList();
    // the read-only views are made once: a wrapper made per call would lose its listeners to the GC
    private final ObservableList<Order> ticketsView = FXCollections.unmodifiableObservableList(tickets);
    private final ObservableList<AllDay.Line> allDayView = FXCollections.unmodifiableObservableList(allDay);
    private final ReadOnlyObjectWrapper<Instant> now;
    private final ReadOnlyStringWrapper notLive = new ReadOnlyStringWrapper("Connecting to the order stream…");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper arrivals = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<Stations> stations = new ReadOnlyObjectWrapper<>(Stations.ALL);

    private final ScreenLatency latency = new ScreenLatency();
    private final Deque<Order> recallable = new ArrayDeque<>();
    private final Set<Long> receiving = new HashSet<>();
    private Bump lastBump;

    /**
     * @param orders the orders this screen follows and changes: in the suite, or on the main PC
     * @param fx     runs a task on the FX thread ({@code Platform::runLater} in the app)
     */
    public KitchenModel(OrderStream orders, Clock clock, Executor fx) {
        this.orders = orders;
        this.clock = clock;
        this.fx = fx;
        this.now = new ReadOnlyObjectWrapper<>(clock.instant());
        this.following = new FollowedOrders(orders, fx, this);
    }

    /** Starts following the orders: the open tickets first, then every change. */
    public void start() {
        following.start();
    }

    @Override
    public void reset(FeedMessage.Initial initial) {
        recallable.clear();
        List<Order> kitchen = new ArrayList<>();
        for (Order order : initial.orders()) {
            if (OrderStatus.KITCHEN.contains(order.status())) {
                kitchen.add(order);
            } else if (order.status() == OrderStatus.READY && recallable.size() < RECALLABLE) {
                recallable.addLast(order);
            }
        }
        queue.reset(kitchen);
    }

    @Override
    public void heard(Order order, boolean placed) {
        if (placed) {
            latency.arrived(order.id());
        }
    }

    @Override
    public void notLive(String reason) {
        notLive.set(reason);
    }

    @Override
    public void settled() {
        publish();
    }

    @Override
    public void changed(Order order, boolean isNew) {
        Order known = queue.find(order.id());
        if (known != null && known.version() >= order.version()) {
            return;
        }
        recallable.removeIf(o -> o.id() == order.id());
        if (OrderStatus.KITCHEN.contains(order.status())) {
            if (queue.put(order) && isNew) {
                arrivals.set(arrivals.get() + 1);
            }
        } else {
            queue.remove(order.id());
            latency.gone(order.id());
            if (order.status() == OrderStatus.READY) {
                recallable.addFirst(order);
                while (recallable.size() > RECALLABLE) {
                    recallable.removeLast();
                }
            }
        }
    }

    /** The all-day counts after a run of changes: replaced only when they differ. */
    private void publish() {
        List<AllDay.Line> lines = queue.allDay();
        if (!lines.equals(allDay)) {
            allDay.setAll(lines);
        }
    }

    /**
     * The view put these tickets on screen: each one still PLACED is marked RECEIVED, the kitchen's
     * receipt. Another screen may have sent it first; then nothing changes. Only receipts still on
     * their way are remembered, so that one is not sent twice.
     */
    public void shown(List<Long> orderIds) {
        for (long id : orderIds) {
            Order ticket = queue.find(id);
            if (ticket != null && ticket.status() == OrderStatus.PLACED && receiving.add(id)) {
                orders.receive(id, who.get()).whenCompleteAsync((changed, failure) -> {
                    receiving.remove(id);
                    if (failure != null) {
                        LOG.warn("Could not mark ticket {} received", id, failure);
                    }
                }, fx);
            }
        }
    }

    /**
     * Shows only the tickets with lines at these stations, or every ticket (all stations, expo); the
     * all-day counts and what a bump means follow.
     */
    public void stations(Stations chosen) {
        if (!chosen.equals(stations.get())) {
            stations.set(chosen);
            queue.stations(chosen);
            publish();
        }
    }

    public ReadOnlyObjectProperty<Stations> stationsProperty() {
        return stations.getReadOnlyProperty();
    }

    /** The stations named by the open tickets, shown or not: for the station picker. */
    public Set<String> stationsOnTickets() {
        return queue.stationsNamed();
    }

    /**
     * Moves the ticket to its next kitchen status: RECEIVED → PREPARING → READY (off the queue). On a
     * station display it marks this station's lines done instead; at expo it makes the ticket READY.
     */
    public CompletableFuture<Order> bump(Order ticket) {
        if (stations.get().someStations()) {
            return stationBump(ticket);
        }
        if (stations.get().expo()) {
            return expoBump(ticket);
        }
        OrderStatus next = ticket.status().kitchenNext();
        if (next == null) {
            return CompletableFuture.completedFuture(ticket);
        }
        return change(ticket, next, true);
    }

    /**
     * A cook tapped line {@code lineNo} (from 1) of {@code ticket}: it is marked done, or not done
     * again if it was. A held line is not cooked: the screen says so and nothing is sent.
     */
    public CompletableFuture<Order> lineTapped(Order ticket, int lineNo) {
        OrderItem line = ticket.items().get(lineNo - 1);
        if (line.held()) {
            notice.set("Ticket #" + ticket.id() + ", line " + lineNo + " is held until a server fires it");
            return CompletableFuture.completedFuture(ticket);
        }
        TicketChange change = line.done() ? TicketChange.undone(ticket.id(), lineNo, who.get())
                : TicketChange.done(ticket.id(), lineNo, who.get());
        return told(ticket, orders.changeTicket(change, ticket.version()));
    }

    /** Bumps the n-th ticket on screen (1-based), if there is one. */
    public void bumpAt(int position) {
        if (position >= 1 && position <= tickets.size()) {
            bump(tickets.get(position - 1));
        }
    }

    /**
     * This station is done with the ticket: one change marks all its lines that are not done and not
     * held. When they were the last lines to cook anywhere, the ticket is READY by the same change.
     */
    private CompletableFuture<Order> stationBump(Order ticket) {
        List<Integer> lines = new StationTicket(ticket, stations.get()).toBump();
        if (lines.isEmpty()) {
            notice.set("Ticket #" + ticket.id() + ": nothing to cook here until a server fires the held lines");
            return CompletableFuture.completedFuture(ticket);
        }
        Bump bump = new Bump(ticket.id(), null, null, lines, clock.instant());
        lastBump = bump;
        return told(ticket, orders.changeTicket(TicketChange.done(ticket.id(), lines, who.get()), ticket.version())
                .whenCompleteAsync((changed, failure) -> {
                    if (failure != null && lastBump == bump) {
                        lastBump = null;
                    }
                }, fx));
    }

    /** Expo sends the ticket out: READY, step by step from where it is, each step checked against its version. */
    private CompletableFuture<Order> expoBump(Order ticket) {
        OrderStatus next = ticket.status().kitchenNext();
        if (next == null) {
            return CompletableFuture.completedFuture(ticket);
        }
        CompletableFuture<Order> step = change(ticket, next, next == OrderStatus.READY);
        return next == OrderStatus.READY ? step : step.thenCompose(this::expoBump);
    }

    /** Brings back the ticket that most recently left the queue (READY → PREPARING). */
    public CompletableFuture<Order> recall() {
        Order last = recallable.peekFirst();
        if (last == null) {
            notice.set("Nothing to recall");
            return CompletableFuture.completedFuture(null);
        }
        return change(last, OrderStatus.PREPARING, false);
    }

    /** Takes back the last bump made on this screen, within {@link #UNDO_WINDOW}. */
    public CompletableFuture<Order> undo() {
        Bump bump = lastBump;
        if (bump == null || Duration.between(bump.at(), clock.instant()).compareTo(UNDO_WINDOW) > 0) {
            notice.set("Nothing to undo");
            return CompletableFuture.completedFuture(null);
        }
        Order current = queue.find(bump.orderId());
        if (current == null) {
            current = recallable.stream().filter(o -> o.id() == bump.orderId()).findFirst().orElse(null);
        }
        if (current == null || !stillAsBumped(current, bump)) {
            notice.set("Ticket #" + bump.orderId() + " has moved on; nothing to undo");
            return CompletableFuture.completedFuture(null);
        }
        lastBump = null;
        if (!bump.lines().isEmpty()) {
            return told(current, orders.changeTicket(TicketChange.undone(current.id(), bump.lines(), who.get()),
                    current.version()));
        }
        return change(current, bump.from(), false);
    }

    /** Whether the ticket is still as the bump left it: its status, or (a station bump) those lines done. */
    private static boolean stillAsBumped(Order current, Bump bump) {
        return bump.lines().isEmpty() ? current.status() == bump.to()
                : bump.lines().stream().allMatch(n -> current.items().get(n - 1).done());
    }

    private CompletableFuture<Order> change(Order ticket, OrderStatus to, boolean remember) {
        // remembered at once, so that Undo works even before the server's answer is handled
        Bump bump = remember ? new Bump(ticket.id(), ticket.status(), to, List.of(), clock.instant()) : null;
        if (bump != null) {
            lastBump = bump;
        }
        return told(ticket, orders.changeStatus(ticket.id(), to, ticket.version(), who.get())
                .whenCompleteAsync((changed, failure) -> {
                    if (failure != null && bump != null && lastBump == bump) {
                        lastBump = null;
                    }
                }, fx));
    }

    /** Says on the screen how a change of {@code ticket} went, once the server has answered. */
    private CompletableFuture<Order> told(Order ticket, CompletableFuture<Order> answer) {
        return answer.whenCompleteAsync((changed, failure) -> {
            if (failure == null) {
                notice.set("");
            } else if (Failure.cause(failure) instanceof Problem p && p.status() == 409) {
                notice.set("Ticket #" + ticket.id() + " was changed on another screen; showing its latest state");
            } else {
                LOG.error("Could not change ticket {}", ticket.id(), failure);
                notice.set("Could not change ticket #" + ticket.id() + "; try again");
            }
        }, fx);
    }

    /** For the view: when new tickets reach the screen. */
    ScreenLatency latency() {
        return latency;
    }

    /** How fast new orders reached this kitchen screen in the last hour, for the manager's dashboard. */
    public KitchenLatency screenLatency() {
        return latency;
    }

    /** Advances the ageing clock; the view calls this once a second from its single timer. */
    public void tick() {
        now.set(clock.instant());
    }

    /**
     * The open tickets, rushes first, then oldest first. It changes one ticket at a time (an add, a
     * remove or a replace where it changed), never as a whole, except when the stream starts again.
     */
    public ObservableList<Order> tickets() {
        return ticketsView;
    }

    public ObservableList<AllDay.Line> allDay() {
        return allDayView;
    }

    public ReadOnlyObjectProperty<Instant> nowProperty() {
        return now.getReadOnlyProperty();
    }

    /** Empty while live; otherwise says why the view is not live. */
    public ReadOnlyStringProperty notLiveProperty() {
        return notLive.getReadOnlyProperty();
    }

    /** The latest message for the cooks, e.g. that another screen bumped a ticket first. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Counts new tickets as they arrive, for the chime. */
    public ReadOnlyIntegerProperty arrivalsProperty() {
        return arrivals.getReadOnlyProperty();
    }

    @Override
    public void close() throws Exception {
        following.close();
    }
}
