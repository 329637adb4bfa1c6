package com.bistro92.pad.rush;

import com.fasterxml.jackson.core.JsonFactory;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.api.StatusCode;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;

/**
 * One order-feed WebSocket, like a kitchen screen or a pad would hold it. It time-stamps each
 * message at its first fragment, records every {@code new_order} receipt, and checks that
 * {@code seq} keeps rising.
 *
 * <p>Messages are taken as fragments so that a large {@code initial} snapshot costs at most
 * {@link #MAX_TEXT} characters of memory per listener: beyond that only its head is kept, which
 * holds {@code type} and {@code seq}.
 *
 * <p>Public only because Jetty calls the listener methods through method handles, which need a
 * public class; everything else stays package-private.
 */
public final class FeedListener implements Session.Listener.AutoDemanding {

    static final int MAX_TEXT = 256 * 1024;

    private final JsonFactory json;
    private final ReceiptLog receipts;
    private final CompletableFuture<Long> initial = new CompletableFuture<>();
    private final StringBuilder text = new StringBuilder();
    private long firstFragmentNanos;
    private long lastSeq = Long.MIN_VALUE;
    private int seqRegressions;
    private int malformed;
    private String closed;
    private boolean closing;
    private Session session;

    FeedListener(JsonFactory json, int receiptCap) {
        this.json = json;
        this.receipts = new ReceiptLog(receiptCap);
    }

    /** Completes with the {@code seq} of the {@code initial} message, or fails if the feed closes first. */
    CompletableFuture<Long> initial() {
        return initial;
    }

    @Override
    public synchronized void onWebSocketOpen(Session opened) {
        this.session = opened;
    }

    @Override
    public void onWebSocketPartialText(String fragment, boolean last) {
        long now = System.nanoTime();
        FeedEvent event;
        synchronized (this) {
            if (text.isEmpty()) {
                firstFragmentNanos = now;
            }
            text.append(fragment, 0, Math.min(fragment.length(), Math.max(0, MAX_TEXT - text.length())));
            if (!last) {
                return;
            }
            try {
                event = FeedEvent.parse(json, text.toString());
            } catch (IOException e) {
                malformed++;
                return;
            } finally {
                text.setLength(0);
            }
            accept(event, firstFragmentNanos);
        }
        if (event.type().equals(FeedEvent.INITIAL)) {
            initial.complete(event.seq());
        }
    }

    private void accept(FeedEvent event, long receivedNanos) {
        if (event.seq() <= lastSeq) {
            seqRegressions++;
        }
        lastSeq = event.seq();
        if (event.type().equals(FeedEvent.NEW_ORDER)) {
            receipts.add(event.orderId(), receivedNanos);
        }
    }

    @Override
    public void onWebSocketClose(int statusCode, String reason, Callback callback) {
        synchronized (this) {
            if (!closing && closed == null) {
                closed = statusCode + (reason == null || reason.isBlank() ? "" : " " + reason);
            }
        }
        initial.completeExceptionally(new IOException("the feed closed before its initial message: " + statusCode));
        callback.succeed();
    }

    @Override
    public void onWebSocketError(Throwable cause) {
        synchronized (this) {
            if (!closing && closed == null) {
                closed = SeedClient.describe(cause);
            }
        }
        initial.completeExceptionally(cause);
    }

    /** Copies receipts from position {@code from} on; see {@link ReceiptLog#copy}. */
    synchronized int copyReceipts(int from, long[] ids, long[] nanos) {
        return receipts.copy(from, ids, nanos);
    }

    synchronized ListenerTally tally(DeliveryTracker tracker) {
        return new ListenerTally(tracker.expected(), tracker.received(), tracker.duplicates(),
                seqRegressions, malformed, receipts.dropped(), closed);
    }

    void close() {
        Session open;
        synchronized (this) {
            closing = true;
            open = session;
        }
        if (open != null && open.isOpen()) {
            open.close(StatusCode.NORMAL, "rush done", Callback.NOOP);
        }
    }
}
