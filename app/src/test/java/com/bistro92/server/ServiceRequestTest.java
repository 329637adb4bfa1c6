package com.bistro92.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.FeedClient;
import com.bistro92.TestApp;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Calls for a waiter or the bill reach staff once per minute at most; menu changes reach every pad. */
class ServiceRequestTest {

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

    private String token(int table) throws Exception {
        String code = app.postJson("/api/v1/tables/" + table + "/pairing-code", "{}").body().get("code").asText();
        return app.postJson("/api/v1/pads/pair", "{\"code\":\"" + code + "\"}").body().get("token").asText();
    }

    private TestApp.Reply asPad(String token, String method, String path, String body) throws Exception {
        return app.send(HttpRequest.newBuilder(app.uri(path)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build());
    }

    @Test
    void aCallReachesStaffAndARepeatWithinAMinuteIsMergedIntoIt() throws Exception {
        String pad = token(3);
        try (FeedClient staff = FeedClient.connect(app.client(), app.ws("/ws/orders"), app.json())) {
            staff.next();
            TestApp.Reply first = asPad(pad, "POST", "/api/v1/service-requests", "{\"kind\":\"waiter\"}");
            assertThat(first.status()).isEqualTo(201);
            JsonNode event = staff.next();
            assertThat(event.get("type").asText()).isEqualTo("service_request");
            assertThat(event.get("request").get("table").asText()).isEqualTo("Table 3");
            assertThat(event.get("request").get("kind").asText()).isEqualTo("WAITER");

            TestApp.Reply again = asPad(pad, "POST", "/api/v1/service-requests", "{\"kind\":\"WAITER\"}");
            assertThat(again.status()).isEqualTo(200);
            assertThat(again.body().get("merged").asBoolean()).isTrue();
            assertThat(again.body().get("call").get("times_asked").asInt()).isEqualTo(2);
            JsonNode merged = staff.next().get("request");
            assertThat(merged.get("id").asLong()).as("the same call, asked again").isEqualTo(
                    first.body().get("call").get("id").asLong());
            assertThat(merged.get("times_asked").asInt()).isEqualTo(2);
            TestApp.Reply bill = asPad(pad, "POST", "/api/v1/service-requests", "{\"kind\":\"BILL\"}");
            assertThat(bill.status()).isEqualTo(201);
            assertThat(staff.next().get("request").get("kind").asText()).isEqualTo("BILL");

            long id = first.body().get("call").get("id").asLong();
            assertThat(app.postJson("/api/v1/service-requests/" + id + "/acknowledge", "{}").status()).isEqualTo(200);
            assertThat(staff.next().get("type").asText()).isEqualTo("service_acknowledged");
            assertThat(app.get("/api/v1/service-requests").body()).hasSize(1);
            assertThat(asPad(pad, "POST", "/api/v1/service-requests", "{\"kind\":\"WAITER\"}").status()).isEqualTo(201);
        }
        assertThat(asPad(pad, "POST", "/api/v1/service-requests", "{\"kind\":\"DESSERT\"}").status()).isEqualTo(422);
    }

    @Test
    void aTablesCallsReachItsOwnPadButNoOtherPad() throws Exception {
        String five = token(5);
        String six = token(6);
        try (FeedClient padFive = FeedClient.connect(app.client(), app.ws("/ws/orders"), app.json(), five);
             FeedClient padSix = FeedClient.connect(app.client(), app.ws("/ws/orders"), app.json(), six)) {
            padFive.next();
            padSix.next();
            asPad(six, "POST", "/api/v1/service-requests", "{\"kind\":\"BILL\"}");
            assertThat(padSix.next().get("type").asText()).isEqualTo("service_request");
            // a menu change goes to every pad; pad five must see it first, with nothing of table six before it
            assertThat(app.send(HttpRequest.newBuilder(app.uri("/api/v1/menu/items/1/availability"))
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"available\":false}")).build()).status()).isEqualTo(200);
            assertThat(padFive.next().get("type").asText()).isEqualTo("menu_changed");
            assertThat(padSix.next().get("type").asText()).isEqualTo("menu_changed");
        }
    }

    @Test
    void an86dItemLeavesTheMenuForOrdersAtOnce() throws Exception {
        String etag = app.get("/api/v1/menu").header("ETag");
        TestApp.Reply off = app.send(HttpRequest.newBuilder(app.uri("/api/v1/menu/items/1/availability"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"available\":false}")).build());
        assertThat(off.status()).isEqualTo(200);
        assertThat(app.get("/api/v1/menu").header("ETag")).isNotEqualTo(etag);
        String pad = token(2);
        app.postJson("/api/v1/tables/2/session", "{}");
        TestApp.Reply refused = asPad(pad, "POST", "/api/v1/orders",
                "{\"items\":[{\"menu_item_id\":1,\"quantity\":1}]}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(asPad(pad, "PUT", "/api/v1/menu/items/1/availability", "{\"available\":true}").status())
                .isEqualTo(403);
    }
}
