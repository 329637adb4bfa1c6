package com.bistro92.menu;

import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.TestApp;
import com.bistro92.TestClock;
import com.bistro92.server.Limits;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The marks pads show, from the order history: what is popular, and what goes well with what. */
class SuggestionsTest {

    @TempDir
    Path data;
    TestApp app;
    TestClock clock;

    @BeforeEach
    void start() throws Exception {
        clock = new TestClock();
        app = TestApp.start(data, clock, Limits.DEFAULT);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private long order(String... items) throws Exception {
        StringBuilder lines = new StringBuilder();
        for (String item : items) {
            lines.append(lines.isEmpty() ? "" : ",").append("{\"name\":\"").append(item).append("\",\"quantity\":1}");
        }
        TestApp.Reply placed = app.postJson("/api/order", "{\"table\":\"Table 2\",\"items\":[" + lines + "]}");
        assertThat(placed.status()).isEqualTo(201);
        return placed.body().get("id").asLong();
    }

    private int id(String item) {
        return app.app().menu().byName(item).orElseThrow().id();
    }

    @Test
    void itemsInThreeOrdersArePopularAndPairsOrderedThreeTimesGoWellTogether() throws Exception {
        for (int i = 0; i < 3; i++) {
            order("Bruschetta", "Garlic Bread");
        }
        order("Bruschetta");
        order("Bruschetta");
        order("Tomato Soup", "Garlic Bread");
        order("Tomato Soup");
        long cancelled = order("Tomato Soup");
        assertThat(app.postJson("/api/v1/orders/" + cancelled + "/void", "{\"reason\":\"Test\"}").status())
                .isEqualTo(200);

        JsonNode marks = app.get("/api/v1/menu/suggestions").body();
        assertThat(marks.get("popular")).extracting(JsonNode::asInt)
                .as("most orders first; Tomato Soup's cancelled order does not count").containsExactly(
                        id("Bruschetta"), id("Garlic Bread"));
        assertThat(marks.get("goes_well_with").get(Integer.toString(id("Garlic Bread"))))
                .extracting(JsonNode::asInt).containsExactly(id("Bruschetta"));
        assertThat(marks.get("goes_well_with").has(Integer.toString(id("Tomato Soup"))))
                .as("ordered together once only").isFalse();
    }

    @Test
    void theMarksAreReadAgainAfterTenMinutesAndForgetOrdersOlderThanThirtyDays() throws Exception {
        for (int i = 0; i < 3; i++) {
            order("Tomato Soup");
        }
        assertThat(app.get("/api/v1/menu/suggestions").body().get("popular")).hasSize(1);
        clock.advance(Duration.ofDays(31));
        assertThat(app.get("/api/v1/menu/suggestions").body().get("popular")).as("read again, the orders too old")
                .isEmpty();
    }
}
