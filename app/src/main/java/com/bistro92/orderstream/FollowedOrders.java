package com.bistro92.orderstream;

import com.bistro92.order.FeedMessage;
import com.bistro92.order.Order;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Follows an {@link OrderStream} for a screen, on the FX thread. Changes are queued as they arrive;
 * one task on the FX thread applies whatever has arrived, however many, so that a burst costs the
 * screen one update rather than one per event. Changes the snapshot already holds are skipped by
 * their {@code seq}.
 */
public final class FollowedOrders implements AutoCloseable {

    /** The screen's side: called on the FX thread only. */
    public interface Screen {

        /**
         * A change was heard, on the stream's thread, before it waits for the FX thread: for timing
         * only, so it must be quick.
         */
        default void heard(Order order, boolean placed) {
        }

        /** Everything known now; what the screen knew before is replaced. */
        void reset(FeedMessage.Initial initial);

        /** One change after the snapshot. */
        void changed(Order order, boolean placed);

        /** A run of changes (or a reset) has been applied: the time to update what is shown. */
        void settled();

        /** Empty while live; otherwise why the screen is not live. */
        void notLive(String reason);
    }

    private record Change(long seq, Order order, boolean placed) {
    }

    private final OrderStream stream;
    private final Executor fx;
    private final Screen screen;
    private final ConcurrentLinkedQueue<Object> inbox = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean drainScheduled = new AtomicBoolean();
    private volatile boolean closed;
    private long seenSeq = -1;
    private AutoCloseable following;

    /** @param fx runs a task on the FX thread ({@code Platform::runLater} in the app) */
    public FollowedOrders(OrderStream stream, Executor fx, Screen screen) {
        this.stream = stream;
        this.fx = fx;
        this.screen = screen;
    }

    /** Starts following the stream. */
    public void start() {
        following = stream.follow(new OrderStream.Listener() {
            @Override
            public void snapshot(FeedMessage.Initial initial) {
                queue(initial);
            }

            @Override
            public void changed(long seq, Order order, boolean placed) {
                screen.heard(order, placed);
                queue(new Change(seq, order, placed));
            }

            @Override
            public void notLive(String reason) {
                fx.execute(() -> {
                    if (!closed) {
                        screen.notLive(reason);
                    }
                });
            }
        });
    }

    private void queue(Object message) {
        inbox.add(message);
        if (drainScheduled.compareAndSet(false, true)) {
            fx.execute(this::drain);
        }
    }

    private void drain() {
        drainScheduled.set(false);
        if (closed) {
            return;
        }
        boolean any = false;
        for (Object message = inbox.poll(); message != null; message = inbox.poll()) {
            if (message instanceof FeedMessage.Initial initial) {
                screen.reset(initial);
                seenSeq = initial.seq();
                any = true;
            } else if (message instanceof Change change && seenSeq >= 0 && change.seq() > seenSeq) {
                screen.changed(change.order(), change.placed());
                seenSeq = change.seq();
                any = true;
            }
        }
        if (any) {
            screen.settled();
        }
    }

    @Override
    public void close() throws Exception {
        closed = true;
        if (following != null) {
            following.close();
        }
    }
}
