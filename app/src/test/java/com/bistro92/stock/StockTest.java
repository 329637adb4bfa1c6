package com.bistro92.stock;

import static com.bistro92.ViewFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.FeedClient;
import com.bistro92.TestApp;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Counts on hand against a real suite (Jetty on port 0, H2): orders take from them in their own
 * command, 20 pads racing for the last 3 portions get exactly 3 orders, zero 86s the items; and an
 * inventory system with its own token follows the stream, sets counts and availability, and
 * nothing more.
 */
class StockTest {

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

    private int itemId(String name) throws Exception {
        return StreamSupport.stream(app.get("/api/v1/menu").body().get("categories").spliterator(), false)
                .flatMap(c -> StreamSupport.stream(c.get("items").spliterator(), false))
                .filter(i -> i.get("name").asText().equals(name)).findFirst().orElseThrow().get("id").asInt();
    }

    private boolean available(int item) throws Exception {
        return StreamSupport.stream(app.get("/api/v1/menu").body().get("categories").spliterator(), false)
                .flatMap(c -> StreamSupport.stream(c.get("items").spliterator(), false))
                .filter(i -> i.get("id").asInt() == item).findFirst().orElseThrow().get("available").asBoolean();
    }

    private String pad(int table) throws Exception {
        String code = app.postJson("/api/v1/tables/" + table + "/pairing-code", "{}").body().get("code").asText();
        return app.postJson("/api/v1/pads/pair", "{\"code\":\"" + code + "\"}").body().get("token").asText();
    }

    private HttpRequest request(String method, String path, String body, String token) {
        return HttpRequest.newBuilder(app.uri(path)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)).build();
    }

    @Test
    void twentyPadsRacingForTheLastThreePortionsGetExactlyThreeOrdersAndZero86sTheItem() throws Exception {
        int salmon = itemId("Grilled Salmon");
        List<String> pads = new ArrayList<>();
        for (int table = 1; table <= 10; table++) {
            pads.add(pad(table));
            pads.add(pad(table));
            assertThat(app.postJson("/api/v1/tables/" + table + "/session", "{\"guests\":2}").status()).isEqualTo(201);
        }
        TestApp.Reply created = app.postJson("/api/v1/stock", "{\"name\":\"Salmon portions\",\"on_hand\":3,"
                + "\"item_ids\":[" + salmon + "]}");
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        int stock = created.body().get("id").asInt();
        int ordersBefore = app.rows("customer_order");

        List<CompletableFuture<TestApp.Reply>> race = new ArrayList<>();
        for (String token : pads) {
            race.add(app.sendAsync(request("POST", "/api/v1/orders", "{\"items\":[{\"menu_item_id\":" + salmon
                    + ",\"quantity\":1}]}", token)));
        }
        List<TestApp.Reply> replies = race.stream().map(CompletableFuture::join).toList();
        assertThat(replies.stream().filter(r -> r.status() == 201)).as("exactly the last three portions").hasSize(3);
        List<TestApp.Reply> refused = replies.stream().filter(r -> r.status() == 422).toList();
        assertThat(refused).hasSize(17);
        assertThat(refused).allSatisfy(r -> assertThat(r.body().toString())
                .containsAnyOf("Grilled Salmon is sold out", "is not available right now"));
        assertThat(app.rows("customer_order")).as("nothing written for a refused order").isEqualTo(ordersBefore + 3);
        JsonNode levels = app.get("/api/v1/stock").body();
        assertThat(levels.get(0).get("on_hand").asInt()).isZero();
        assertThat(available(salmon)).as("86'd by itself at zero").isFalse();

        // a delivery: the count set again puts the salmon back on the menu
        assertThat(app.send(request("PUT", "/api/v1/stock/" + stock, "{\"on_hand\":4}", app.app().staffToken().value()))
                .status()).isEqualTo(200);
        assertThat(available(salmon)).isTrue();
        TestApp.Reply twoMany = app.send(request("POST", "/api/v1/orders", "{\"items\":[{\"menu_item_id\":" + salmon
                + ",\"quantity\":5}]}", pads.getFirst()));
        assertThat(twoMany.status()).isEqualTo(422);
        assertThat(twoMany.body().toString()).contains("only 4 left of Grilled Salmon (Salmon portions)");
        assertThat(app.send(request("PUT", "/api/v1/stock/" + stock, "{\"on_hand\":-1}", app.app().staffToken().value()))
                .status()).as("a count below zero").isEqualTo(422);
        assertThat(app.get("/api/v1/stock").body().get(0).get("on_hand").asInt()).isEqualTo(4);
    }

    @Test
    void anInventorySystemFollowsTheStreamSetsCountsAndNothingMoreAndAfterAGapGetsEveryEventOnce()
            throws Exception {
        TestApp.Reply made = app.postJson("/api/v1/integrations", "{\"name\":\"Stockroom\"}");
        assertThat(made.status()).isEqualTo(201);
        String token = made.body().get("token").asText();
        assertThat(app.get("/api/v1/integrations").body().toString()).contains("Stockroom").doesNotContain(token);
        int tart = itemId("Lemon Tart");
        int stock = app.postJson("/api/v1/stock", "{\"name\":\"Lemon tarts\",\"on_hand\":6,\"item_ids\":[" + tart
                + "]}").body().get("id").asInt();

        // narrow rights: counts, availability, the menu, the feed; not orders, bills or settings
        assertThat(app.send(request("GET", "/api/v1/stock", null, token)).status()).isEqualTo(200);
        assertThat(app.send(request("GET", "/api/v1/menu", null, token)).status()).isEqualTo(200);
        assertThat(app.send(request("POST", "/api/v1/orders", "{\"table\":\"Table 2\",\"items\":[{\"menu_item_id\":"
                + tart + ",\"quantity\":1}]}", token)).status()).isEqualTo(403);
        assertThat(app.send(request("GET", "/api/v1/tables/2/bill", null, token)).status()).isEqualTo(403);
        assertThat(app.send(request("POST", "/api/v1/stock", "{\"name\":\"x\",\"on_hand\":1,\"item_ids\":[1]}", token))
                .status()).isEqualTo(403);

        long since;
        try (FeedClient feed = FeedClient.connect(app.client(), app.ws("/ws/orders"), app.json(), token)) {
            JsonNode initial = feed.next();
            assertThat(initial.get("type").asText()).isEqualTo("initial");
            assertThat(app.send(request("PUT", "/api/v1/stock/" + stock, "{\"on_hand\":2}", token)).status())
                    .isEqualTo(200);
            JsonNode changed = feed.next();
            assertThat(changed.get("type").asText()).isEqualTo("stock_changed");
            assertThat(changed.at("/stock/on_hand").asInt()).isEqualTo(2);
            since = changed.get("seq").asLong();
        }
        // while it is away: two tarts sold (the count reaches 0, the tart is 86'd), then it is put back
        app.postJson("/api/order", "{\"table\":\"Table 3\",\"items\":[{\"name\":\"Lemon Tart\",\"quantity\":2}]}");
        assertThat(app.send(request("PUT", "/api/v1/menu/items/" + tart + "/availability", "{\"available\":true}",
                token)).status()).isEqualTo(200);
        long last = app.app().journal().lastSeq();
        try (FeedClient again = FeedClient.connect(app.client(), app.ws("/ws/orders?since=" + since), app.json(),
                token)) {
            List<JsonNode> missed = again.next((int) (last - since));
            for (int i = 0; i < missed.size(); i++) {
                assertThat(missed.get(i).get("seq").asLong()).as("each event once, in order").isEqualTo(since + 1 + i);
            }
            assertThat(missed.stream().map(e -> e.get("type").asText()).toList())
                    .contains("stock_changed", "menu_changed", "new_order");
            assertThat(missed.stream().filter(e -> e.get("type").asText().equals("stock_changed")).findFirst()
                    .orElseThrow().at("/stock/on_hand").asInt()).isZero();
            app.postJson("/api/v1/tables/3/session", "{\"guests\":1}");
            assertThat(again.next().get("seq").asLong()).as("then live").isEqualTo(last + 1);
        }

        // revoked: the token stops at once
        assertThat(app.send(HttpRequest.newBuilder(app.uri("/api/v1/integrations/" + made.body().at("/client/id")
                .asInt())).header("Authorization", app.staffAuthorization()).DELETE().build()).status()).isEqualTo(200);
        assertThat(app.send(request("GET", "/api/v1/stock", null, token)).status()).isEqualTo(401);
    }
}
