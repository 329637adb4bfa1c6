package com.bistro92.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.TestApp;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pads order by menu ids: priced by the server, checked against the menu, and never twice for one key. */
class PadOrderTest {

    @TempDir
    Path data;
    TestApp app;
    String token;
    JsonNode menu;

    @BeforeEach
    void start() throws Exception {
        app = TestApp.start(data);
        String code = app.postJson("/api/v1/tables/5/pairing-code", "{}").body().get("code").asText();
        token = app.postJson("/api/v1/pads/pair", "{\"code\":\"" + code + "\"}").body().get("token").asText();
        app.postJson("/api/v1/tables/5/session", "{\"guests\":2}");
        menu = app.get("/api/v1/menu").body();
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private JsonNode item(String name) {
        return StreamSupport.stream(menu.get("categories").spliterator(), false)
                .flatMap(c -> StreamSupport.stream(c.get("items").spliterator(), false))
                .filter(i -> i.get("name").asText().equals(name)).findFirst().orElseThrow();
    }

    private static int modifier(JsonNode item, String name) {
        return StreamSupport.stream(item.get("modifier_groups").spliterator(), false)
                .flatMap(g -> StreamSupport.stream(g.get("modifiers").spliterator(), false))
                .filter(m -> m.get("name").asText().equals(name)).findFirst().orElseThrow().get("id").asInt();
    }

    private HttpRequest order(String body, String key) {
        HttpRequest.Builder b = HttpRequest.newBuilder(app.uri("/api/v1/orders"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            b.header("Idempotency-Key", key);
        }
        return b.build();
    }

    private String burger(int quantity, String... modifiers) {
        JsonNode burger = item("Classic Burger");
        String ids = String.join(",", java.util.Arrays.stream(modifiers).map(m -> String.valueOf(modifier(burger, m)))
                .toList());
        return "{\"items\":[{\"menu_item_id\":%d,\"quantity\":%d,\"modifier_ids\":[%s],\"instructions\":\"no pickles\"}]}"
                .formatted(burger.get("id").asInt(), quantity, ids);
    }

    @Test
    void theMenuHasAnEtagAndAnswers304UntilItChanges() throws Exception {
        TestApp.Reply first = app.get("/api/v1/menu");
        String etag = first.header("ETag");
        assertThat(etag).isNotBlank();
        assertThat(first.body().get("categories")).hasSize(5);
        var again = app.client().send(HttpRequest.newBuilder(app.uri("/api/v1/menu")).header("If-None-Match", etag)
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        app.app().menuChanges().setAvailability(app.app().menu().byName("Tiramisu").orElseThrow().id(), false).join();
        assertThat(app.get("/api/v1/menu").header("ETag")).isNotEqualTo(etag);
    }

    @Test
    void aPadOrderIsPricedFromTheMenuWithItsModifiers() throws Exception {
        TestApp.Reply placed = app.send(order(burger(2, "Medium", "Bacon"), "pad5-1"));
        assertThat(placed.status()).isEqualTo(201);
        JsonNode line = placed.body().get("items").get(0);
        assertThat(placed.body().get("table").asText()).isEqualTo("Table 5");
        assertThat(line.get("unit_price").decimalValue()).isEqualByComparingTo("16.50");
        assertThat(line.get("line_total").decimalValue()).isEqualByComparingTo("33.00");
        assertThat(line.get("modifiers").findValuesAsText("name")).containsExactly("Medium", "Bacon");
        assertThat(line.get("instructions").asText()).isEqualTo("no pickles");
        assertThat(placed.body().get("total").decimalValue()).isEqualByComparingTo("33.00");
    }

    @Test
    void itemsTheMenuDoesNotAllowAre422AndWriteNothing() throws Exception {
        app.app().menuChanges().setAvailability(app.app().menu().byName("Onion Rings").orElseThrow().id(), false).join();
        int onionRings = item("Onion Rings").get("id").asInt();
        int fries = item("Truffle Fries").get("id").asInt();
        JsonNode burger = item("Classic Burger");
        List<String> bad = List.of(
                "{\"items\":[{\"menu_item_id\":99999,\"quantity\":1}]}",
                "{\"items\":[{\"menu_item_id\":" + onionRings + ",\"quantity\":1}]}",
                "{\"items\":[{\"menu_item_id\":" + fries + ",\"quantity\":1,\"modifier_ids\":["
                        + modifier(burger, "Bacon") + "]}]}",
                burger(1, "Bacon"),
                burger(1, "Rare", "Medium"),
                burger(0, "Medium"));
        int events = app.rows("order_event");
        for (String body : bad) {
            TestApp.Reply reply = app.send(order(body, null));
            assertThat(reply.status()).as(body).isEqualTo(422);
            assertThat(reply.body().get("errors")).as(body).isNotEmpty();
        }
        assertThat(app.rows("customer_order")).isZero();
        assertThat(app.rows("order_event")).as("no event for a refused order").isEqualTo(events);
    }

    @Test
    void aRetryWithTheSameKeyReturnsTheFirstOrderAndAnotherBodyIs409() throws Exception {
        long first = app.send(order(burger(1, "Rare"), "pad5-7")).body().get("id").asLong();
        TestApp.Reply retry = app.send(order(burger(1, "Rare"), "pad5-7"));
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body().get("id").asLong()).isEqualTo(first);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(app.send(order(burger(2, "Rare"), "pad5-7")).status()).isEqualTo(409);
        assertThat(app.rows("customer_order")).isEqualTo(1);
    }

    @Test
    void theSameKeySentTwentyTimesAtOnceMakesOneOrder() throws Exception {
        List<CompletableFuture<TestApp.Reply>> replies = IntStream.range(0, 20)
                .mapToObj(i -> app.sendAsync(order(burger(1, "Well done"), "pad5-burst"))).toList();
        List<Long> ids = replies.stream().map(CompletableFuture::join)
                .peek(r -> assertThat(r.status()).isEqualTo(201))
                .map(r -> r.body().get("id").asLong()).distinct().toList();
        assertThat(ids).hasSize(1);
        assertThat(app.rows("customer_order")).isEqualTo(1);
    }

    @Test
    void aPadCannotOrderForAnotherTable() throws Exception {
        TestApp.Reply reply = app.send(order("{\"table\":\"Table 6\"," + burger(1, "Rare").substring(1), null));
        assertThat(reply.status()).isEqualTo(403);
        assertThat(app.rows("customer_order")).isZero();
    }
}
