package com.bistro92.pad.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pad's live feed: its table's order updates, its calls for service and menu changes. When
 * the connection drops it reconnects by itself with {@code ?since=} the last sequence number it
 * saw, so it misses nothing and sees nothing twice.
 */
public final class PadFeed implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PadFeed.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    /** What the pad hears: each message in order, and whether it is connected. */
    public interface Listener {
        void message(JsonNode message);

        void connected(boolean connected);
    }

    private final HttpClient http;
    private final PadCredentials pad;
    private final Listener listener;
    private final ObjectMapper json = PadJson.mapper();
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("pad-feed-retry").daemon().factory());
    private final java.util.concurrent.atomic.AtomicInteger generation = new java.util.concurrent.atomic.AtomicInteger();
    private volatile WebSocket socket;
    private volatile long lastSeq = -1;
    private volatile boolean closed;
    private Duration backoff = Duration.ofMillis(250);

    public PadFeed(HttpClient http, PadCredentials pad, Listener listener) {
        this.http = http;
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
        int current = generation.incrementAndGet();
        http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5))
                .header("Authorization", "Bearer " + pad.token())
                .buildAsync(uri, new Handler(current))
                .whenComplete((opened, failure) -> {
                    if (failure != null) {
                        retryLater();
                    } else {
                        socket = opened;
                        backoff = Duration.ofMillis(250);
                        listener.connected(true);
                    }
                });
    }

    private void retryLater() {
        listener.connected(false);
        if (!closed) {
            retries.schedule(this::connect, backoff.toMillis(), TimeUnit.MILLISECONDS);
            backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
        }
    }

    /** Drops the connection as a flaky Wi-Fi would; the feed reconnects by itself. */
    void drop() {
        WebSocket current = socket;
        if (current != null) {
            generation.incrementAndGet();
            current.abort();
            retryLater();
        }
    }

    /** One connection's listener; it falls silent once a newer connection replaces it. */
    private final class Handler implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();
        private final int mine;

        Handler(int mine) {
            this.mine = mine;
        }

        private boolean current() {
            return mine == generation.get();
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last && current()) {
                try {
                    JsonNode message = json.readTree(text.toString());
                    long seq = message.path("seq").asLong(-1);
                    if (seq > lastSeq || message.path("type").asText().equals("initial")) {
                        lastSeq = Math.max(lastSeq, seq);
                        listener.message(message);
                    }
                } catch (java.io.IOException e) {
                    LOG.warn("The feed sent something that is not JSON", e);
                } finally {
                    text.setLength(0);
                }
            } else if (last) {
                text.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            if (!current()) {
                return null;
            }
            if (statusCode == 1008) {
                closed = true;
                listener.connected(false);
            } else {
                retryLater();
            }
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            if (current()) {
                retryLater();
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        retries.shutdownNow();
        WebSocket current = socket;
        if (current != null) {
            current.abort();
        }
    }
}
