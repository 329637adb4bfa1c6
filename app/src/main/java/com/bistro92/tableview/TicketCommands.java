package com.bistro92.tableview;

import com.bistro92.order.Order;
import com.bistro92.order.OrderItem;
import com.bistro92.order.Orders;
import com.bistro92.order.TicketChange;
import com.bistro92.problem.Failure;
import com.bistro92.problem.Problem;
import com.bistro92.staff.Permission;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rush, hold and fire from a table's orders panel, for a member who may ({@link Permission#HOLD_AND_RUSH}).
 * Each change goes through {@link Orders#changeTicket} at the version the panel shows, and the panel
 * changes only when the change's event comes back on the event stream. Until then the order is busy,
 * so that a second tap cannot be sent at a version already gone. A change refused because the order
 * changed meanwhile (409) says so, and the order is read again to show it as it is now. Its commands
 * are called, and their futures complete, on the FX thread.
 */
final class TicketCommands {

    private static final Logger LOG = LoggerFactory.getLogger(TicketCommands.class);

    private final Orders orders;
    private final Supplier<Integer> who;
    private final Predicate<Permission> may;
    private final Executor fx;
    private final Executor background;
    private final Consumer<String> say;
    private final Consumer<List<Order>> latest;
    /** Per order, the version at which its last change shows; read and written on the FX thread only. */
    private final Map<Long, Integer> awaited = new HashMap<>();

    /**
     * @param say    shows what happened, on the FX thread
     * @param latest takes an order read again after a conflict, on the FX thread; it keeps only what is newer
     */
    TicketCommands(Orders orders, Supplier<Integer> who, Predicate<Permission> may, Executor fx, Executor background,
                   Consumer<String> say, Consumer<List<Order>> latest) {
        this.orders = orders;
        this.who = who;
        this.may = may;
        this.fx = fx;
        this.background = background;
        this.say = say;
        this.latest = latest;
    }

    /** Whether the member signed in may rush orders and hold and fire their lines. */
    boolean allowed() {
        return may.test(Permission.HOLD_AND_RUSH);
    }

    /** Whether a change of this order, shown at this version, is still on its way to the screen. */
    boolean busy(Order shown) {
        Integer version = awaited.get(shown.id());
        return version != null && shown.version() < version;
    }

    CompletableFuture<Order> rush(Order order, boolean urgent) {
        return send(order, TicketChange.urgent(order.id(), urgent, who.get()),
                "Order " + order.id() + (urgent ? " is a rush" : " is no longer a rush"));
    }

    /** Holds lines (numbered from 1) of the order: the kitchen does not cook them until they are fired. */
    CompletableFuture<Order> hold(Order order, List<Integer> lines) {
        return send(order, TicketChange.hold(order.id(), lines, who.get()), "Held " + names(order, lines));
    }

    /** Sends held lines (numbered from 1) of the order to the kitchen. */
    CompletableFuture<Order> fire(Order order, List<Integer> lines) {
        return send(order, TicketChange.fire(order.id(), lines, who.get()), "Fired " + names(order, lines));
    }

    private static String names(Order order, List<Integer> lines) {
        return lines.stream().map(n -> order.items().get(n - 1)).map(TicketCommands::line)
                .collect(Collectors.joining(", ")) + " on order " + order.id();
    }

    private static String line(OrderItem item) {
        return item.quantity() + " × " + item.name();
    }

    /** Completes on the FX thread, after saying how it went; a refusal completes it exceptionally. */
    private CompletableFuture<Order> send(Order order, TicketChange change, String done) {
        awaited.put(order.id(), order.version() + 1);
        return orders.changeTicket(change, order.version()).whenCompleteAsync((next, failure) -> {
            Throwable cause = Failure.cause(failure);
            if (cause == null) {
                // an order already as asked is not written, and no event comes for it
                if (next.version() > order.version()) {
                    awaited.put(order.id(), next.version());
                } else {
                    awaited.remove(order.id());
                }
                say.accept(done);
                return;
            }
            awaited.remove(order.id());
            if (cause instanceof Problem p && p.status() == 409) {
                say.accept("Order changed".equals(p.title()) ? "Order " + order.id()
                        + " was changed on another screen meanwhile; it is shown as it is now. Try again if still needed."
                        : p.detail());
                reread(order.id());
            } else if (cause instanceof Problem p) {
                say.accept(p.detail());
            } else {
                LOG.error("A change to order {} failed", order.id(), cause);
                say.accept("That did not work; try again");
            }
        }, fx);
    }

    /** Reads the order again off the FX thread, so that a screen that missed a change catches up. */
    private void reread(long orderId) {
        CompletableFuture.supplyAsync(() -> orders.find(orderId), background)
                .whenCompleteAsync((found, failure) -> {
                    if (failure != null) {
                        LOG.error("Cannot read order {} again", orderId, failure);
                    } else {
                        found.ifPresent(o -> latest.accept(List.of(o)));
                    }
                }, fx);
    }
}
