package com.bistro92;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A WebSocket client of {@code /ws/orders} that collects every message it receives, in order. */
public final class FeedClient implements WebSocket.Listener, AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final LinkedBlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
    private final ObjectMapper json;
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;
    private final java.util.concurrent.CompletableFuture<Integer> closed = new java.util.concurrent.CompletableFuture<>();

    private FeedClient(ObjectMapper json) {
        this.json = json;
    }

    public static FeedClient connect(HttpClient http, URI uri, ObjectMapper json) {
        return connect(http, uri, json, null);
    }

    /** Connects with {@code Authorization: Bearer <token>} when a token is given, as a paired pad does. */
    public static FeedClient connect(HttpClient http, URI uri, ObjectMapper json, String token) {
        FeedClient client = new FeedClient(json);
        WebSocket.Builder builder = http.newWebSocketBuilder().connectTimeout(WAIT);
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        client.socket = builder.buildAsync(uri, client).join();
        return client;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode);
        return null;
    }

    /** Completes with the close code when the server closes the connection. */
    public java.util.concurrent.CompletableFuture<Integer> closed() {
        return closed;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            try {
                messages.add(json.readTree(partial.toString()));
            } catch (Exception e) {
                throw new IllegalStateException("Feed sent something that is not JSON: " + partial, e);
            }
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    /** The next message, waiting up to 30 s; fails if none arrives. */
    public JsonNode next() throws InterruptedException {
        JsonNode message = messages.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        if (message == null) {
            throw new AssertionError("No feed message within " + WAIT);
        }
        return message;
    }

    /** The next {@code count} messages. */
    public List<JsonNode> next(int count) throws InterruptedException {
        List<JsonNode> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            list.add(next());
        }
        return list;
    }

    /** Says {@code text} to the server, as the web pad says "ping". */
    public void say(String text) {
        socket.sendText(text, true).join();
    }

    /** Messages already received and not yet taken. */
    public int pending() {
        return messages.size();
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").exceptionally(e -> null).join();
        }
        socket.abort();
    }
}
