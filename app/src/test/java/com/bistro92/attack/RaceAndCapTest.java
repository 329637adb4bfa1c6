package com.bistro92.attack;

import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.FeedClient;
import com.bistro92.TestApp;
import com.bistro92.server.Limits;
import java.net.http.WebSocketHandshakeException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Races that used to end in a 500, and the cap on feeds in all. */
class RaceAndCapTest {

    @TempDir
    Path data;
    TestApp app;

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void twentySimultaneousSeatingsOfOneTableSeatOnePartyAndRefuseTheRestWith409() throws Exception {
        app = TestApp.start(data);
        List<Integer> statuses = IntStream.range(0, 20)
                .mapToObj(i -> app.sendAsync(app.post("/api/v1/tables/4/session", "{\"guests\":2}", "application/json")))
                .toList().stream().map(CompletableFuture::join).map(TestApp.Reply::status).toList();
        assertThat(statuses).containsOnly(201, 409).filteredOn(s -> s == 201).hasSize(1);
        assertThat(app.rows("table_session")).isEqualTo(1);
    }

    @Test
    void pastTheCapOnFeedsANewOneIsToldToComeBackLater() throws Exception {
        Limits l = Limits.DEFAULT;
        app = TestApp.start(data, Clock.systemDefaultZone(), new Limits(l.connections(), l.connectionsPerDevice(),
                l.bodyDeadline(), l.minBytesPerSecond(), 2, l.feedsPerPad(), l.feedQueueBytes(), l.padOrders(),
                l.padCalls(), l.pairing()));
        Party party = Party.seat(app, 5);
        try (FeedClient one = FeedClient.connect(app.client(), app.ws("/ws/orders"), app.json());
             FeedClient two = FeedClient.connect(app.client(), app.ws("/ws/orders"), app.json())) {
            one.next();
            two.next();
            CompletionException third = Assertions.assertThrows(CompletionException.class,
                    () -> FeedClient.connect(app.client(), app.ws("/ws/orders"), app.json()));
            WebSocketHandshakeException refused = (WebSocketHandshakeException) third.getCause();
            assertThat(refused.getResponse().statusCode()).isEqualTo(503);
            assertThat(refused.getResponse().headers().firstValue("Retry-After")).isPresent();
            party.ordersWithin5Seconds();
        }
    }
}
