package com.bistro92.pad.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.api.StatusCode;
import org.eclipse.jetty.websocket.client.ClientUpgradeRequest;
import org.eclipse.jetty.websocket.client.WebSocketClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pad's live feed: its table's order updates, its calls for service and menu changes. When
 * the connection drops it reconnects by itself with {@code ?since=} the last sequence number it
 * saw, so it misses nothing and sees nothing twice.
 */
public final class PadFeed implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PadFeed.class);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(250);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

    /** What the pad hears: each message in order, and whether it is connected. */
    public interface Listener {
        void message(JsonNode message);

        void connected(boolean connected);
    }

    private final WebSocketClient websockets;
    private final ObjectMapper json;
    private final PadCredentials pad;
    private final Listener listener;
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("pad-feed-retry").daemon().factory());
    private final AtomicInteger generation = new AtomicInteger();
    private volatile Session session;
    private volatile long lastSeq = -1;
    private volatile boolean closed;
    private volatile Duration backoff = FIRST_BACKOFF;

    /**
     * @param websockets the process's WebSocket client, started; the caller stops it
     * @param json       the process's JSON mapper
     * @param pad        the pad whose feed this is; its token goes with every connection
     * @param listener   hears the messages and the connection's state, on Jetty's threads
     */
    public PadFeed(WebSocketClient websockets, ObjectMapper json, PadCredentials pad, Listener listener) {
        this.websockets = websockets;
        this.json = json;
        this.pad = pad;
        this.listener = listener;
    }

    /** Connects; afterwards the feed keeps itself connected until closed. */
    public void start() {
        connect();
    }

    /** The last sequence number received. */
    public long lastSeq() {
        return lastSeq;
    }

    private void connect() {
        if (closed) {
            return;
        }
        String ws = pad.server().toString().replaceFirst("^http", "ws");
        URI uri = URI.create(ws + "/ws/orders" + (lastSeq >= 0 ? "?since=" + lastSeq : ""));
        ClientUpgradeRequest upgrade = new ClientUpgradeRequest();
        upgrade.setHeader("Authorization", "Bearer " + pad.token());
        upgrade.setTimeout(CONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        Connection connection = new Connection(generation.incrementAndGet());
        try {
            websockets.connect(connection, uri, upgrade).whenComplete((opened, failure) -> {
                if (failure != null) {
                    connection.failed(failure);
                }
            });
        } catch (IOException | RuntimeException e) {
            connection.lost();
        }
    }

    private void retryLater() {
        listener.connected(false);
        if (!closed) {
            try {
                retries.schedule(this::connect, backoff.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                return; // closed meanwhile
            }
            backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
        }
    }

    /** Drops the connection as a flaky Wi-Fi would; the feed reconnects by itself. */
    void drop() {
        Session current = session;
        if (current != null) {
            generation.incrementAndGet();
            current.disconnect();
            retryLater();
        }
    }

    /**
     * One connection's listener; it falls silent once a newer connection replaces it or the feed
     * closes. Public only because Jetty calls it through method handles, which need a public class.
     */
    public final class Connection implements Session.Listener.AutoDemanding {
        private final int mine;
        // Jetty may report one loss twice (a failed connect both fails its future and calls
        // onWebSocketError; an error may be followed by a close): only the first counts
        private final AtomicBoolean ended = new AtomicBoolean();

        private Connection(int mine) {
            this.mine = mine;
        }

        private boolean current() {
            return mine == generation.get();
        }

        @Override
        public void onWebSocketOpen(Session opened) {
            if (!current()) {
                opened.disconnect();
                return;
            }
            session = opened;
            backoff = FIRST_BACKOFF;
            listener.connected(true);
        }

        @Override
        public void onWebSocketText(String text) {
            if (!current()) {
                return;
            }
            try {
                JsonNode message = json.readTree(text);
                long seq = message.path("seq").asLong(-1);
                if (seq > lastSeq || message.path("type").asText().equals("initial")) {
                    lastSeq = Math.max(lastSeq, seq);
                    listener.message(message);
                }
            } catch (IOException e) {
                LOG.warn("The feed sent something that is not JSON", e);
            }
        }

        @Override
        public void onWebSocketClose(int statusCode, String reason, Callback callback) {
            try {
                if (statusCode == StatusCode.POLICY_VIOLATION) {
                    revoked();
                } else {
                    lost();
                }
            } finally {
                callback.succeed();
            }
        }

        @Override
        public void onWebSocketError(Throwable cause) {
            failed(cause);
        }

        /** A server with another certificate will not change by trying again: the feed stops. */
        private void failed(Throwable cause) {
            if (CertificateMismatch.in(cause) != null) {
                LOG.warn("The feed stopped: {}", CertificateMismatch.in(cause).getMessage());
                revoked();
            } else {
                lost();
            }
        }

        /** The connection failed or ended: the feed tries again, unless a newer one took over. */
        private void lost() {
            if (ended.compareAndSet(false, true) && current()) {
                retryLater();
            }
        }

        /** The server turned this pad away for good (it was revoked), or is not the pinned one: no more tries. */
        private void revoked() {
            if (ended.compareAndSet(false, true) && current()) {
                closed = true;
                listener.connected(false);
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        generation.incrementAndGet();
        retries.shutdownNow();
        Session current = session;
        if (current != null) {
            current.close(StatusCode.NORMAL, "pad closed", Callback.NOOP);
        }
    }
}
