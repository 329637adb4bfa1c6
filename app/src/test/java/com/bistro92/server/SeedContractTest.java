package com.bistro92.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.FeedClient;
import com.bistro92.SharedServerTest;
import com.bistro92.TestApp;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed's clients must keep working: every seed endpoint and message shape, as the seed defined them. */
class SeedContractTest extends SharedServerTest {

    @Test
    void healthAnswersOkAtTheRoot() throws Exception {
        TestApp.Reply reply = app.get("/");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("status").asText()).isEqualTo("ok");
    }

    @Test
    void debugTellsServerAndConnectionInfoWithoutSecrets() throws Exception {
        TestApp.Reply reply = app.get("/api/debug");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("port").asInt()).isEqualTo(app.app().port());
        assertThat(reply.body().has("connections")).isTrue();
        assertThat(reply.body().get("database").has("orders")).isTrue();
        String text = reply.body().toString().toLowerCase();
        assertThat(text).doesNotContain("pin", "password", "token", "hash", "secret");
    }

    @Test
    void postOrderAnswers201WithTheSeedShape() throws Exception {
        TestApp.Reply reply = app.postJson("/api/order", """
                {"table": "Table 5", "items": [{"name": "Burger", "quantity": 2}, {"name": "Fries", "quantity": 1}]}""");
        assertThat(reply.status()).isEqualTo(201);
        JsonNode order = reply.body();
        assertThat(order.get("id").isIntegralNumber()).isTrue();
        assertThat(order.get("table").asText()).isEqualTo("Table 5");
        assertThat(order.get("items")).hasSize(2);
        assertThat(order.get("items").get(0).get("name").asText()).isEqualTo("Burger");
        assertThat(order.get("items").get(0).get("quantity").asInt()).isEqualTo(2);
        assertThat(order.get("items").get(1).get("name").asText()).isEqualTo("Fries");
        assertThat(Instant.parse(order.get("created_at").asText())).isBefore(Instant.now().plusSeconds(1));
        assertThat(order.get("status").asText()).isEqualTo("PLACED");
    }

    @Test
    void aNameThatMatchesAMenuItemIsLinkedAndPricedFromTheMenu() throws Exception {
        JsonNode order = app.placeOrder("table 7", "  classic   BURGER ", 3);
        JsonNode line = order.get("items").get(0);
        assertThat(order.get("table").asText()).isEqualTo("Table 7");
        assertThat(line.get("name").asText()).isEqualTo("Classic Burger");
        assertThat(line.get("menu_item_id").isNull()).isFalse();
        assertThat(line.get("unit_price").decimalValue()).isEqualByComparingTo("14.50");
        assertThat(line.get("line_total").decimalValue()).isEqualByComparingTo("43.50");
        assertThat(line.get("open_item").asBoolean()).isFalse();
        assertThat(order.get("total").decimalValue()).isEqualByComparingTo("43.50");
    }

    @Test
    void unknownNamesAndTablesAreKeptAsOpenItemsOnAnAdHocTable() throws Exception {
        int tablesBefore = app.rows("dining_table");
        JsonNode order = app.placeOrder("Patio 3", "Chef's special", 1);
        JsonNode line = order.get("items").get(0);
        assertThat(order.get("table").asText()).isEqualTo("Patio 3");
        assertThat(line.get("open_item").asBoolean()).isTrue();
        assertThat(line.get("unit_price").decimalValue()).isEqualByComparingTo("0");
        assertThat(order.get("has_open_items").asBoolean()).isTrue();
        assertThat(app.rows("dining_table")).isEqualTo(tablesBefore + 1);
        app.placeOrder("PATIO   3", "Chef's special", 1);
        assertThat(app.rows("dining_table")).as("the same label reuses the ad-hoc table").isEqualTo(tablesBefore + 1);
    }

    @Test
    void getOrdersListsEveryOrderNewestFirst() throws Exception {
        List<Long> placed = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            placed.add(app.placeOrder("Table 2", "Espresso", 1).get("id").asLong());
        }
        JsonNode list = app.get("/api/orders").body();
        assertThat(list.isArray()).isTrue();
        List<Long> ids = new ArrayList<>();
        list.forEach(o -> ids.add(o.get("id").asLong()));
        assertThat(ids).containsAll(placed);
        assertThat(ids).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        JsonNode first = list.get(0);
        assertThat(first.has("table")).isTrue();
        assertThat(first.has("created_at")).isTrue();
        assertThat(first.get("items").get(0).has("name")).isTrue();
        assertThat(first.get("items").get(0).has("quantity")).isTrue();
    }

    @Test
    void getOrdersPagesAndFilters() throws Exception {
        long a = app.placeOrder("Table 11", "Lemonade", 1).get("id").asLong();
        long b = app.placeOrder("Table 11", "Iced Tea", 1).get("id").asLong();
        JsonNode page = app.get("/api/orders?table=table%2011&limit=1").body();
        assertThat(page).hasSize(1);
        assertThat(page.get(0).get("id").asLong()).isEqualTo(b);
        JsonNode next = app.get("/api/orders?table=Table%2011&limit=1&offset=1").body();
        assertThat(next.get(0).get("id").asLong()).isEqualTo(a);
        JsonNode placed = app.get("/api/orders?status=placed&table=Table%2011").body();
        assertThat(placed).hasSize(2);
        assertThat(app.get("/api/orders?status=DELIVERED&table=Table%2011").body()).isEmpty();
        assertThat(app.get("/api/orders?limit=0").status()).isEqualTo(400);
        assertThat(app.get("/api/orders?status=EATEN").status()).isEqualTo(400);
        assertThat(app.get("/api/orders?from=yesterday").status()).isEqualTo(400);
    }

    @Test
    void feedSendsInitialThenOneNewOrderMessagePerOrder() throws Exception {
        long before = app.placeOrder("Table 3", "Tiramisu", 1).get("id").asLong();
        try (FeedClient feed = FeedClient.connect(app.client(), app.ws("/ws/orders"), app.json())) {
            JsonNode initial = feed.next();
            assertThat(initial.get("type").asText()).isEqualTo("initial");
            assertThat(initial.get("seq").asLong()).isPositive();
            List<Long> initialIds = new ArrayList<>();
            initial.get("orders").forEach(o -> initialIds.add(o.get("id").asLong()));
            assertThat(initialIds).contains(before);

            long id = app.placeOrder("Table 3", "Lemon Tart", 2).get("id").asLong();
            JsonNode message = feed.next();
            assertThat(message.get("type").asText()).isEqualTo("new_order");
            assertThat(message.get("seq").asLong()).isGreaterThan(initial.get("seq").asLong());
            JsonNode order = message.get("order");
            assertThat(order.get("id").asLong()).isEqualTo(id);
            assertThat(order.get("table").asText()).isEqualTo("Table 3");
            assertThat(order.get("items").get(0).get("name").asText()).isEqualTo("Lemon Tart");
            assertThat(order.get("items").get(0).get("quantity").asInt()).isEqualTo(2);
            assertThat(order.has("created_at")).isTrue();
        }
    }
}
