package com.bistro92.waittime;

import static com.bistro92.ViewFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.FeedClient;
import com.bistro92.TestApp;
import com.bistro92.TestClock;
import com.bistro92.demo.DemoHistory;
import com.bistro92.menu.Menu;
import com.bistro92.order.OrderStatus;
import com.bistro92.settings.Settings;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Wait times in a running suite (Jetty on port 0, H2) with a week of demo history: a placed order
 * says how long it will take, the pads hear when the kitchen is overloaded (and when it no longer
 * is), and a manager pauses the long dishes at once and brings them back together.
 */
class WaitTimesTest {

    @TempDir
    Path data;
    TestApp app;
    final TestClock clock = new TestClock();

    @BeforeEach
    void start() throws Exception {
        app = TestApp.start(data, clock);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private JsonNode burger(String table) throws Exception {
        TestApp.Reply placed = app.postJson("/api/order", "{\"table\":\"" + table + "\",\"items\":[{\"name\":"
                + "\"Classic Burger\",\"quantity\":1},{\"name\":\"Truffle Fries\",\"quantity\":1}]}");
        assertThat(placed.status()).isEqualTo(201);
        return placed.body();
    }

    @Test
    void anOrderSaysHowLongItWillTakeFromTheKitchensHistoryAndTheRailNow() throws Exception {
        new DemoHistory(app.app().database().dsl(), clock, new SplittableRandom(3)).fillIfNew(7);
        app.app().waits().learn();
        JsonNode quiet = burger("Table 2").get("ready_in");
        int low = quiet.get("low_s").asInt();
        int high = quiet.get("high_s").asInt();
        assertThat(low).as("a burger takes minutes").isBetween(5 * 60, 20 * 60);
        assertThat(high).isGreaterThan(low).isLessThan(30 * 60);
        assertThat(app.app().orders().find(app.app().orders().count()).orElseThrow().readyIn().highS())
                .as("kept with the order").isEqualTo(high);

        // ten more food tickets on the rail: the next burger will take longer
        for (int i = 0; i < 10; i++) {
            burger("Table " + (3 + i % 9));
        }
        JsonNode busy = burger("Table 12").get("ready_in");
        assertThat(busy.get("high_s").asInt()).isGreaterThan(high);
    }

    @Test
    void thePadsHearWhenTheKitchenIsOverloadedAndWhenItIsNoLonger() throws Exception {
        Settings s = app.app().settings().current();
        app.app().settings().change(s.withWebPads(new Settings.WebPads(s.webPads().idleClear(), false, 2)), null)
                .join();
        assertThat(app.get("/api/v1/kitchen/wait").body().get("busy").asBoolean()).isFalse();
        try (FeedClient feed = FeedClient.connect(app.client(), app.ws("/ws/orders"), app.json())) {
            feed.next();
            JsonNode placed = burger("Table 1");
            assertThat(placed.get("ready_in").isNull()).as("a new restaurant has no history: nothing said").isTrue();
            long first = placed.get("id").asLong();
            long second = burger("Table 2").get("id").asLong();
            clock.advance(s.lateAfter().plus(Duration.ofMinutes(1)));
            burger("Table 3");
            JsonNode said = next(feed, "kitchen_busy");
            assertThat(said.at("/kitchen/busy").asBoolean()).isTrue();
            assertThat(said.at("/kitchen/late_tickets").asInt()).isEqualTo(2);
            assertThat(app.get("/api/v1/kitchen/wait").body().get("busy").asBoolean()).isTrue();

            for (long id : new long[] {first, second}) {
                app.app().orders().changeStatus(id, OrderStatus.RECEIVED, 1).join();
                app.app().orders().changeStatus(id, OrderStatus.PREPARING, 2).join();
                app.app().orders().changeStatus(id, OrderStatus.READY, 3).join();
            }
            JsonNode over = next(feed, "kitchen_busy");
            assertThat(over.at("/kitchen/busy").asBoolean()).isFalse();
        }
    }

    @Test
    void aManagerPausesTheLongDishesAtOnceAndBringsBackOnlyThose() throws Exception {
        var menu = app.app().menuChanges();
        menu.setAvailability(app.app().menu().byName("Steak Frites").orElseThrow().id(), false).join();
        assertThat(menu.pauseLong(15, true, null).join()).containsExactlyInAnyOrder("Grilled Salmon",
                "Mushroom Risotto");
        await(() -> !item("Grilled Salmon").available());
        assertThat(item("Classic Burger").available()).isTrue();
        assertThat(menu.pauseLong(15, false, null).join()).containsExactlyInAnyOrder("Grilled Salmon",
                "Mushroom Risotto");
        await(() -> item("Grilled Salmon").available());
        assertThat(item("Steak Frites").available()).as("86'd by hand before: not the pause's to bring back")
                .isFalse();
    }

    private Menu.Item item(String name) {
        return app.app().menu().byName(name).orElseThrow();
    }

    private static JsonNode next(FeedClient feed, String type) throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            JsonNode message = feed.next();
            if (message.get("type").asText().equals(type)) {
                return message;
            }
        }
        throw new AssertionError("no " + type + " in 50 messages");
    }
}
