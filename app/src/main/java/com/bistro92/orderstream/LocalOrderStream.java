package com.bistro92.orderstream;

import com.bistro92.journal.EventStream;
import com.bistro92.order.FeedMessage;
import com.bistro92.order.Order;
import com.bistro92.order.OrderEvent;
import com.bistro92.order.OrderStatus;
import com.bistro92.order.Orders;
import com.bistro92.order.TicketChange;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The order stream inside the suite: the one event stream, and a snapshot read from the database
 * off the caller's thread. The subscription is made before the read, so no change falls between
 * them; changes the snapshot already holds are the follower's to skip by their {@code seq}.
 */
public final class LocalOrderStream implements OrderStream {

    private static final Logger LOG = LoggerFactory.getLogger(LocalOrderStream.class);
    private static final long RETRY_SECONDS = 3;

    private final Orders orders;
    private final EventStream events;
    private final Executor background;

    /** @param background runs the snapshot's read, which blocks */
    public LocalOrderStream(Orders orders, EventStream events, Executor background) {
        this.orders = orders;
        this.events = events;
        this.background = background;
    }

    @Override
    public AutoCloseable follow(Listener listener) {
        Following following = new Following(listener);
        AutoCloseable subscription = events.subscribe(OrderEvent.class, following::heard);
        following.load();
        return () -> {
            following.closed = true;
            subscription.close();
        };
    }

    /**
     * One follower. Events heard before the snapshot is handed over wait for it, so the listener
     * never gets a change before its snapshot, nor two calls at once.
     */
    private final class Following {
        private final Listener listener;
        private final java.util.ArrayDeque<OrderEvent> early = new java.util.ArrayDeque<>();
        private boolean loaded;
        private volatile boolean closed;

        Following(Listener listener) {
            this.listener = listener;
        }

        void load() {
            CompletableFuture.supplyAsync(orders::initial, background).whenComplete((initial, failure) -> {
                if (closed) {
                    return;
                }
                if (failure != null) {
                    LOG.error("Could not read the open orders", failure);
                    listener.notLive("Not live: cannot read the orders. Retrying…");
                    forgetEarly(); // the next snapshot is read later, so it holds them
                    CompletableFuture.delayedExecutor(RETRY_SECONDS, TimeUnit.SECONDS, background)
                            .execute(this::load);
                    return;
                }
                handOver(initial);
            });
        }

        private synchronized void handOver(FeedMessage.Initial initial) {
            listener.snapshot(initial);
            listener.notLive("");
            for (OrderEvent event = early.poll(); event != null; event = early.poll()) {
                tell(event);
            }
            loaded = true;
        }

        private synchronized void forgetEarly() {
            early.clear();
        }

        synchronized void heard(OrderEvent event) {
            if (closed) {
                return;
            }
            if (!loaded) {
                early.add(event);
                return;
            }
            tell(event);
        }

        private void tell(OrderEvent event) {
            listener.changed(event.seq(), event.order(), event instanceof OrderEvent.Placed);
        }
    }

    @Override
    public CompletableFuture<Void> receive(long orderId, Integer by) {
        return orders.receive(orderId, by).thenApply(changed -> null);
    }

    @Override
    public CompletableFuture<Order> changeStatus(long orderId, OrderStatus to, int expectedVersion, Integer by) {
        return orders.changeStatus(orderId, to, expectedVersion, by);
    }

    @Override
    public CompletableFuture<Order> changeTicket(TicketChange change, int expectedVersion) {
        return orders.changeTicket(change, expectedVersion);
    }
}
