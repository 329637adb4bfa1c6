package com.bistro92.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.Bistro92;
import com.bistro92.CheapStart;
import com.bistro92.Options;
import com.bistro92.journal.DatabaseLink;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PostgreSQL server stops in the middle of a rush, then starts again: meanwhile every answer
 * is 503 with {@code Retry-After} and nothing is half-written; afterwards the suite takes orders
 * again by itself, and every order it acknowledged is there, whole.
 */
class LostDatabaseTest {

    private static final int CLIENTS = 4;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;
    @TempDir
    Path serverFolder;

    private EmbeddedPostgres server(int port) throws Exception {
        return EmbeddedPostgres.builder().setDataDirectory(serverFolder).setCleanDataDirectory(false).setPort(port)
                .setRegisterShutdownHook(true).start();
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static HttpRequest order(int port, int client) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/order"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"table":"Table %d","items":[{"name":"Espresso","quantity":2},{"name":"Garlic Bread","quantity":1}]}"""
                        .formatted(client + 1)))
                .build();
    }

    @Test
    void whileTheServerIsDownEveryAnswerIs503ThenTheSuiteGoesOnByItselfWithEveryAcknowledgedOrder() throws Exception {
        int port = freePort();
        EmbeddedPostgres postgres = server(port);
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE lost");
        }
        Options options = new Options(true, false, 0, data)
                .onDatabase(new PostgresAddress("localhost", port, "lost", "postgres", null));
        Map<Long, Boolean> acked = new ConcurrentHashMap<>();
        AtomicInteger refused = new AtomicInteger();
        Set<Integer> otherStatuses = ConcurrentHashMap.newKeySet();
        try (Bistro92 app = CheapStart.start(options, Clock.systemUTC());
             HttpClient http = HttpClient.newHttpClient()) {
            CountDownLatch lost = new CountDownLatch(1);
            CountDownLatch back = new CountDownLatch(1);
            AutoCloseable watching = app.events().subscribe(DatabaseLink.class,
                    link -> (link.reachable() ? back : lost).countDown());
            CountDownLatch before = new CountDownLatch(40);
            AtomicBoolean sending = new AtomicBoolean(true);
            List<CompletableFuture<Void>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.add(CompletableFuture.runAsync(() -> {
                    for (int n = 0; sending.get() && n < 2_000; n++) {
                        try {
                            HttpResponse<String> r = http.send(order(app.port(), client),
                                    HttpResponse.BodyHandlers.ofString());
                            if (r.statusCode() == 201) {
                                acked.put(JSON.readTree(r.body()).get("id").asLong(), true);
                                before.countDown();
                            } else if (r.statusCode() == 503) {
                                assertThat(r.headers().firstValue("Retry-After")).isPresent();
                                refused.incrementAndGet();
                            } else {
                                otherStatuses.add(r.statusCode());
                            }
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }
                }));
            }
            assertThat(before.await(60, TimeUnit.SECONDS)).as("orders taken before the server stops").isTrue();
            postgres.close(); // stops the server, keeps its files
            assertThat(lost.await(30, TimeUnit.SECONDS)).as("the writer saw the database go").isTrue();
            int refusedBefore = refused.get();
            HttpResponse<String> whileDown = http.send(order(app.port(), 0), HttpResponse.BodyHandlers.ofString());
            assertThat(whileDown.statusCode()).isEqualTo(503);
            assertThat(whileDown.body()).contains("database cannot be reached");
            assertThat(app.journal().databaseReachable()).isFalse();

            postgres = server(port);
            assertThat(back.await(30, TimeUnit.SECONDS)).as("the suite reconnected by itself").isTrue();
            assertThat(refused.get()).as("pads were refused while it was down").isGreaterThan(refusedBefore);
            HttpResponse<String> after = http.send(order(app.port(), 1), HttpResponse.BodyHandlers.ofString());
            assertThat(after.statusCode()).as(after.body()).isEqualTo(201);
            sending.set(false);
            CompletableFuture.allOf(clients.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
            watching.close();
            assertThat(otherStatuses).as("answers other than 201 and 503").isEmpty();

            HttpResponse<String> all = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + app.port() + "/api/orders")).build(),
                    HttpResponse.BodyHandlers.ofString());
            Map<Long, JsonNode> stored = new HashMap<>();
            JSON.readTree(all.body()).forEach(o -> stored.put(o.get("id").asLong(), o));
            assertThat(stored.keySet()).as("every acknowledged order").containsAll(acked.keySet());
            for (JsonNode o : stored.values()) {
                assertThat(o.get("items")).as("order %s whole", o.get("id")).hasSize(2);
                assertThat(new BigDecimal(o.get("total").asText())).isEqualByComparingTo("11.10");
            }
            assertThat(app.logVerifier().verify().intact()).as("the event log's chain").isTrue();
        } finally {
            postgres.close();
        }
    }
}
