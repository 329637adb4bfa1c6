package com.bistro92.orderstream;

import com.bistro92.order.FeedMessage;
import com.bistro92.order.Order;
import com.bistro92.order.OrderStatus;
import com.bistro92.order.TicketChange;
import java.util.concurrent.CompletableFuture;

/**
 * The orders as a screen follows them: a snapshot, then every change after it, and the commands a
 * kitchen screen sends. In the suite it is the one event stream and the order commands themselves
 * ({@link LocalOrderStream}); on a second display it is the main PC's WebSocket feed and REST API.
 * The kitchen view and the ready board read through this interface only, so both modes are one
 * code path.
 */
public interface OrderStream {

    /**
     * What a follower hears. Calls may come on any thread, but never two at once for one follower;
     * a change always comes after the snapshot it follows.
     */
    interface Listener {

        /** Everything known now: replaces whatever the follower knew before (also after a reconnect). */
        void snapshot(FeedMessage.Initial initial);

        /**
         * One change after the snapshot, in the order of the stream.
         *
         * @param placed whether the order is new with this change
         */
        void changed(long seq, Order order, boolean placed);

        /** Empty while the stream is live; otherwise why it is not (the screen shows a banner). */
        void notLive(String reason);
    }

    /** Starts following: the listener gets a snapshot, then changes, until the handle is closed. */
    AutoCloseable follow(Listener listener);

    /** The kitchen's receipt: a PLACED order becomes RECEIVED; nothing changes when it is past that. */
    CompletableFuture<Void> receive(long orderId, Integer by);

    /** A whole-ticket bump, recall or undo, checked against {@code expectedVersion}. */
    CompletableFuture<Order> changeStatus(long orderId, OrderStatus to, int expectedVersion, Integer by);

    /** A line done or not, held or fired, or the ticket urgent or not, checked against the version. */
    CompletableFuture<Order> changeTicket(TicketChange change, int expectedVersion);
}
