package com.bistro92.server;

import com.bistro92.table.PadIdentity;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.api.StatusCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One WebSocket client of the order feed, with its own ordered outbound queue.
 *
 * <p>At most one send is outstanding at a time. While the client is catching up (initial
 * snapshot or replay), live events are held back and released afterwards, skipping any the
 * catch-up already covered, so each event reaches the client once and in order. A client that
 * falls too far behind is disconnected: it can reconnect with {@code ?since=} and miss nothing.
 */
final class FeedSession {

    private static final Logger LOG = LoggerFactory.getLogger(FeedSession.class);
    static final int MAX_QUEUED = 20_000;
    /** Replayed messages allowed in the queue at once. */
    static final int CATCH_UP_WINDOW = 1_000;
    private static final long CATCH_UP_PATIENCE_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
    private static final Object PING = new Object();

    private record Held(long seq, String json) {
    }

    private final Session session;
    private final Executor sender;
    private final PadIdentity pad;
    private final ArrayDeque<Object> outbound = new ArrayDeque<>();
    private final List<Held> held = new ArrayList<>();
    private boolean live;
    private boolean sending;
    private boolean inSend;
    private boolean completedInline;
    private boolean closed;
    private long lastSeq;

    /**
     * @param sender runs the sending, so that the thread that offers an event (the feed's
     *               dispatcher) only queues it and moves on to the next client
     */
    FeedSession(Session session, Executor sender, PadIdentity pad) {
        this.session = session;
        this.sender = sender;
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

    /** A live event from the order stream. */
    void offer(long seq, String json) {
        boolean start;
        synchronized (this) {
            if (closed) {
                return;
            }
            if (!live) {
                held.add(new Held(seq, json));
                start = false;
                if (held.size() > MAX_QUEUED) {
                    tooSlow();
                }
            } else {
                if (seq <= lastSeq) {
                    return;
                }
                lastSeq = seq;
                start = enqueue(json);
            }
        }
        if (start) {
            sender.execute(this::pump);
        }
    }

    /**
     * A catch-up message (initial snapshot or replayed event) reflecting events up to {@code seq}.
     * Blocks the (virtual) catch-up thread while {@link #CATCH_UP_WINDOW} messages are already
     * waiting, so that a long replay streams at the client's pace instead of overflowing its queue.
     */
    void catchUp(long seq, String json) throws InterruptedException {
        boolean start;
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
            start = enqueue(json);
        }
        if (start) {
            sender.execute(this::pump);
        }
    }

    /** Ends the catch-up: releases held live events newer than what the catch-up covered. */
    void goLive() {
        boolean start = false;
        synchronized (this) {
            if (closed) {
                return;
            }
            live = true;
            for (Held h : held) {
                if (h.seq() > lastSeq) {
                    lastSeq = h.seq();
                    start |= enqueue(h.json());
                }
            }
            held.clear();
        }
        if (start) {
            sender.execute(this::pump);
        }
    }

    void ping() {
        boolean start;
        synchronized (this) {
            if (closed || !live) {
                return;
            }
            start = enqueue(PING);
        }
        if (start) {
            sender.execute(this::pump);
        }
    }

    synchronized boolean isClosed() {
        return closed;
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

    /** Adds to the queue; true if the caller must start sending. Holds the lock. */
    private boolean enqueue(Object message) {
        if (outbound.size() >= MAX_QUEUED) {
            tooSlow();
            return false;
        }
        outbound.add(message);
        if (sending) {
            return false;
        }
        sending = true;
        return true;
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

    /** Sends queued messages one at a time; completions that happen inline loop here instead of recursing. */
    private void pump() {
        while (true) {
            Object next;
            synchronized (this) {
                next = closed ? null : outbound.poll();
                if (outbound.size() < CATCH_UP_WINDOW) {
                    notifyAll();
                }
                if (next == null) {
                    sending = false;
                    return;
                }
                inSend = true;
                completedInline = false;
            }
            Callback done = Callback.from(this::sent, this::failed);
            if (next == PING) {
                session.sendPing(ByteBuffer.allocate(0), done);
            } else {
                session.sendText((String) next, done);
            }
            synchronized (this) {
                inSend = false;
                if (!completedInline) {
                    return;
                }
            }
        }
    }

    private void sent() {
        synchronized (this) {
            if (inSend) {
                completedInline = true;
                return;
            }
        }
        pump();
    }

    private void failed(Throwable failure) {
        LOG.debug("Feed send to {} failed", session.getRemoteSocketAddress(), failure);
        markClosed();
    }
}
