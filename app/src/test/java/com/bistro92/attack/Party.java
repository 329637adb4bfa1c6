package com.bistro92.attack;

import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.TestApp;
import java.net.http.HttpRequest;
import java.util.concurrent.TimeUnit;

/** A seated party with a paired pad, whose order must keep getting its 201 whatever an attacker does. */
record Party(TestApp app, int table, String token) {

    static Party seat(TestApp app, int table) throws Exception {
        String code = app.postJson("/api/v1/tables/" + table + "/pairing-code", "{}").body().get("code").asText();
        String token = app.postJson("/api/v1/pads/pair", "{\"code\":\"" + code + "\",\"name\":\"Pad " + table + "\"}")
                .body().get("token").asText();
        assertThat(app.postJson("/api/v1/tables/" + table + "/session", "{\"guests\":2}").status()).isEqualTo(201);
        return new Party(app, table, token);
    }

    /** Another pad at an already seated table. */
    static Party pairOnly(TestApp app, int table) throws Exception {
        String code = app.postJson("/api/v1/tables/" + table + "/pairing-code", "{}").body().get("code").asText();
        String token = app.postJson("/api/v1/pads/pair", "{\"code\":\"" + code + "\",\"name\":\"Pad " + table + "\"}")
                .body().get("token").asText();
        return new Party(app, table, token);
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(app.uri(path)).header("Authorization", "Bearer " + token);
    }

    HttpRequest post(String path, String json) {
        return request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    /** An espresso ordered from the pad's menu; the answer. */
    TestApp.Reply order(String item) throws Exception {
        return app.send(post("/api/order", "{\"table\":\"Table " + table + "\",\"items\":[{\"name\":\"" + item
                + "\",\"quantity\":1}]}"));
    }

    /** Asserts that an order placed now is acknowledged within five seconds, however busy the attacker keeps the server. */
    long ordersWithin5Seconds() throws Exception {
        TestApp.Reply reply = app.sendAsync(post("/api/v1/orders", "{\"items\":[{\"menu_item_id\":"
                + app.app().menu().byName("Espresso").orElseThrow().id() + ",\"quantity\":1}]}"))
                .get(5, TimeUnit.SECONDS);
        assertThat(reply.status()).as("a pad's order during the attack: %s", reply.body()).isEqualTo(201);
        return reply.body().get("id").asLong();
    }
}
