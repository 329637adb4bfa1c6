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
    void aFinishedOrderSaysOnlyItsStatus() throws Exception {
        assertThat(OrderProgress.of(order("READY", false, "done", "done"))).isEqualTo("Ready");
        assertThat(OrderProgress.of(order("DELIVERED", true, "done"))).isEqualTo("Delivered");
    }
}
