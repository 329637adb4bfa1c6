package com.bistro92.pad.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.pad.cli.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** What a guest reads of an order's progress, from the order as the feed sends it. */
class PadProgressTest {

    private final ObjectMapper json = Json.newMapper();

    private JsonNode order(String status, boolean urgent, String... lines) throws Exception {
        StringBuilder items = new StringBuilder();
        for (String line : lines) {
            items.append(items.isEmpty() ? "" : ",").append("{\"name\":\"x\",\"done\":").append(line.equals("done"))
                    .append(",\"held\":").append(line.equals("held")).append('}');
        }
        return json.readTree("{\"status\":\"" + status + "\",\"urgent\":" + urgent + ",\"items\":[" + items + "]}");
    }

    @Test
    void linesCookedAndACourseToFollowAreCountedWhileTheKitchenIsOnIt() throws Exception {
        assertThat(OrderProgress.of(order("PREPARING", false, "done", "cook", "held")))
                .isEqualTo("Preparing · 1 of 3 ready · 1 to follow");
        assertThat(OrderProgress.of(order("RECEIVED", true, "cook", "cook"))).isEqualTo("Received · prioritised");
        assertThat(OrderProgress.of(order("PREPARING", false, "cook"))).isEqualTo("Preparing");
    }

    @Test
    void theKitchensEstimateCountsDownFromWhenTheOrderWasPlaced() throws Exception {
        JsonNode order = json.readTree("""
                {"status":"RECEIVED","urgent":false,"items":[{"name":"x"}],"created_at":"2026-12-07T19:00:00Z",
                 "ready_in":{"low_s":600,"high_s":840}}""");
        java.time.Instant placed = java.time.Instant.parse("2026-12-07T19:00:00Z");
        assertThat(OrderProgress.of(order, placed)).isEqualTo("Received · ready in about 12 min");
        assertThat(OrderProgress.of(order, placed.plusSeconds(420))).isEqualTo("Received · ready in about 5 min");
        assertThat(OrderProgress.of(order, placed.plusSeconds(900))).isEqualTo("Received · ready any minute now");
        assertThat(OrderProgress.of(order(order.path("status").asText(), false, "cook"), placed))
                .as("no estimate: nothing said").isEqualTo("Received");
    }

    @Test
    void aFinishedOrderSaysOnlyItsStatus() throws Exception {
        assertThat(OrderProgress.of(order("READY", false, "done", "done"))).isEqualTo("Ready");
        assertThat(OrderProgress.of(order("DELIVERED", true, "done"))).isEqualTo("Delivered");
    }
}
