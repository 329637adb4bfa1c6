package com.bistro92.warmup;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The warm-up's client: practice orders through the seed API ({@code POST /api/order}), a few
 * reads of the order list and the menu, and a listener on the {@code /ws/orders} feed, all over
 * loopback to the throwaway suite, within a {@link Warmup.Budget}. While real orders come faster
 * than the budget's rate ({@link RealOrders#busy()}), it sends nothing new and waits; the time it
 * waits counts against the budget's {@code pausedAtMost}, not its practice time. Safe to stop from
 * any thread.
 */
final class Practice {

    /** The demo menu's dishes and drinks, as the rush tool orders them. */
    private static final List<String> ITEMS = List.of("Classic Burger", "Truffle Fries", "Caesar Salad",
            "Margherita Pizza", "Iced Tea", "Lemonade", "Chocolate Lava Cake", "Grilled Salmon");
    private static final int TABLES = 12;
    /** Every this many orders, the order list and the menu are read too. */
    private static final int READ_EVERY = 250;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);
    /** How often a paused practice looks again whether the real orders have calmed down. */
    private static final long PAUSE_LOOK_MILLIS = 50;

    private final Warmup.Budget budget;
    private final RealOrders real;
    private final AtomicReference<String> stopped = new AtomicReference<>();
    private final AtomicInteger acknowledged = new AtomicInteger();
    private final Object wake = new Object();
    private volatile long pausedNanos;

    Practice(Warmup.Budget budget, RealOrders real) {
        this.budget = budget;
        this.real = real;
    }

    /** Asks the practice to stop, giving the first reason asked for. */
    void stop(String why) {
        if (stopped.compareAndSet(null, why)) {
            synchronized (wake) {
                wake.notifyAll();
            }
        }
    }

    String why() {
        String why = stopped.get();
        return why == null ? "not started" : why;
    }

    int acknowledged() {
        return acknowledged.get();
    }

    /** How long it has waited for real orders so far. */
    Duration paused() {
        return Duration.ofNanos(pausedNanos);
    }

    /**
     * Sends the practice orders to the suite on {@code host:port} until the budget is spent or it
     * is stopped, pausing while real orders are busy.
     */
    void against(String host, int port) throws Exception {
        URI base = URI.create("http://" + host + ":" + port);
        Semaphore inFlight = new Semaphore(budget.concurrency());
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(REQUEST_TIMEOUT).build()) {
            WebSocket feed = client.newWebSocketBuilder().connectTimeout(REQUEST_TIMEOUT)
                    .buildAsync(URI.create("ws://" + host + ":" + port + "/ws/orders"), new Drain())
                    .get(REQUEST_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            int sent = 0;
            long practised = 0;
            long last = System.nanoTime();
            boolean pausing = false;
            while (stopped.get() == null) {
                long now = System.nanoTime();
                if (pausing) {
                    pausedNanos += now - last;
                } else {
                    practised += now - last;
                }
                last = now;
                pausing = real.busy();
                if (sent >= budget.orders()) {
                    stop("all " + budget.orders() + " sent");
                } else if (practised >= budget.time().toNanos()) {
                    stop("its " + budget.time().toSeconds() + " s of practice were up");
                } else if (pausedNanos >= budget.pausedAtMost().toNanos()) {
                    stop("real orders kept it paused for " + budget.pausedAtMost().toSeconds() + " s");
                } else if (pausing) {
                    synchronized (wake) {
                        if (stopped.get() == null) {
                            wake.wait(PAUSE_LOOK_MILLIS);
                        }
                    }
                } else if (inFlight.tryAcquire(100, TimeUnit.MILLISECONDS)) {
                    client.sendAsync(order(base, sent), HttpResponse.BodyHandlers.discarding())
                            .whenComplete((response, failure) -> {
                                if (response != null && response.statusCode() == 201) {
                                    acknowledged.incrementAndGet();
                                }
                                inFlight.release();
                            });
                    sent++;
                    if (sent % READ_EVERY == 0) {
                        client.send(get(base, "/api/orders"), HttpResponse.BodyHandlers.discarding());
                        client.send(get(base, "/api/v1/menu"), HttpResponse.BodyHandlers.discarding());
                    }
                }
            }
            inFlight.tryAcquire(budget.concurrency(), REQUEST_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            feed.sendClose(WebSocket.NORMAL_CLOSURE, "warm").get(REQUEST_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private static HttpRequest order(URI base, int number) {
        StringBuilder items = new StringBuilder();
        int lines = 1 + number % 3;
        for (int j = 0; j < lines; j++) {
            items.append(j == 0 ? "" : ",").append("{\"name\":\"").append(ITEMS.get((number * 5 + j) % ITEMS.size()))
                    .append("\",\"quantity\":").append(1 + (number + j) % 2).append('}');
        }
        String body = "{\"table\":\"Table " + (1 + number % TABLES) + "\",\"items\":[" + items + "]}";
        return HttpRequest.newBuilder(base.resolve("/api/order")).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static HttpRequest get(URI base, String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(REQUEST_TIMEOUT).GET().build();
    }

    /** Reads the feed and drops it: the point is the server's side of sending it. */
    private static final class Drain implements WebSocket.Listener {
        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            socket.request(1);
            return null;
        }
    }
}
