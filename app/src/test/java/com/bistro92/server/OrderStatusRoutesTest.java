package com.bistro92.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.FeedClient;
import com.bistro92.SharedServerTest;
import com.bistro92.TestApp;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Status changes over HTTP: legal moves with the current version succeed and reach the feed; the rest are refused. */
class OrderStatusRoutesTest extends SharedServerTest {

    private static TestApp.Reply bump(long id, String status, int version) throws Exception {
        return app.postJson("/api/v1/orders/" + id + "/status",
                "{\"status\":\"%s\",\"version\":%d}".formatted(status, version));
    }

    @Test
    void aLegalChangeAnswersTheNewOrderAndReachesTheFeedAsOrderUpdated() throws Exception {
        long id = app.placeOrder("Table 6", "Grilled Salmon", 1).get("id").asLong();
        try (FeedClient feed = FeedClient.connect(app.client(), app.ws("/ws/orders"), app.json())) {
            long seq = feed.next().get("seq").asLong();
            TestApp.Reply reply = bump(id, "received", 1);
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.body().get("status").asText()).isEqualTo("RECEIVED");
            assertThat(reply.body().get("version").asInt()).isEqualTo(2);
            JsonNode message = feed.next();
            assertThat(message.get("type").asText()).isEqualTo("order_updated");
            assertThat(message.get("seq").asLong()).isGreaterThan(seq);
            assertThat(message.get("order").get("id").asLong()).isEqualTo(id);
            assertThat(message.get("order").get("status").asText()).isEqualTo("RECEIVED");
        }
        assertThat(app.get("/api/v1/orders/" + id).body().get("version").asInt()).isEqualTo(2);
    }

    @Test
    void twoScreensBumpingTheSameVersionOneWinsTheOtherGets409() throws Exception {
        long id = app.placeOrder("Table 8", "Espresso", 1).get("id").asLong();
        List<CompletableFuture<TestApp.Reply>> both = List.of(
                app.sendAsync(app.post("/api/v1/orders/" + id + "/status", "{\"status\":\"RECEIVED\",\"version\":1}",
                        "application/json")),
                app.sendAsync(app.post("/api/v1/orders/" + id + "/status", "{\"status\":\"RECEIVED\",\"version\":1}",
                        "application/json")));
        List<Integer> statuses = both.stream().map(f -> f.join().status()).sorted().toList();
        assertThat(statuses).containsExactly(200, 409);
        assertThat(app.get("/api/v1/orders/" + id).body().get("version").asInt()).isEqualTo(2);
    }

    @Test
    void illegalOrStaleChangesAre409AndChangeNothing() throws Exception {
        long id = app.placeOrder("Table 8", "Espresso", 1).get("id").asLong();
        TestApp.Reply skip = bump(id, "READY", 1);
        assertThat(skip.status()).isEqualTo(409);
        assertThat(skip.body().get("detail").asText()).contains("cannot go from PLACED to READY");
        assertThat(bump(id, "RECEIVED", 7).status()).isEqualTo(409);
        assertThat(app.get("/api/v1/orders/" + id).body().get("status").asText()).isEqualTo("PLACED");
    }

    @Test
    void badStatusChangesAreRefusedClearly() throws Exception {
        long id = app.placeOrder("Table 8", "Espresso", 1).get("id").asLong();
        assertThat(bump(id, "EATEN", 1).status()).isEqualTo(422);
        assertThat(app.postJson("/api/v1/orders/" + id + "/status", "{\"status\":\"RECEIVED\"}").status()).isEqualTo(422);
        assertThat(app.postJson("/api/v1/orders/" + id + "/status", "{\"status\":").status()).isEqualTo(400);
        assertThat(bump(999_999, "RECEIVED", 1).status()).isEqualTo(404);
        assertThat(app.get("/api/v1/orders/abc").status()).isEqualTo(404);
        assertThat(app.get("/api/v1/orders/" + id).body().get("version").asInt()).isEqualTo(1);
    }
}
