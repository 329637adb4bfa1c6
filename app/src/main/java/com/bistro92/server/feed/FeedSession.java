package com.bistro92.server.feed;

import com.bistro92.table.DisplayIdentity;
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
 * One WebSocket client of the order feed, with its own ordered outbound queue, bounded in bytes.
 *
 * <p>Sending is a Jetty {@link IteratingCallback}: at most one send is outstanding, and whoever
 * queues a message while none is (the feed's dispatcher, say) sends it at once on its own thread.
 * Jetty's sends do not block: a client that reads slowly only keeps its own queue waiting.
 *
 * <p>Memory per client is bounded. Messages are strings shared with every other client (each
 * event is serialised once); the queue of those waiting for this client may hold at most
 * {@code maxBytes} of them, and a client that falls further behind is dropped: it can reconnect
 * with {@code ?since=} and miss nothing. A message larger than {@link #FRAGMENT} (the
 * {@code initial} snapshot of a busy day) is shared too and sent in fragments, encoded one at a
 * time, so a client that stalls halfway holds one fragment, not its own copy of the snapshot.
 *
 * <p>While the client is catching up (initial snapshot or replay), live events are held back and
 * released afterwards, skipping any the catch-up already covered, so each event reaches the
 * client once and in order.
 */
final class FeedSession {

    private static final Logger LOG = LoggerFactory.getLogger(FeedSession.class);
    /** Large messages are sent in fragments of this many characters. */
    static final int FRAGMENT = 32 * 1024;
    private static final long CATCH_UP_PATIENCE_NANOS = TimeUnit.SECONDS.toNanos(60);
    private static final Object PING = new Object();
    /** The answer to a client's {@code ping} text: a browser cannot see protocol pings, so it asks. */
    static final String PONG = "{\"type\":\"pong\"}";
    /** A client is answered at most this often, however often it asks. */
    private static final long PONG_EVERY_NANOS = java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(400);

    private record Held(long seq, String json) {
    }

    private final Session session;
    private final PadIdentity pad;
    private final DisplayIdentity display;
    private final int maxBytes;
    private final Sender sender = new Sender();
    private final ArrayDeque<Object> outbound = new ArrayDeque<>();
    private long lastPong = System.nanoTime() - PONG_EVERY_NANOS;
    private final List<Held> held = new ArrayList<>();
    private long queuedBytes;
    private long heldBytes;
    private final Integer integration;
    private boolean live;
    private boolean closed;
    private long lastSeq;

    FeedSession(Session session, PadIdentity pad, int maxBytes) {
        this(session, pad, null, maxBytes);
    }

    FeedSession(Session session, PadIdentity pad, DisplayIdentity display, int maxBytes) {
        this(session, pad, display, null, maxBytes);
    }

    /** @param integration the outside system holding this connection, or null */
    FeedSession(Session session, PadIdentity pad, DisplayIdentity display, Integer integration, int maxBytes) {
        this.integration = integration;
        this.session = session;
        this.pad = pad;
        this.display = display;
        this.maxBytes = maxBytes;
    }

    /** The pad holding this connection, or null for a staff screen or a display. */
    PadIdentity pad() {
        return pad;
    }

    /** The integration holding this connection, by id, or null. */
    Integer integration() {
        return integration;
    }

    /** The display holding this connection, or null. */
    DisplayIdentity display() {
        return display;
    }

    /**
     * Whether this client may see an event about {@code tableId}: a pad sees only its own table,
     * plus events for every table (null), such as a menu change, and never staff-only events; a
     * display sees every table's events, but no staff-only ones.
     */
    boolean wants(Integer tableId, boolean staffOnly) {
        if (display != null) {
            return !staffOnly;
        }
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
                heldBytes += cost(json);
                if (heldBytes > maxBytes) {
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
     * Blocks the (virtual) catch-up thread while half the byte budget is already waiting, so that a
     * long replay streams at the client's pace instead of overflowing its queue.
     */
    void catchUp(long seq, String json) throws InterruptedException {
        synchronized (this) {
            long deadline = System.nanoTime() + CATCH_UP_PATIENCE_NANOS;
            while (!closed && queuedBytes >= maxBytes / 2) {
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
                    if (!enqueue(h.json())) {
                        return;
                    }
                }
            }
            held.clear();
            heldBytes = 0;
        }
        sender.iterate();
    }

    /**
     * Answers a client's {@code ping} with {@link #PONG}, so that a browser learns within a second or
     * two that its feed is gone, which TCP would take minutes to tell it. At most one an
     * {@link #PONG_EVERY_NANOS}: more asks are ignored.
     */
    void pong() {
        long now = System.nanoTime();
        synchronized (this) {
            if (closed || now - lastPong < PONG_EVERY_NANOS || !enqueue(PONG)) {
                return;
            }
            lastPong = now;
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

    synchronized boolean isClosed() {
        return closed;
    }

    /** Bytes waiting for this client now, for tests and diagnostics. */
    synchronized long queuedBytes() {
        return queuedBytes;
    }

    synchronized void markClosed() {
        closed = true;
        notifyAll();
        outbound.clear();
        held.clear();
        queuedBytes = 0;
        heldBytes = 0;
    }

    void close(int status, String reason) {
        markClosed();
        session.close(status, reason, Callback.NOOP);
    }

    /** Adds to the queue; false when the client is too far behind. Holds the lock. */
    private boolean enqueue(Object message) {
        long cost = cost(message);
        if (queuedBytes + cost > maxBytes) {
            tooSlow();
            return false;
        }
        outbound.add(message);
        queuedBytes += cost;
        return true;
    }

    /** The next message to send, or null; wakes a waiting catch-up when there is room again. */
    private synchronized Object next() {
        Object next = closed ? null : outbound.poll();
        if (next != null) {
            queuedBytes -= cost(next);
        }
        if (queuedBytes < maxBytes / 2) {
            notifyAll();
        }
        return next;
    }

    /**
     * What a queued message costs this client: its length, except for a large shared message,
     * which is sent in fragments and costs one fragment at a time.
     */
    private static long cost(Object message) {
        return message instanceof String s ? Math.min(s.length(), FRAGMENT) : 16;
    }

    /** Gives up on a client that does not keep up. Holds the lock. */
    private void tooSlow() {
        LOG.warn("Feed client {} fell more than {} KiB behind; disconnecting it", session.getRemoteSocketAddress(),
                maxBytes / 1024);
        markClosed();
        session.close(StatusCode.TRY_AGAIN_LATER, "Too far behind; reconnect with ?since=<last seq>", Callback.NOOP);
    }

    /** Sends the queued messages one at a time, in order; a large one in fragments. */
    private final class Sender extends IteratingCallback {

        private final Callback sent = Callback.from(this::succeeded, this::failed);
        private String large;
        private int offset;

        @Override
        protected Action process() {
            if (large == null) {
                Object message = next();
                if (message == null) {
                    return Action.IDLE;
                }
                if (message == PING) {
                    session.sendPing(ByteBuffer.allocate(0), sent);
                    return Action.SCHEDULED;
                }
                String text = (String) message;
                if (text.length() <= FRAGMENT) {
                    session.sendText(text, sent);
                    return Action.SCHEDULED;
                }
                large = text;
                offset = 0;
            }
            int end = Math.min(large.length(), offset + FRAGMENT);
            if (end < large.length() && Character.isHighSurrogate(large.charAt(end - 1))) {
                end--;
            }
            String fragment = large.substring(offset, end);
            boolean last = end == large.length();
            offset = end;
            if (last) {
                large = null;
            }
            session.sendPartialText(fragment, last, sent);
            return Action.SCHEDULED;
        }

        @Override
        protected void onCompleteFailure(Throwable cause) {
            LOG.debug("Feed send to {} failed", session.getRemoteSocketAddress(), cause);
            markClosed();
        }
    }
}
