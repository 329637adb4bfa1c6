package com.bistro92.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.ChildSuite;
import com.bistro92.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An order answered 201 survives {@code kill -9}: the server runs in a child process, is killed
 * with SIGKILL while orders are streaming in, and restarted on the same data.
 */
class CrashTest {

    private static final int CLIENTS = 8;
    private static final int ACKED_BEFORE_KILL = 400;

    @TempDir
    Path data;

    private final ObjectMapper json = Json.newMapper();

    @Test
    void everyOrderAnswered201SurvivesKillMinus9() throws Exception {
        Map<Long, Integer> acked = new ConcurrentHashMap<>();
        ChildSuite first = ChildSuite.start(data, database(data));
        var database = database(data);
        assertThat(first.where()).as("where the child keeps its data")
                .isEqualTo(database == null ? data.toString() : database.toString());
        CountDownLatch enough = new CountDownLatch(ACKED_BEFORE_KILL);
        AtomicBoolean sending = new AtomicBoolean(true);
        HttpClient http = HttpClient.newHttpClient();
        try (ExecutorService clients = Executors.newFixedThreadPool(CLIENTS)) {
            List<CompletableFuture<Void>> loops = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                loops.add(CompletableFuture.runAsync(() -> {
                    for (int n = 1; sending.get() && n <= 5_000; n++) {
                        int quantity = n % 9 + 1;
                        try {
                            HttpResponse<String> r = http.send(post(first.port(), client, quantity),
                                    HttpResponse.BodyHandlers.ofString());
                            if (r.statusCode() == 201) {
                                acked.put(json.readTree(r.body()).get("id").asLong(), quantity);
                                enough.countDown();
                            }
                        } catch (Exception refused) {
                            // the server is gone: this order was never acknowledged, so it may be lost
                            return;
                        }
                    }
                }, clients));
            }
            assertThat(enough.await(60, TimeUnit.SECONDS)).as("orders acknowledged before the kill").isTrue();
            assertThat(first.kill()).isTrue(); // SIGKILL: no shutdown hook, no flush
            sending.set(false);
            CompletableFuture.allOf(loops.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        } finally {
            http.shutdownNow();
        }
        assertThat(acked.size()).isGreaterThanOrEqualTo(ACKED_BEFORE_KILL);

        ChildSuite second = ChildSuite.start(data, database(data));
        HttpClient reader = HttpClient.newHttpClient();
        try {
            HttpResponse<String> r = reader.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + second.port() + "/api/orders")).build(),
                    HttpResponse.BodyHandlers.ofString());
            Map<Long, JsonNode> stored = new HashMap<>();
            json.readTree(r.body()).forEach(o -> stored.put(o.get("id").asLong(), o));
            assertThat(stored.keySet()).containsAll(acked.keySet());
            for (Map.Entry<Long, Integer> e : acked.entrySet()) {
                JsonNode items = stored.get(e.getKey()).get("items");
                assertThat(items).hasSize(1);
                assertThat(items.get(0).get("quantity").asInt()).isEqualTo(e.getValue());
            }
        } finally {
            reader.shutdownNow();
            second.close();
        }
    }

    /** In the run on PostgreSQL, the child keeps its data in the folder's database there. */
    private static com.bistro92.store.PostgresAddress database(Path data) {
        return com.bistro92.TestDatabase.choose(new com.bistro92.Options(true, false, 0, data)).database();
    }

    private static HttpRequest post(int port, int client, int quantity) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/order"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"table":"Table %d","items":[{"name":"Espresso","quantity":%d}]}"""
                        .formatted(client + 1, quantity)))
                .build();
    }
}
