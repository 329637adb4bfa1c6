package com.bistro92.attack;

import com.bistro92.server.Limits;
import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.FeedClient;
import com.bistro92.TestApp;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a pad, or whoever holds one, must not get away with: other parties' orders, free prices, floods. */
class PadAbuseTest {

    @TempDir
    Path data;
    TestApp app;
    Party party;

    @BeforeEach
    void start() throws Exception {
        app = TestApp.start(data);
        party = Party.seat(app, 5);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private static List<Long> ids(JsonNode orders) {
        return StreamSupport.stream(orders.spliterator(), false).map(o -> o.get("id").asLong()).toList();
    }

    @Test
    void aPadSeesOnlyThePartyNowAtItsTable() throws Exception {
        long earlier = party.ordersWithin5Seconds();
        assertThat(app.send(HttpRequest.newBuilder(app.uri("/api/v1/tables/5/session")).DELETE().build()).status())
                .isEqualTo(200);
        assertThat(app.postJson("/api/v1/tables/5/session", "{\"guests\":3}").status()).isEqualTo(201);
        long now = party.ordersWithin5Seconds();

        assertThat(ids(app.send(party.request("/api/orders").build()).body())).containsExactly(now);
        assertThat(app.send(party.request("/api/v1/orders/" + earlier).build()).status()).isEqualTo(404);
        assertThat(app.send(party.request("/api/v1/orders/" + now).build()).status()).isEqualTo(200);
        try (FeedClient fresh = FeedClient.connect(app.client(), app.ws("/ws/orders"), app.json(), party.token());
             FeedClient replay = FeedClient.connect(app.client(), app.ws("/ws/orders?since=0"), app.json(),
                     party.token())) {
            assertThat(ids(fresh.next().get("orders"))).containsExactly(now);
            // the replay runs in order; the current party's order is the last order in the log
            java.util.Set<Long> replayed = new java.util.HashSet<>();
            while (!replayed.contains(now)) {
                JsonNode m = replay.next();
                if (m.has("order")) {
                    replayed.add(m.get("order").get("id").asLong());
                }
            }
            assertThat(replayed).contains(now).doesNotContain(earlier);
        }
        // staff see both
        assertThat(ids(app.get("/api/orders").body())).contains(earlier, now);
    }

    @Test
    void aPadOrdersOnlyFromTheMenuThroughTheSeedRouteToo() throws Exception {
        int before = app.rows("customer_order");
        TestApp.Reply caviar = party.order("Beluga caviar");
        assertThat(caviar.status()).isEqualTo(422);
        assertThat(caviar.body().get("detail").asText()).contains("there is no Beluga caviar on the menu");
        TestApp.Reply cappuccino = party.order("Cappuccino");
        assertThat(cappuccino.status()).as("a cappuccino needs its milk chosen").isEqualTo(422);
        assertThat(app.rows("customer_order")).isEqualTo(before);

        TestApp.Reply espresso = party.order("espresso");
        assertThat(espresso.status()).isEqualTo(201);
        assertThat(espresso.body().get("total").decimalValue()).isEqualByComparingTo("2.80");
        assertThat(espresso.body().get("has_open_items").asBoolean()).isFalse();
        // the seed contract's own clients still order free text, as the seed promised
        assertThat(app.placeOrder("Table 3", "Birthday cake (brought in)", 1).get("has_open_items").asBoolean()).isTrue();
    }

    @Test
    void aPadThatOrdersTooOftenIsAskedToWaitAndWritesNothing() throws Exception {
        int burst = Limits.DEFAULT.padOrders().burst();
        for (int i = 0; i < burst; i++) {
            assertThat(party.order("Espresso").status()).isEqualTo(201);
        }
        int before = app.rows("customer_order");
        TestApp.Reply flood = party.order("Espresso");
        assertThat(flood.status()).isEqualTo(429);
        assertThat(Long.parseLong(flood.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(app.rows("customer_order")).isEqualTo(before);
        // another party is not slowed by this one
        Party.seat(app, 6).ordersWithin5Seconds();
    }

    @Test
    void aPadHoldsAtMostTwoLiveFeeds() throws Exception {
        try (FeedClient one = FeedClient.connect(app.client(), app.ws("/ws/orders"), app.json(), party.token());
             FeedClient two = FeedClient.connect(app.client(), app.ws("/ws/orders"), app.json(), party.token())) {
            one.next();
            two.next();
            java.util.concurrent.CompletionException third = org.junit.jupiter.api.Assertions.assertThrows(
                    java.util.concurrent.CompletionException.class,
                    () -> FeedClient.connect(app.client(), app.ws("/ws/orders"), app.json(), party.token()));
            assertThat(((java.net.http.WebSocketHandshakeException) third.getCause()).getResponse().statusCode())
                    .isEqualTo(429);
            party.ordersWithin5Seconds();
        }
    }
}
