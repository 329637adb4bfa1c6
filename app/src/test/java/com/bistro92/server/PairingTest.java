package com.bistro92.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bistro92.FeedClient;
import com.bistro92.TestApp;
import com.bistro92.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pads pair with a single-use code, act only for their own seated table, and stop at once when revoked. */
class PairingTest {

    @TempDir
    Path data;
    final TestClock clock = new TestClock();
    TestApp app;

    @BeforeEach
    void start() throws Exception {
        app = TestApp.start(data, clock);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private String code(int table) throws Exception {
        TestApp.Reply reply = app.postJson("/api/v1/tables/" + table + "/pairing-code", "{}");
        assertThat(reply.status()).isEqualTo(201);
        return reply.body().get("code").asText();
    }

    private TestApp.Reply pair(String code) throws Exception {
        // a pad pairs with no credential at all
        return app.sendAnonymous(app.post("/api/v1/pads/pair", "{\"code\":\"" + code + "\",\"name\":\"Pad A\"}",
                "application/json"));
    }

    private String token(int table) throws Exception {
        TestApp.Reply paired = pair(code(table));
        assertThat(paired.status()).isEqualTo(201);
        return paired.body().get("token").asText();
    }

    private TestApp.Reply asPad(String token, HttpRequest.Builder request) throws Exception {
        return app.send(request.header("Authorization", "Bearer " + token).build());
    }

    private HttpRequest.Builder postOrder(String table) {
        return HttpRequest.newBuilder(app.uri("/api/order")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"table\":\"" + table + "\",\"items\":[{\"name\":\"Espresso\",\"quantity\":1}]}"));
    }

    @Test
    void aSixDigitCodeIsExchangedForATokenOfWhichOnlyTheHashIsStored() throws Exception {
        TestApp.Reply reply = app.postJson("/api/v1/tables/5/pairing-code", "{}");
        String code = reply.body().get("code").asText();
        assertThat(code).matches("\\d{6}");
        assertThat(reply.body().get("table").asText()).isEqualTo("Table 5");
        TestApp.Reply paired = pair(code);
        assertThat(paired.status()).isEqualTo(201);
        String token = paired.body().get("token").asText();
        assertThat(token).hasSizeGreaterThanOrEqualTo(40);
        assertThat(paired.body().get("pad").get("table").asText()).isEqualTo("Table 5");

        String stored = app.app().database().dsl().fetchSingle("SELECT token_hash FROM pad").get(0, String.class);
        assertThat(stored).isNotEqualTo(token).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8))));
        JsonNode me = asPad(token, HttpRequest.newBuilder(app.uri("/api/v1/pads/me"))).body();
        assertThat(me.get("pad").get("table").asText()).isEqualTo("Table 5");
    }

    @Test
    void aCodeWorksOnceAndNotAfterTenMinutes() throws Exception {
        String code = code(3);
        assertThat(pair(code).status()).isEqualTo(201);
        assertThat(pair(code).status()).isEqualTo(422);
        String late = code(3);
        clock.advance(Duration.ofMinutes(10).plusSeconds(1));
        TestApp.Reply expired = pair(late);
        assertThat(expired.status()).isEqualTo(422);
        assertThat(expired.body().get("detail").asText()).contains("ask staff for a new one");
        assertThat(app.rows("pad")).isEqualTo(1);
    }

    @Test
    void manyWrongCodesAreSlowedDown() throws Exception {
        int refused = 0;
        for (int i = 0; i < 10; i++) {
            refused += pair("00000" + i).status() == 422 ? 1 : 0;
        }
        assertThat(refused).isEqualTo(10);
        assertThat(pair(code(2)).status()).isEqualTo(429);
    }

    @Test
    void aPadOrdersOnlyForItsOwnTableAndOnlyWhileItIsSeated() throws Exception {
        String token = token(5);
        TestApp.Reply unseated = asPad(token, postOrder("Table 5"));
        assertThat(unseated.status()).isEqualTo(409);
        assertThat(unseated.body().get("detail").asText()).contains("ask staff to seat you");
        assertThat(app.postJson("/api/v1/tables/5/session", "{\"guests\":3}").status()).isEqualTo(201);
        assertThat(app.postJson("/api/v1/tables/5/session", "{\"guests\":3}").status()).isEqualTo(409);
        TestApp.Reply ordered = asPad(token, postOrder("table 5"));
        assertThat(ordered.status()).isEqualTo(201);
        assertThat(ordered.body().get("source").asText()).isEqualTo("PAD");
        assertThat(asPad(token, postOrder("Table 6")).status()).isEqualTo(403);
        assertThat(app.rows("customer_order")).isEqualTo(1);
        assertThat(app.send(HttpRequest.newBuilder(app.uri("/api/v1/tables/5/session")).DELETE().build()).status())
                .isEqualTo(200);
        assertThat(asPad(token, postOrder("Table 5")).status()).isEqualTo(409);
    }

    @Test
    void staffActionsAreRefusedToPadsAndABadTokenIs401() throws Exception {
        String token = token(4);
        assertThat(asPad(token, HttpRequest.newBuilder(app.uri("/api/v1/tables/4/pairing-code"))
                .POST(HttpRequest.BodyPublishers.noBody())).status()).isEqualTo(403);
        assertThat(asPad(token, HttpRequest.newBuilder(app.uri("/api/v1/pads"))).status()).isEqualTo(403);
        TestApp.Reply bad = asPad("not-a-token", HttpRequest.newBuilder(app.uri("/api/orders")));
        assertThat(bad.status()).isEqualTo(401);
        assertThat(bad.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void aPadSeesOnlyItsOwnTableOnTheFeedAndInTheList() throws Exception {
        String token = token(7);
        app.postJson("/api/v1/tables/7/session", "{}");
        app.placeOrder("Table 8", "Espresso", 1);
        try (FeedClient pad = FeedClient.connect(app.client(), app.ws("/ws/orders"), app.json(), token)) {
            JsonNode initial = pad.next();
            assertThat(initial.get("orders")).isEmpty();
            app.placeOrder("Table 8", "Lemonade", 1);
            long own = asPad(token, postOrder("Table 7")).body().get("id").asLong();
            JsonNode next = pad.next();
            assertThat(next.get("order").get("id").asLong()).isEqualTo(own);
            assertThat(pad.pending()).isZero();
        }
        JsonNode listed = asPad(token, HttpRequest.newBuilder(app.uri("/api/orders"))).body();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("table").asText()).isEqualTo("Table 7");
    }

    @Test
    void revokingAPadStopsItsTokenAndClosesItsFeedAtOnce() throws Exception {
        String token = token(9);
        try (FeedClient pad = FeedClient.connect(app.client(), app.ws("/ws/orders"), app.json(), token)) {
            assertThat(pad.next().get("type").asText()).isEqualTo("initial");
            long padId = app.get("/api/v1/pads").body().get(0).get("pad_id").asLong();
            TestApp.Reply revoked = app.send(HttpRequest.newBuilder(app.uri("/api/v1/pads/" + padId)).DELETE().build());
            assertThat(revoked.status()).isEqualTo(200);
            assertThat(pad.closed().get(10, TimeUnit.SECONDS)).isEqualTo(1008);
        }
        assertThat(asPad(token, HttpRequest.newBuilder(app.uri("/api/v1/pads/me"))).status()).isEqualTo(401);
        assertThatThrownBy(() -> FeedClient.connect(app.client(), app.ws("/ws/orders"), app.json(), token))
                .hasRootCauseMessage("Unexpected HTTP response status code 401");
    }
}
