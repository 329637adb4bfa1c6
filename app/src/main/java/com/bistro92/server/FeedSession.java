package com.bistro92.server;

import com.bistro92.table.PadIdentity;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.util.IteratingCallback;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.api.StatusCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One WebSocket client of the order feed, with its own ordered outbound queue.
 *
 * <p>Sending is a Jetty {@link IteratingCallback}: at most one send is outstanding, and whoever
 * queues a message while none is (the feed's dispatcher, say) sends it at once on its own thread,
 * with no hand-over to another. Jetty's sends do not block: a client that reads slowly only keeps
 * its own queue waiting, and the send completes later on one of Jetty's threads.
 *
 * <p>While the client is catching up (initial snapshot or replay), live events are held back and
 * released afterwards, skipping any the catch-up already covered, so each event reaches the
 * client once and in order. A client that falls too far behind is disconnected: it can reconnect
 * with {@code ?since=} and miss nothing.
 */
final class FeedSession {

    private static final Logger LOG = LoggerFactory.getLogger(FeedSession.class);
    static final int MAX_QUEUED = 20_000;
    /** Replayed messages allowed in the queue at once. */
    static final int CATCH_UP_WINDOW = 1_000;
    private static final long CATCH_UP_PATIENCE_NANOS = TimeUnit.SECONDS.toNanos(60);
    private static final Object PING = new Object();

    private record Held(long seq, String json) {
    }

    private final Session session;
    private final PadIdentity pad;
    private final Sender sender = new Sender();
    private final ArrayDeque<Object> outbound = new ArrayDeque<>();
    private final List<Held> held = new ArrayList<>();
    private boolean live;
    private boolean closed;
    private long lastSeq;

    FeedSession(Session session, PadIdentity pad) {
        this.session = session;
        this.pad = pad;
    }

    /** The pad holding this connection, or null for a staff screen. */
    PadIdentity pad() {
        return pad;
    }

    /**
     * Whether this client may see an event about {@code tableId}: a pad sees only its own table,
     * plus events for every table (null), such as a menu change, and never staff-only events.
     */
    boolean wants(Integer tableId, boolean staffOnly) {
        return pad == null || !staffOnly && (tableId == null || tableId == pad.tableId());
    }

    /** A live event from the stream. */
    void offer(long seq, String json) {
        synchronized (this) {
            if (closed) {
                return;
            }
            if (!live) {
                held.add(new Held(seq, json));
                if (held.size() > MAX_QUEUED) {
                    tooSlow();
                }
                return;
            }
            if (seq <= lastSeq) {
                return;
            }
            lastSeq = seq;
            if (!enqueue(json)) {
                return;
            }
        }
        sender.iterate();
    }

    /**
     * A catch-up message (initial snapshot or replayed event) reflecting events up to {@code seq}.
     * Blocks the (virtual) catch-up thread while {@link #CATCH_UP_WINDOW} messages are already
     * waiting, so that a long replay streams at the client's pace instead of overflowing its queue.
     */
    void catchUp(long seq, String json) throws InterruptedException {
        synchronized (this) {
            long deadline = System.nanoTime() + CATCH_UP_PATIENCE_NANOS;
            while (!closed && outbound.size() >= CATCH_UP_WINDOW) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    tooSlow();
                    return;
                }
                wait(Math.max(1, left / 1_000_000));
            }
            if (closed) {
                return;
            }
            lastSeq = Math.max(lastSeq, seq);
            if (!enqueue(json)) {
                return;
            }
        }
        sender.iterate();
    }

    /** Ends the catch-up: releases held live events newer than what the catch-up covered. */
    void goLive() {
        synchronized (this) {
            if (closed) {
                return;
            }
            live = true;
            for (Held h : held) {
                if (h.seq() > lastSeq) {
                    lastSeq = h.seq();
                    enqueue(h.json());
                }
            }
            held.clear();
        }
        sender.iterate();
    }

    void ping() {
        synchronized (this) {
            if (closed || !live || !enqueue(PING)) {
                return;
            }
        }
        sender.iterate();
    }

    synchronized void markClosed() {
        closed = true;
        notifyAll();
        outbound.clear();
        held.clear();
    }

    void close(int status, String reason) {
        markClosed();
        session.close(status, reason, Callback.NOOP);
    }

    /** Adds to the queue; false when the client is too far behind. Holds the lock. */
    private boolean enqueue(Object message) {
        if (outbound.size() >= MAX_QUEUED) {
            tooSlow();
            return false;
        }
        outbound.add(message);
        return true;
    }

    /** The next message to send, or null; wakes a waiting catch-up when there is room again. */
    private synchronized Object next() {
        Object next = closed ? null : outbound.poll();
        if (outbound.size() < CATCH_UP_WINDOW) {
            notifyAll();
        }
        return next;
    }

    /** Gives up on a client that does not keep up. Holds the lock. */
    private void tooSlow() {
        notifyAll();
        LOG.warn("Feed client {} fell {} messages behind; disconnecting it", session.getRemoteSocketAddress(),
                MAX_QUEUED);
        closed = true;
        outbound.clear();
        held.clear();
        session.close(StatusCode.TRY_AGAIN_LATER, "Too far behind; reconnect with ?since=<last seq>", Callback.NOOP);
    }

    /** Sends the queued messages one at a time, in order. */
    private final class Sender extends IteratingCallback {

        private final Callback sent = Callback.from(this::succeeded, this::failed);

        @Override
        protected Action process() {
            Object message = next();
            if (message == null) {
                return Action.IDLE;
            }
            if (message == PING) {
                session.sendPing(ByteBuffer.allocate(0), sent);
            } else {
                session.sendText((String) message, sent);
            }
            return Action.SCHEDULED;
        }

        @Override
        protected void onCompleteFailure(Throwable cause) {
            LOG.debug("Feed send to {} failed", session.getRemoteSocketAddress(), cause);
            markClosed();
        }
    }
}
