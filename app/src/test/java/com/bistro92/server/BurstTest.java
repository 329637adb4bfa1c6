package com.bistro92.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.FeedClient;
import com.bistro92.TestApp;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Friday rush in one go: 500 simultaneous orders, all kept, each delivered once to every listener. */
class BurstTest {

    private static final int ORDERS = 500;

    @TempDir
    Path data;

    @Test
    void fiveHundredSimultaneousOrdersAllSucceedAndReachTheFeedExactlyOnce() throws Exception {
        // shut down, not closed: HttpClient.close() waits for every exchange and can hang a test
        HttpClient http = HttpClient.newHttpClient();
        try (TestApp app = TestApp.start(data);
             FeedClient early = FeedClient.connect(app.client(), app.ws("/ws/orders"), app.json())) {
            assertThat(early.next().get("type").asText()).isEqualTo("initial");

            List<CompletableFuture<TestApp.Reply>> replies = new ArrayList<>();
            FeedClient late = null;
            for (int i = 0; i < ORDERS; i++) {
                replies.add(app.sendAsync(app.post("/api/order", """
                        {"table":"Table %d","items":[{"name":"Classic Burger","quantity":%d},{"name":"Lemonade","quantity":1}]}"""
                        .formatted(i % 12 + 1, i % 3 + 1), "application/json")));
                if (i == ORDERS / 2) {
                    // a second screen connects in the middle of the rush
                    late = FeedClient.connect(http, app.ws("/ws/orders"), app.json());
                }
            }
            CompletableFuture.allOf(replies.toArray(CompletableFuture[]::new)).join();

            Set<Long> ids = new HashSet<>();
            for (CompletableFuture<TestApp.Reply> reply : replies) {
                assertThat(reply.join().status()).isEqualTo(201);
                ids.add(reply.join().body().get("id").asLong());
            }
            assertThat(ids).as("distinct order ids").hasSize(ORDERS);

            Set<Long> listed = new HashSet<>();
            JsonNode all = app.get("/api/orders").body();
            all.forEach(o -> listed.add(o.get("id").asLong()));
            assertThat(all).hasSize(ORDERS);
            assertThat(listed).isEqualTo(ids);

            // a sentinel order: anything duplicated would have to arrive before it
            long sentinel = app.placeOrder("Table 1", "Espresso", 1).get("id").asLong();

            List<Long> received = newOrders(early, ORDERS + 1);
            assertThat(received).hasSize(ORDERS + 1).doesNotHaveDuplicates();
            assertThat(received.getLast()).isEqualTo(sentinel);
            assertThat(new HashSet<>(received.subList(0, ORDERS))).isEqualTo(ids);

            JsonNode initial = late.next();
            assertThat(initial.get("type").asText()).isEqualTo("initial");
            Set<Long> seenByLate = new HashSet<>();
            initial.get("orders").forEach(o -> seenByLate.add(o.get("id").asLong()));
            List<Long> lateNew = new ArrayList<>();
            while (lateNew.isEmpty() || lateNew.getLast() != sentinel) {
                JsonNode m = late.next();
                assertThat(m.get("type").asText()).isEqualTo("new_order");
                assertThat(m.get("seq").asLong()).isGreaterThan(initial.get("seq").asLong());
                lateNew.add(m.get("order").get("id").asLong());
            }
            assertThat(lateNew).doesNotHaveDuplicates();
            assertThat(seenByLate).as("snapshot and live events do not overlap").doesNotContainAnyElementsOf(lateNew);
            seenByLate.addAll(lateNew);
            assertThat(seenByLate).containsAll(ids).contains(sentinel);
            late.close();
        } finally {
            http.shutdownNow();
        }
    }

    /** Reads {@code count} new_order messages, checking that sequence numbers strictly increase. */
    static List<Long> newOrders(FeedClient feed, int count) throws InterruptedException {
        List<Long> ids = new ArrayList<>();
        long lastSeq = 0;
        while (ids.size() < count) {
            JsonNode m = feed.next();
            assertThat(m.get("type").asText()).isEqualTo("new_order");
            assertThat(m.get("seq").asLong()).isGreaterThan(lastSeq);
            lastSeq = m.get("seq").asLong();
            ids.add(m.get("order").get("id").asLong());
        }
        return ids;
    }
}
