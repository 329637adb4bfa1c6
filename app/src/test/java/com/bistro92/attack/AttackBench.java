package com.bistro92.attack;

import com.bistro92.LanClient;
import com.bistro92.LanHost;
import com.bistro92.TestApp;
import com.bistro92.order.NewOrder;
import com.bistro92.order.OrderSource;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * A pad's order latency while the server is under each attack of the threat model, and what 200
 * stalled WebSockets cost the heap. The server runs in this JVM with the production limits. The
 * attacks that a device on the Wi-Fi makes come from the {@link LanHost} (a network namespace of
 * its own, up to 250 addresses), over HTTPS as a pad's would. Victims are 36 paired pads at 12
 * seated tables, each ordering within its own rate limit. Every attack is bounded in connections
 * and time.
 *
 * <p>Not a test; run it with
 * {@code ./mvnw -q -pl app -am test-compile exec:exec -Dexec.classpathScope=test -Dmain.class=com.bistro92.attack.AttackBench}.
 */
public final class AttackBench {

    private static final Duration EACH = Duration.ofSeconds(15);
    private static final int PADS_PER_TABLE = 3;

    private final TestApp app;
    private final List<Party> victims = new ArrayList<>();
    /** Pads of their own for the attacks a pad makes, so that their limits never touch the victims. */
    private final List<Party> rogues = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private int victim;

    private AttackBench(TestApp app) {
        this.app = app;
    }

    public static void main(String[] args) throws Exception {
        LanHost.get();
        Path data = Files.createTempDirectory("bistro92-attack");
        try (TestApp app = TestApp.start(data, Clock.systemDefaultZone())) {
            new AttackBench(app).run();
        }
    }

    private void run() throws Exception {
        for (int table = 1; table <= 12; table++) {
            Party first = Party.seat(app, table);
            victims.add(first);
            for (int i = 1; i < PADS_PER_TABLE; i++) {
                victims.add(Party.pairOnly(app, table));
            }
        }
        for (int i = 0; i < 3; i++) {
            rogues.add(Party.pairOnly(app, 12));
        }
        NewOrder history = new NewOrder("Table 20", List.of(new NewOrder.Line("Espresso", 1, "")),
                "Some history to replay ".repeat(10), OrderSource.STAFF, null);
        IntStream.range(0, 3_000).mapToObj(i -> app.app().orders().place(history)).toList()
                .forEach(CompletableFuture::join);
        System.out.println("attack                         orders  p50 ms  p99 ms  max ms  non-201");
        measure("none (baseline)", (on, held) -> waitOut(on));
        measure("1,000 slow bodies, one device", this::slowBodies);
        measure("100 stalled readers", this::stalledReaders);
        measure("200 stalled WebSockets", this::stalledWebSockets);
        measure("cross-origin requests", (on, held) -> flood(on, "Origin: https://evil.example\r\n", "127.0.0.1"));
        measure("bad Host (DNS rebinding)", (on, held) -> flood(on, "", "evil.example"));
        measure("pairing guesses, many addrs", this::guessCodes);
        measure("a pad asking for the last party", this::readOldParties);
        measure("free text from a pad", this::freeText);
        threads.shutdownNow();
    }

    /** Runs {@code attack} on its own threads while the victims order, and prints their latency. */
    private void measure(String name, Attack attack) throws Exception {
        AtomicBoolean on = new AtomicBoolean(true);
        List<AutoCloseable> held = new ArrayList<>();
        CompletableFuture<Void> running = CompletableFuture.runAsync(() -> {
            try {
                attack.run(on, held);
            } catch (Exception e) {
                System.out.println("  (attack stopped: " + e + ")");
            }
        }, threads);
        // let the attack take hold, then order at about 6 a second (each pad within 10 a minute)
        sleepUntil(System.nanoTime() + Duration.ofSeconds(2).toNanos());
        List<Long> micros = new ArrayList<>();
        int refused = 0;
        long end = System.nanoTime() + EACH.toNanos();
        long next = System.nanoTime();
        while (System.nanoTime() < end) {
            Party pad = victims.get(victim++ % victims.size());
            long start = System.nanoTime();
            HttpResponse<String> reply = http.send(pad.post("/api/v1/orders", "{\"items\":[{\"menu_item_id\":"
                    + app.app().menu().byName("Espresso").orElseThrow().id() + ",\"quantity\":1}]}"),
                    HttpResponse.BodyHandlers.ofString());
            micros.add((System.nanoTime() - start) / 1_000);
            refused += reply.statusCode() == 201 ? 0 : 1;
            next += Duration.ofMillis(170).toNanos();
            sleepUntil(next);
        }
        on.set(false);
        running.join();
        for (AutoCloseable c : held) {
            c.close();
        }
        long[] sorted = micros.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "%-30s %6d %7.1f %7.1f %7.1f %8d%n", name, sorted.length,
                at(sorted, 0.50), at(sorted, 0.99), sorted[sorted.length - 1] / 1000.0, refused);
    }

    private static double at(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1000.0;
    }

    private static void sleepUntil(long nanos) throws InterruptedException {
        long left = nanos - System.nanoTime();
        if (left > 0) {
            Thread.sleep(Duration.ofNanos(left));
        }
    }

    @FunctionalInterface
    private interface Attack {
        void run(AtomicBoolean on, List<AutoCloseable> held) throws Exception;
    }

    private void slowBodies(AtomicBoolean on, List<AutoCloseable> held) throws Exception {
        Party rogue = rogues.get(0);
        List<LanClient> open = new ArrayList<>();
        for (int i = 0; i < 1_000 && on.get(); i++) {
            try {
                LanClient c = LanClient.https(0, app.app().tlsPort(), app.app().fingerprint());
                c.send("POST /api/v1/orders HTTP/1.1\r\nHost: " + c.host() + "\r\nAuthorization: Bearer " + rogue.token()
                        + "\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{");
                open.add(c);
                held.add(c);
            } catch (IOException refused) {
                // the device's cap closed it
            }
        }
        while (on.get()) {
            for (LanClient c : open) {
                try {
                    c.send(" ");
                } catch (IOException closed) {
                    // cut off at the deadline
                }
            }
            Thread.sleep(1_000);
        }
    }

    private void stalledReaders(AtomicBoolean on, List<AutoCloseable> held) throws Exception {
        for (int i = 0; i < 50; i++) {
            held.add(RawClient.connect(app.app().port(), 1024)
                    .send("GET /api/orders HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));
            held.add(RawClient.connect(app.app().port(), 1024)
                    .send("GET /ws/orders?since=0 HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                            + "Connection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
                            + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n"));
        }
        waitOut(on);
    }

    private void stalledWebSockets(AtomicBoolean on, List<AutoCloseable> held) throws Exception {
        List<RawClient> sockets = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            sockets.add(RawClient.connect(app.app().port(), 1024)
                    .send("GET /ws/orders HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                            + "Connection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
                            + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n"));
        }
        // events for them to fall behind on: 40 staff orders a second
        NewOrder order = new NewOrder("Table 21", List.of(new NewOrder.Line("Espresso", 1, "")),
                "x".repeat(300), OrderSource.STAFF, null);
        long placed = 0;
        while (on.get()) {
            for (int i = 0; i < 40; i++) {
                app.app().orders().place(order).join();
                placed++;
            }
            Thread.sleep(1_000);
        }
        int open = feeds();
        long with = usedHeapAfterGc();
        for (RawClient socket : sockets) {
            socket.close();
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (feeds() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        long without = usedHeapAfterGc();
        System.out.printf(Locale.ROOT, "  200 stalled WebSockets, %d events behind: %d still open, heap %d MB with"
                + " them, %d MB once gone: %.1f KB each%n", placed, open, with >> 20, without >> 20,
                (with - without) / 1024.0 / 200);
    }

    /** 20 devices' worth of requests a browser page could make, as fast as they are answered. */
    private void flood(AtomicBoolean on, String header, String host) throws Exception {
        AtomicLong[] answered = {new AtomicLong(), new AtomicLong()};
        List<CompletableFuture<Void>> senders = IntStream.range(0, 20).mapToObj(t -> CompletableFuture.runAsync(() -> {
            while (on.get()) {
                try (RawClient c = RawClient.connect(app.app().port(), 0)) {
                    int status = c.send("POST /api/v1/tables/2/session HTTP/1.1\r\nHost: " + host + "\r\n" + header
                            + "Content-Type: application/json\r\nConnection: close\r\nContent-Length: 2\r\n\r\n{}")
                            .status();
                    answered[status == 403 || status == 421 ? 0 : 1].incrementAndGet();
                } catch (IOException e) {
                    answered[1].incrementAndGet();
                }
            }
        }, threads)).toList();
        senders.forEach(CompletableFuture::join);
        System.out.printf(Locale.ROOT, "  %d requests refused (403/421), %d otherwise%n", answered[0].get(),
                answered[1].get());
    }

    private void guessCodes(AtomicBoolean on, List<AutoCloseable> held) throws Exception {
        int tried = 0;
        int[] statuses = new int[600];
        for (int i = 0; on.get(); i++) {
            String body = "{\"code\":\"%06d\"}".formatted(i % 1_000_000);
            try (LanClient c = LanClient.https(1 + i % 249, app.app().tlsPort(), app.app().fingerprint())) {
                int status = c.send("POST /api/v1/pads/pair HTTP/1.1\r\nHost: " + c.host() + "\r\nContent-Type: "
                        + "application/json\r\nConnection: close\r\nContent-Length: " + body.length() + "\r\n\r\n"
                        + body).status();
                statuses[Math.max(0, status)]++;
                tried++;
            }
        }
        System.out.printf(Locale.ROOT, "  %d guesses: %d checked (422), %d refused (429)%n", tried, statuses[422],
                statuses[429]);
    }

    /** The party at table 12 leaves, a new one sits; a pad there keeps asking for the old party's orders. */
    private void readOldParties(AtomicBoolean on, List<AutoCloseable> held) throws Exception {
        Party nosy = rogues.get(1);
        List<Long> earlier = app.app().orders().page(new com.bistro92.order.OrderFilter(java.util.Set.of(), "Table 12",
                null, null, 1_000, 0), null, 1_000).stream().map(com.bistro92.order.Order::id).toList();
        app.app().sessions().close(12).join();
        app.app().sessions().seat(12, 2).join();
        long seen = 0;
        long asked = 0;
        while (on.get()) {
            JsonNode list = app.json().readTree(http.send(nosy.request("/api/orders").build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            for (JsonNode order : list) {
                seen += earlier.contains(order.get("id").asLong()) ? 1 : 0;
            }
            if (!earlier.isEmpty()) {
                seen += http.send(nosy.request("/api/v1/orders/" + earlier.get((int) (asked % earlier.size()))).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200 ? 1 : 0;
            }
            asked++;
        }
        System.out.printf(Locale.ROOT, "  %d rounds of reads after %d orders of the party before: %d of them seen%n",
                asked, earlier.size(), seen);
    }

    private void freeText(AtomicBoolean on, List<AutoCloseable> held) throws Exception {
        Party rogue = rogues.get(2);
        int[] statuses = new int[600];
        while (on.get()) {
            statuses[http.send(rogue.post("/api/order", "{\"table\":\"Table " + rogue.table()
                    + "\",\"items\":[{\"name\":\"Caviar\",\"quantity\":99}]}"), HttpResponse.BodyHandlers.discarding())
                    .statusCode()]++;
        }
        System.out.printf(Locale.ROOT, "  free-text orders: %d refused (422), %d slowed (429), %d accepted%n",
                statuses[422], statuses[429], statuses[201]);
    }

    private int feeds() throws Exception {
        return app.json().readTree(http.send(HttpRequest.newBuilder(app.uri("/api/debug")).build(),
                HttpResponse.BodyHandlers.ofString()).body()).get("connections").get("websocket").asInt();
    }

    private static void waitOut(AtomicBoolean on) throws InterruptedException {
        while (on.get()) {
            Thread.sleep(100);
        }
    }

    private static long usedHeapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
