package com.bistro92;

import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.json.Json;
import com.bistro92.store.PostgresAddress;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two suite nodes on one PostgreSQL database through a rush: 8 clients split over both nodes, a
 * feed listener on each. Every order answered 201 by either node is stored once, as it was sent;
 * every listener hears every event once, in {@code seq} order, whichever node logged it. The back
 * office's node is killed with SIGKILL mid-run, and the front's goes on taking orders.
 */
class TwoNodesRushTest {

    private static final int CLIENTS = 8;
    private static final int ACKED_BY_EACH_BEFORE_KILL = 150;
    private static final int ACKED_AFTER_KILL = 150;

    @TempDir
    Path data;

    private final ObjectMapper json = Json.newMapper();

    /** An order as a client sent it, and which node answered it. */
    private record Sent(String table, int quantity, String node) {
    }

    @Test
    void everyAnsweredOrderIsStoredOnceAndEveryListenerHearsEveryEventOnceInOrder() throws Exception {
        PostgresAddress database = TestDatabase.databaseOf(data);
        Map<Long, Sent> acked = new ConcurrentHashMap<>();
        List<Long> answeredTwice = new ArrayList<>();
        HttpClient http = HttpClient.newHttpClient();
        try (Bistro92 front = CheapStart.start(new Options(true, false, 0, Files.createDirectory(data.resolve("front")))
                .onDatabase(database), Clock.systemUTC());
             ChildSuite back = ChildSuite.start(Files.createDirectory(data.resolve("back")), database);
             FeedClient atFront = FeedClient.connect(http, URI.create("ws://127.0.0.1:" + front.port() + "/ws/orders"),
                     json);
             FeedClient atBack = FeedClient.connect(http, URI.create("ws://127.0.0.1:" + back.port() + "/ws/orders"),
                     json)) {
            long frontFrom = atFront.next().get("seq").asLong();
            long backFrom = atBack.next().get("seq").asLong();
            int[] ports = {front.port(), back.port()};
            String[] nodes = {"front", "back"};
            CountDownLatch frontEnough = new CountDownLatch(ACKED_BY_EACH_BEFORE_KILL);
            CountDownLatch backEnough = new CountDownLatch(ACKED_BY_EACH_BEFORE_KILL);
            AtomicBoolean killed = new AtomicBoolean();
            CountDownLatch afterKill = new CountDownLatch(ACKED_AFTER_KILL);
            AtomicBoolean sending = new AtomicBoolean(true);
            AtomicInteger backRefused = new AtomicInteger();
            try (ExecutorService clients = Executors.newFixedThreadPool(CLIENTS)) {
                List<CompletableFuture<Void>> loops = new ArrayList<>();
                for (int c = 0; c < CLIENTS; c++) {
                    int client = c;
                    int node = c % 2;
                    loops.add(CompletableFuture.runAsync(() -> {
                        for (int n = 1; sending.get() && n <= 5_000; n++) {
                            Sent sent = new Sent("Table " + (client + 1), n % 9 + 1, nodes[node]);
                            try {
                                HttpResponse<String> r = http.send(post(ports[node], sent),
                                        HttpResponse.BodyHandlers.ofString());
                                if (r.statusCode() != 201) {
                                    continue;
                                }
                                long id = json.readTree(r.body()).get("id").asLong();
                                if (acked.putIfAbsent(id, sent) != null) {
                                    answeredTwice.add(id);
                                }
                                (node == 0 ? frontEnough : backEnough).countDown();
                                if (node == 0 && killed.get()) {
                                    afterKill.countDown();
                                }
                            } catch (Exception refused) {
                                // the back office's node is gone: this order was never answered
                                backRefused.incrementAndGet();
                                return;
                            }
                        }
                    }, clients));
                }
                assertThat(frontEnough.await(60, TimeUnit.SECONDS)).as("orders answered by the front").isTrue();
                assertThat(backEnough.await(60, TimeUnit.SECONDS)).as("orders answered by the back office").isTrue();
                assertThat(back.kill()).isTrue();
                killed.set(true);
                assertThat(afterKill.await(60, TimeUnit.SECONDS)).as("the front goes on after the kill").isTrue();
                sending.set(false);
                CompletableFuture.allOf(loops.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
            }
            assertThat(answeredTwice).as("one id answered for two orders").isEmpty();
            assertThat(backRefused.get()).as("the back office's clients saw it go").isPositive();

            Map<Long, Sent> stored = new HashMap<>();
            Map<Long, String> log = new HashMap<>();
            long lastSeq = readTheDatabase(database, stored, log);
            for (Map.Entry<Long, Sent> answered : acked.entrySet()) {
                Sent there = stored.get(answered.getKey());
                assertThat(there).as("order %d, answered 201", answered.getKey()).isNotNull();
                assertThat(there.table()).isEqualTo(answered.getValue().table());
                assertThat(there.quantity()).isEqualTo(answered.getValue().quantity());
            }

            List<JsonNode> heardAtFront = heardUpTo(atFront, lastSeq);
            assertEveryEventOnceInOrder(heardAtFront, frontFrom, log);
            assertThat(heardAtFront.getLast().get("seq").asLong()).isEqualTo(lastSeq);
            assertThat(heardAtFront.stream().map(m -> m.get("order").get("id").asLong()).toList())
                    .as("the front heard every order either node answered").containsAll(acked.keySet());
            assertThat(atBack.closed().get(30, TimeUnit.SECONDS)).as("the killed node's feed ended").isNotNull();
            List<JsonNode> heardAtBack = new ArrayList<>();
            while (atBack.pending() > 0) {
                heardAtBack.add(atBack.next());
            }
            assertEveryEventOnceInOrder(heardAtBack, backFrom, log);
            assertThat(heardAtBack.stream().filter(m -> acked.get(m.get("order").get("id").asLong()) != null
                    && acked.get(m.get("order").get("id").asLong()).node().equals("front")))
                    .as("the back office heard orders the front answered").isNotEmpty();
        } finally {
            http.shutdownNow();
        }
    }

    /** Reads every order and event the database holds; the last event's seq. */
    private static long readTheDatabase(PostgresAddress database, Map<Long, Sent> orders, Map<Long, String> log)
            throws Exception {
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(), database.user(), "");
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT o.id, t.label, l.quantity FROM customer_order o"
                    + " JOIN dining_table t ON t.id = o.table_id JOIN order_line l ON l.order_id = o.id")) {
                while (rs.next()) {
                    Sent before = orders.put(rs.getLong(1), new Sent(rs.getString(2), rs.getInt(3), null));
                    assertThat(before).as("order %d has one line", rs.getLong(1)).isNull();
                }
            }
            long last = 0;
            try (ResultSet rs = s.executeQuery("SELECT seq, payload FROM order_event ORDER BY seq")) {
                while (rs.next()) {
                    log.put(rs.getLong(1), rs.getString(2));
                    last = rs.getLong(1);
                }
            }
            return last;
        }
    }

    /** The feed's messages until the one with {@code lastSeq}. */
    private static List<JsonNode> heardUpTo(FeedClient feed, long lastSeq) throws InterruptedException {
        List<JsonNode> heard = new ArrayList<>();
        long seq = -1;
        while (seq < lastSeq) {
            JsonNode message = feed.next();
            heard.add(message);
            seq = message.get("seq").asLong();
        }
        return heard;
    }

    /** Each message is the logged event after the one before, as logged. */
    private void assertEveryEventOnceInOrder(List<JsonNode> heard, long from, Map<Long, String> log) throws Exception {
        long expected = from + 1;
        for (JsonNode message : heard) {
            assertThat(message.get("seq").asLong()).as("the event after %d", expected - 1).isEqualTo(expected);
            assertThat(message).as("event %d as logged", expected).isEqualTo(json.readTree(log.get(expected)));
            expected++;
        }
        assertThat(heard).isNotEmpty();
    }

    private static HttpRequest post(int port, Sent order) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/order"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"table":"%s","items":[{"name":"Espresso","quantity":%d}]}"""
                        .formatted(order.table(), order.quantity())))
                .build();
    }
}
