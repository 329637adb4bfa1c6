package com.bistro92.orderstream;

import com.bistro92.order.FeedMessage;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One follower of the main PC's feed: connects, pings, notices silence, and reconnects with
 * {@code ?since=} the last sequence number heard, so that after a drop the follower gets every
 * change it missed, in order, once. A fresh {@code initial} (what the main PC sends when it cannot
 * replay from there) is handed on as a new snapshot.
 *
 * <p>The listener hears one call at a time: every call is made holding this object's lock, from
 * the WebSocket's threads or the ping timer. A connection replaced by a newer one falls silent.
 */
final class RemoteFeed implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RemoteFeed.class);
    static final String LOST = "Not live: the main PC cannot be reached. Reconnecting…";
    static final String REVOKED = "Not live: this display was revoked on the main PC. Pair it again.";

    private final HttpClient http;
    private final URI server;
    private final String token;
    private final ObjectMapper json;
    private final RemoteOrderStream.Timing timing;
    private final OrderStream.Listener listener;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("display-feed").daemon().factory());

    private int generation;
    private WebSocket socket;
    private long lastHeard;
    private long lastSeq = -1;
    private long backoffMillis;
    private boolean stopped;
    private CompletableFuture<WebSocket> ping = CompletableFuture.completedFuture(null);

    RemoteFeed(HttpClient http, URI server, String token, ObjectMapper json, RemoteOrderStream.Timing timing,
               OrderStream.Listener listener) {
        this.http = http;
        this.server = server;
        this.token = token;
        this.json = json;
        this.timing = timing;
        this.listener = listener;
        this.backoffMillis = timing.firstBackoff().toMillis();
    }

    void start() {
        long every = timing.pingEvery().toMillis();
        timer.scheduleAtFixedRate(this::keepAlive, every, every, TimeUnit.MILLISECONDS);
        connect();
    }

    private synchronized void connect() {
        if (stopped) {
            return;
        }
        int mine = ++generation;
        String wss = server.toString().replaceFirst("^http", "ws");
        URI uri = URI.create(wss + "/ws/orders" + (lastSeq >= 0 ? "?since=" + lastSeq : ""));
        http.newWebSocketBuilder()
                .header("Authorization", "Bearer " + token)
                .connectTimeout(timing.request())
                .buildAsync(uri, new Connection(mine))
                .whenComplete((opened, failure) -> {
                    if (failure != null) {
                        lost(mine, failure);
                    }
                });
    }

    /** Pings the main PC, and gives the connection up once it has been silent too long. */
    private synchronized void keepAlive() {
        if (stopped || socket == null) {
            return;
        }
        if (System.nanoTime() - lastHeard > timing.silence().toNanos()) {
            LOG.info("The main PC has been silent for {} ms; reconnecting", timing.silence().toMillis());
            lost(generation, null);
            return;
        }
        // never two pings outstanding on one WebSocket
        if (ping.isDone() && !socket.isOutputClosed()) {
            ping = socket.sendPing(ByteBuffer.allocate(0));
        }
    }

    private synchronized void opened(int mine, WebSocket opened) {
        if (mine != generation || stopped) {
            opened.abort();
            return;
        }
        socket = opened;
        LOG.info("Following the main PC's feed{}", lastSeq >= 0 ? " from event #" + lastSeq : "");
        lastHeard = System.nanoTime();
        backoffMillis = timing.firstBackoff().toMillis();
        ping = CompletableFuture.completedFuture(null);
        listener.notLive("");
    }

    private synchronized void heard(int mine) {
        if (mine == generation) {
            lastHeard = System.nanoTime();
        }
    }

    private synchronized void message(int mine, String text) {
        if (mine != generation || stopped) {
            return;
        }
        lastHeard = System.nanoTime();
        try {
            JsonNode message = json.readTree(text);
            String type = message.path("type").asText();
            long seq = message.path("seq").asLong(-1);
            if (FeedMessage.INITIAL.equals(type)) {
                FeedMessage.Initial initial = json.treeToValue(message, FeedMessage.Initial.class);
                lastSeq = initial.seq();
                listener.snapshot(initial);
            } else if (seq > lastSeq) {
                lastSeq = seq;
                if (FeedMessage.NEW_ORDER.equals(type) || FeedMessage.ORDER_UPDATED.equals(type)) {
                    FeedMessage.OfOrder change = json.treeToValue(message, FeedMessage.OfOrder.class);
                    listener.changed(seq, change.order(), FeedMessage.NEW_ORDER.equals(type));
                }
            }
        } catch (IOException | RuntimeException e) {
            // a message this display cannot read would leave a gap: start again from a fresh connection
            LOG.error("The main PC sent a feed message this display cannot read; reconnecting", e);
            lost(mine, e);
        }
    }

    /** The connection failed, closed or went silent: say so at once, and try again after the backoff. */
    private synchronized void lost(int mine, Throwable why) {
        if (mine != generation || stopped) {
            return;
        }
        generation++;
        WebSocket gone = socket;
        socket = null;
        if (gone != null) {
            gone.abort();
        }
        Throwable cause = why instanceof java.util.concurrent.CompletionException c && c.getCause() != null
                ? c.getCause() : why;
        if (cause instanceof WebSocketHandshakeException refused && refused.getResponse().statusCode() == 401) {
            revoked();
            return;
        }
        LOG.info("Lost the main PC's feed ({}); reconnecting in {} ms", cause == null ? "silent" : cause.toString(),
                backoffMillis);
        listener.notLive(LOST);
        try {
            timer.schedule(this::connect, backoffMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            return; // closed meanwhile
        }
        backoffMillis = Math.min(backoffMillis * 2, timing.maxBackoff().toMillis());
    }

    /** The main PC turned this display away for good: no more tries. */
    private void revoked() {
        stopped = true;
        listener.notLive(REVOKED);
        timer.shutdownNow();
    }

    /**
     * The main PC closed the feed: shutting down, or this display was revoked. Either way it tries
     * again; a revoked display's next attempt is answered 401, and then it stops.
     */
    private synchronized void closedByServer(int mine, int status, String reason) {
        lost(mine, new IOException("closed by the main PC (" + status + " " + reason + ")"));
    }

    @Override
    public void close() {
        WebSocket open;
        synchronized (this) {
            stopped = true;
            generation++;
            open = socket;
            socket = null;
        }
        timer.shutdownNow();
        if (open != null) {
            open.sendClose(WebSocket.NORMAL_CLOSURE, "display closed").whenComplete((ws, e) -> open.abort());
        }
    }

    /** One connection's listener; bounded: a message longer than the limit ends the connection. */
    private final class Connection implements WebSocket.Listener {
        private final int mine;
        private final StringBuilder partial = new StringBuilder();

        Connection(int mine) {
            this.mine = mine;
        }

        @Override
        public void onOpen(WebSocket webSocket) {
            opened(mine, webSocket);
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            if (partial.length() + data.length() > RemoteOrderStream.MAX_MESSAGE_CHARS) {
                partial.setLength(0);
                lost(mine, new IOException("A feed message longer than " + RemoteOrderStream.MAX_MESSAGE_CHARS
                        + " characters"));
                return null;
            }
            partial.append(data);
            heard(mine);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                message(mine, text);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onPong(WebSocket webSocket, ByteBuffer message) {
            heard(mine);
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onPing(WebSocket webSocket, ByteBuffer message) {
            heard(mine);
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closedByServer(mine, statusCode, reason);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            lost(mine, error);
        }
    }
}
