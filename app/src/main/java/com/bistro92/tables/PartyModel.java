package com.bistro92.tables;

import com.bistro92.journal.EventStream;
import com.bistro92.money.Money;
import com.bistro92.order.Adjustment;
import com.bistro92.order.Order;
import com.bistro92.order.OrderEvent;
import com.bistro92.order.OrderFilter;
import com.bistro92.order.OrderStatus;
import com.bistro92.order.Orders;
import com.bistro92.problem.Problem;
import com.bistro92.staff.Permission;
import com.bistro92.staff.SignIn;
import com.bistro92.staff.Staff;
import com.bistro92.table.TableOverview.TableRow;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One table's orders, for its orders panel: the seated party's (or, at a table nobody seated, the
 * orders still open today), read once off the FX thread and then kept up to date from the event
 * stream. Voids and comps go through here: a member who may not void alone (a server) must have a
 * manager enter their PIN on the spot, and both are recorded with the change.
 */
public final class PartyModel implements AutoCloseable {

    /** At most this many orders are shown for one party. */
    static final int MAX_ORDERS = 200;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    /** What the panel needs from the rest of the suite. */
    public record Services(Orders orders, Staff staff, EventStream events, Money money, Clock clock) {
    }

    private final TableRow table;
    private final Services services;
    private final Executor fx;
    private final Executor background;
    private final Supplier<Integer> who;
    private final Predicate<Permission> may;
    private final Map<Long, Order> byId = new HashMap<>();
    private final ObservableList<Order> orders = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private AutoCloseable subscription;

    PartyModel(TableRow table, Services services, Executor fx, Executor background, Supplier<Integer> who,
               Predicate<Permission> may) {
        this.table = table;
        this.services = services;
        this.fx = fx;
        this.background = background;
        this.who = who;
        this.may = may;
    }

    /** Listens for the table's order events first, then reads its orders, so that nothing falls between. */
    void start() {
        subscription = services.events().subscribe(OrderEvent.class, event -> {
            if (event.order().tableId() == table.id()) {
                fx.execute(() -> merge(List.of(event.order())));
            }
        });
        OrderFilter filter = new OrderFilter(table.seated() ? Set.of() : OrderStatus.OPEN, table.label(), since(),
                null, MAX_ORDERS, 0);
        CompletableFuture.supplyAsync(() -> services.orders().page(filter, null, MAX_ORDERS), background)
                .whenCompleteAsync((read, failure) -> {
                    if (failure != null) {
                        message.set("Cannot read the orders: " + failure.getMessage());
                    } else {
                        merge(read);
                    }
                }, fx);
    }

    private Instant since() {
        return table.seated() ? table.seatedAt()
                : LocalDate.now(services.clock()).atStartOfDay(services.clock().getZone()).toInstant();
    }

    private void merge(List<Order> changed) {
        Instant since = since();
        for (Order order : changed) {
            Order known = byId.get(order.id());
            if (!order.createdAt().isBefore(since) && (known == null || known.version() < order.version())) {
                byId.put(order.id(), order);
            }
        }
        orders.setAll(byId.values().stream().sorted(Comparator.comparingLong(Order::id)).toList());
    }

    public TableRow table() {
        return table;
    }

    /** The party's orders, oldest first; voided ones stay, marked. */
    public ObservableList<Order> orders() {
        return orders;
    }

    /** What the party owes for these orders: voided orders and comped lines left out. */
    public BigDecimal due() {
        return orders.stream().filter(o -> o.status() != OrderStatus.CANCELLED).map(Order::total)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Money money() {
        return services.money();
    }

    /** Whether a void or comp from here needs a manager's PIN: the member signed in may not void alone. */
    public boolean needsManager() {
        return !may.test(Permission.VOID);
    }

    /**
     * Voids {@code order} (line null) or comps its line {@code line} (from 1). With
     * {@link #needsManager()}, {@code managerPin} must be an active manager's; a wrong one fails with
     * 403, and five in a row pause overrides for a minute (429).
     */
    public CompletableFuture<Order> adjust(Order order, Integer line, String reason, String managerPin) {
        if (!needsManager()) {
            return done(services.orders().adjust(new Adjustment(order.id(), line, reason, who.get(), null), null),
                    null);
        }
        return services.staff().manager(managerPin).thenCompose(result -> switch (result) {
            case SignIn.Accepted approved -> done(services.orders().adjust(
                    new Adjustment(order.id(), line, reason, who.get(), approved.member().id()), null),
                    approved.member().name());
            case SignIn.WrongPin wrong -> CompletableFuture.failedFuture(new Problem(403, "Wrong PIN",
                    "That is not a manager's PIN. " + wrong.attemptsLeft() + (wrong.attemptsLeft() == 1
                            ? " try" : " tries") + " left before overrides pause for a minute."));
            case SignIn.LockedOut locked -> CompletableFuture.failedFuture(Problem.tooMany(
                    "Too many wrong PINs: overrides are paused until "
                            + TIME.format(locked.until().atZone(services.clock().getZone())),
                    Duration.between(services.clock().instant(), locked.until()).toSeconds()));
        });
    }

    private CompletableFuture<Order> done(CompletableFuture<Order> change, String approver) {
        return change.whenCompleteAsync((order, failure) -> {
            if (failure == null) {
                message.set((order.status() == OrderStatus.CANCELLED ? "Order " + order.id() + " voided"
                        : "Comped on order " + order.id()) + (approver == null ? "" : ", approved by " + approver));
            }
        }, fx);
    }

    /** The last thing done here, e.g. "Order 12 voided, approved by Alex". */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Stops listening for the table's events. */
    @Override
    public void close() {
        if (subscription != null) {
            try {
                subscription.close();
            } catch (Exception e) {
                throw new IllegalStateException("Cannot stop listening for events", e);
            }
        }
    }
}
