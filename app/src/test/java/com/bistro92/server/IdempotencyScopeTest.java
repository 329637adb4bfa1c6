package com.bistro92.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.TestApp;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An idempotency key belongs to whoever sent it: a pad, staff, or this computer's seed client. The
 * same key from another caller is another order, and a refusal never speaks of another caller's.
 */
class IdempotencyScopeTest {

    @TempDir
    Path data;
    TestApp app;
    String padA;
    String padB;
    int espresso;

    @BeforeEach
    void start() throws Exception {
        app = TestApp.start(data);
        padA = seatWithPad(5);
        padB = seatWithPad(6);
        espresso = app.app().menu().byName("Espresso").orElseThrow().id();
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private String seatWithPad(int table) throws Exception {
        String code = app.postJson("/api/v1/tables/" + table + "/pairing-code", "{}").body().get("code").asText();
        String token = app.postJson("/api/v1/pads/pair", "{\"code\":\"" + code + "\"}").body().get("token").asText();
        assertThat(app.postJson("/api/v1/tables/" + table + "/session", "{\"guests\":2}").status()).isEqualTo(201);
        return token;
    }

    private TestApp.Reply padOrder(String token, int quantity, String key) throws Exception {
        return app.send(HttpRequest.newBuilder(app.uri("/api/v1/orders"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString("{\"items\":[{\"menu_item_id\":" + espresso
                        + ",\"quantity\":" + quantity + "}]}")).build());
    }

    private TestApp.Reply seedOrder(String table, int quantity, String key, boolean staff) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(app.uri("/api/order"))
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString("{\"table\":\"" + table
                        + "\",\"items\":[{\"name\":\"Espresso\",\"quantity\":" + quantity + "}]}")).build();
        return staff ? app.send(request) : app.sendAnonymous(request);
    }

    @Test
    void twoPadsSendingTheSameKeyMakeTwoOrders() throws Exception {
        TestApp.Reply a = padOrder(padA, 1, "order-0001");
        TestApp.Reply b = padOrder(padB, 2, "order-0001");

        assertThat(a.status()).isEqualTo(201);
        assertThat(b.status()).as("pad B with pad A's key: %s", b.body()).isEqualTo(201);
        assertThat(b.header("Idempotent-Replayed")).isNull();
        assertThat(b.body().get("id").asLong()).isNotEqualTo(a.body().get("id").asLong());
        assertThat(b.body().get("table").asText()).isEqualTo("Table 6");
        assertThat(app.rows("customer_order")).isEqualTo(2);
    }

    @Test
    void aPadsRetryStillReturnsItsFirstOrderAndAnotherBodyIsStill409() throws Exception {
        long first = padOrder(padA, 1, "order-0002").body().get("id").asLong();
        padOrder(padB, 1, "order-0002");

        TestApp.Reply retryA = padOrder(padA, 1, "order-0002");
        TestApp.Reply retryB = padOrder(padB, 1, "order-0002");
        assertThat(retryA.status()).isEqualTo(201);
        assertThat(retryA.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retryA.body().get("id").asLong()).isEqualTo(first);
        assertThat(retryB.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retryB.body().get("table").asText()).isEqualTo("Table 6");

        TestApp.Reply changed = padOrder(padB, 3, "order-0002");
        assertThat(changed.status()).isEqualTo(409);
        assertThat(changed.body().get("detail").asText()).doesNotContain("Table 5")
                .doesNotContain(String.valueOf(first));
        assertThat(app.rows("customer_order")).isEqualTo(2);
    }

    @Test
    void staffTheSeedClientAndAPadEachHaveKeysOfTheirOwn() throws Exception {
        TestApp.Reply seed = seedOrder("Table 2", 1, "k-1", false);
        TestApp.Reply staff = seedOrder("Table 3", 2, "k-1", true);
        TestApp.Reply pad = padOrder(padA, 3, "k-1");

        assertThat(seed.status()).isEqualTo(201);
        assertThat(staff.status()).as("staff with the seed client's key: %s", staff.body()).isEqualTo(201);
        assertThat(pad.status()).as("a pad with the seed client's key: %s", pad.body()).isEqualTo(201);
        assertThat(java.util.Set.of(seed.body().get("id").asLong(), staff.body().get("id").asLong(),
                pad.body().get("id").asLong())).hasSize(3);

        TestApp.Reply seedRetry = seedOrder("Table 2", 1, "k-1", false);
        assertThat(seedRetry.status()).isEqualTo(201);
        assertThat(seedRetry.body().get("id").asLong()).isEqualTo(seed.body().get("id").asLong());
        assertThat(seedOrder("Table 2", 4, "k-1", false).status()).isEqualTo(409);
        assertThat(app.rows("customer_order")).isEqualTo(3);
    }
}
