package com.bistro92.pad.rush;

import com.bistro92.pad.client.Stopping;
import com.fasterxml.jackson.core.JsonFactory;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.websocket.client.WebSocketClient;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The feed listeners of one run. They connect in waves and are ready once each has its
 * {@code initial} message, so that every order the run places afterwards must reach all of them.
 */
final class Listeners implements AutoCloseable {

    private static final int WAVE = 100;
    private static final Duration READY_WITHIN = Duration.ofSeconds(60);

    private final HttpClient http;
    private final WebSocketClient client;
    private final List<FeedListener> all = new ArrayList<>();

    private Listeners(HttpClient http, WebSocketClient client) {
        this.http = http;
        this.client = client;
    }

    /**
     * Opens {@code count} listeners, on each of {@code feeds} in turn, and waits until each got its {@code initial}
     * message, for a minute at most and never past {@code deadline}.
     *
     * @param receiptCap receipts each listener keeps at most, bounding memory
     */
    static Listeners open(int count, List<URI> feeds, JsonFactory json, int receiptCap, Deadline deadline)
            throws Exception {
        if (count == 0) {
            return new Listeners(null, null);
        }
        HttpClient http = new HttpClient();
        http.setName("rush-feed");
        http.setFollowRedirects(false);
        http.setMaxConnectionsPerDestination(count + 8);
        http.setMaxRequestsQueuedPerDestination(Math.max(1024, 2 * count));
        http.setConnectTimeout(10_000);
        WebSocketClient client = new WebSocketClient(http);
        client.setIdleTimeout(Duration.ofMinutes(15));
        client.setMaxTextMessageSize(64L * 1024 * 1024);
        Listeners listeners = new Listeners(http, client);
        try {
            client.start();
            Deadline ready = deadline.atMost(READY_WITHIN);
            for (int first = 0; first < count; first += WAVE) {
                listeners.connectWave(Math.min(WAVE, count - first), count, feeds, json, receiptCap, ready);
            }
            return listeners;
        } catch (Exception e) {
            listeners.close();
            throw e;
        }
    }

    private void connectWave(int size, int total, List<URI> feeds, JsonFactory json, int receiptCap, Deadline ready)
            throws Exception {
        List<CompletableFuture<Long>> initials = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            FeedListener listener = new FeedListener(json, receiptCap);
            URI feed = feeds.get(all.size() % feeds.size());
            all.add(listener);
            initials.add(client.connect(listener, feed).thenCompose(session -> listener.initial()));
        }
        String feed = feeds.size() == 1 ? feeds.getFirst().toString() : feeds.toString();
        try {
            CompletableFuture.allOf(initials.toArray(CompletableFuture[]::new))
                    .get(ready.remainingMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            long waiting = initials.stream().filter(initial -> !initial.isDone()).count();
            throw new IOException(waiting + " feed listeners had no initial message from " + feed + " in time ("
                    + (all.size() - waiting) + " of " + total + " were ready; each new listener first gets the"
                    + " server's snapshot of today's orders)", e);
        } catch (ExecutionException e) {
            throw new IOException("a feed listener could not connect to " + feed + ": " + SeedClient.describe(e), e);
        }
    }

    List<FeedListener> all() {
        return List.copyOf(all);
    }

    int size() {
        return all.size();
    }

    @Override
    public void close() {
        all.forEach(FeedListener::close);
        if (client != null) {
            Stopping.stop(client, "the WebSocket client");
            Stopping.stop(http, "the feed's HTTP client");
        }
    }
}
