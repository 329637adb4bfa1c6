package com.bistro92.server;

import com.bistro92.server.feed.OrderFeed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bistro92.FeedClient;
import com.bistro92.TestApp;
import com.bistro92.order.NewOrder;
import com.bistro92.order.OrderSource;
import com.bistro92.order.OrderStatus;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A client that drops and reconnects with its last sequence number misses nothing and sees nothing twice. */
class ReplayTest {

    @TempDir
    Path data;

    @Test
    void reconnectingWithSinceReplaysEveryMissedEventInOrderThenGoesLive() throws Exception {
        try (TestApp app = TestApp.start(data)) {
            long lastSeen;
            try (FeedClient feed = FeedClient.connect(app.client(), app.ws("/ws/orders"), app.json())) {
                assertThat(feed.next().get("type").asText()).isEqualTo("initial");
                app.placeOrder("Table 4", "Espresso", 1);
                lastSeen = feed.next().get("seq").asLong();
            }
            // while disconnected: four orders and a status change
            List<Long> missed = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                missed.add(app.placeOrder("Table 4", "Cappuccino", i + 1).get("id").asLong());
            }
            app.app().orders().changeStatus(missed.getFirst(), OrderStatus.RECEIVED, 1).join();

            try (FeedClient feed = FeedClient.connect(app.client(), app.ws("/ws/orders?since=" + lastSeen), app.json())) {
                List<JsonNode> replayed = feed.next(5);
                long seq = lastSeen;
                for (JsonNode m : replayed) {
                    assertThat(m.get("seq").asLong()).isEqualTo(seq + 1);
                    seq = m.get("seq").asLong();
                }
                assertThat(replayed.subList(0, 4)).extracting(m -> m.get("order").get("id").asLong())
                        .containsExactlyElementsOf(missed);
                assertThat(replayed.getLast().get("type").asText()).isEqualTo("order_updated");
                assertThat(replayed.getLast().get("order").get("status").asText()).isEqualTo("RECEIVED");

                long live = app.placeOrder("Table 4", "Espresso", 2).get("id").asLong();
                JsonNode next = feed.next();
                assertThat(next.get("seq").asLong()).isEqualTo(seq + 1);
                assertThat(next.get("order").get("id").asLong()).isEqualTo(live);
                assertThat(feed.pending()).isZero();
            }
        }
    }

    @Test
    void aLongReplayArrivesWholeAndInOrderAtTheClientsPace() throws Exception {
        int missed = OrderFeed.REPLAY_PAGE * 3 + 7;
        try (TestApp app = TestApp.start(data)) {
            NewOrder espresso = new NewOrder("Table 1", List.of(new NewOrder.Line("Espresso", 1, "")), "",
                    OrderSource.STAFF, null);
            IntStream.range(0, missed).mapToObj(i -> app.app().orders().place(espresso)).toList()
                    .forEach(CompletableFuture::join);
            try (FeedClient feed = FeedClient.connect(app.client(), app.ws("/ws/orders?since=0"), app.json())) {
                long seq = 0;
                for (int i = 0; i < missed; i++) {
                    JsonNode m = feed.next();
                    assertThat(m.get("seq").asLong()).isEqualTo(seq + 1);
                    seq = m.get("seq").asLong();
                }
                long live = app.placeOrder("Table 2", "Espresso", 1).get("id").asLong();
                assertThat(feed.next().get("order").get("id").asLong()).isEqualTo(live);
            }
        }
    }

    @Test
    void sinceAheadOfThisServerGetsAFreshInitialSnapshot() throws Exception {
        try (TestApp app = TestApp.start(data);
             FeedClient feed = FeedClient.connect(app.client(), app.ws("/ws/orders?since=999999"), app.json())) {
            assertThat(feed.next().get("type").asText()).isEqualTo("initial");
        }
    }

    @Test
    void malformedSinceIsRefusedBeforeUpgrading() throws Exception {
        try (TestApp app = TestApp.start(data)) {
            assertThatThrownBy(() -> FeedClient.connect(app.client(), app.ws("/ws/orders?since=abc"), app.json()))
                    .hasRootCauseMessage("Unexpected HTTP response status code 400");
        }
    }
}
