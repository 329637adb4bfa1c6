package com.bistro92.server.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.FeedClient;
import com.bistro92.TestApp;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A browser cannot see the protocol's pings, so the web pad says "ping" on its feed and the server
 * answers {@code {"type":"pong"}}: the pad learns within two seconds that a silent Wi-Fi dropped it.
 * Anything else a client says is ignored, and the feed goes on.
 */
class FeedPongTest {

    @TempDir
    Path data;
    TestApp app;

    @BeforeEach
    void start() throws Exception {
        app = TestApp.start(data);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void aPingIsAnsweredWithPongAndAnythingElseIsIgnored() throws Exception {
        try (FeedClient feed = FeedClient.connect(app.client(), app.ws("/ws/orders"), app.json())) {
            assertThat(feed.next().get("type").asText()).isEqualTo("initial");
            feed.say("hello, is this the kitchen?");
            feed.say("ping");
            JsonNode pong = feed.next();
            assertThat(pong.get("type").asText()).as("the answer to ping, and nothing for the other text")
                    .isEqualTo("pong");
            assertThat(pong.has("seq")).as("a pong is no event").isFalse();
            app.placeOrder("Table 3", "Garlic Bread", 1);
            assertThat(feed.next().get("type").asText()).as("the feed goes on").isEqualTo("new_order");
        }
    }
}
