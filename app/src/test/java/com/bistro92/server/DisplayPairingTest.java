package com.bistro92.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.FeedClient;
import com.bistro92.LanClient;
import com.bistro92.TestApp;
import com.bistro92.TestClock;
import com.bistro92.tls.PairingCheck;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

/**
 * A display (a second kitchen screen on another PC) pairs with a code from the main PC, sees every
 * kitchen order on the feed, may do the kitchen's steps with version checks, and nothing else.
 */
class DisplayPairingTest {

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

    private JsonNode code() throws Exception {
        TestApp.Reply reply = app.postJson("/api/v1/displays/pairing-code", "{}");
        assertThat(reply.status()).as("%s", reply.body()).isEqualTo(201);
        return reply.body();
    }

    private TestApp.Reply pair(String body) throws Exception {
        return app.sendAnonymous(app.post("/api/v1/displays/pair", body, "application/json"));
    }

    private String token() throws Exception {
        TestApp.Reply paired = pair("{\"code\":\"" + code().get("code").asText() + "\",\"name\":\"Pass screen\"}");
        assertThat(paired.status()).as("%s", paired.body()).isEqualTo(201);
        return paired.body().get("token").asText();
    }

    private TestApp.Reply asDisplay(String token, HttpRequest.Builder request) throws Exception {
        return app.send(request.header("Authorization", "Bearer " + token).build());
    }

    private HttpRequest.Builder post(String path, String body) {
        return HttpRequest.newBuilder(app.uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private int events() {
        return app.rows("order_event");
    }

    @Test
    void aDisplayTradesATwelveDigitCodeTiedToTheCertificateForATokenOfWhichOnlyTheHashIsStored() throws Exception {
        JsonNode code = code();
        assertThat(code.get("code").asText()).matches("\\d{6}");
        assertThat(code.get("check").asText())
                .isEqualTo(PairingCheck.digits(code.get("code").asText(), app.app().fingerprint()));
        assertThat(code.get("spoken").asText().replaceAll("\\D", ""))
                .isEqualTo(code.get("code").asText() + code.get("check").asText());

        TestApp.Reply paired = pair("{\"code\":\"" + code.get("code").asText() + "\",\"name\":\"Pass screen\"}");
        assertThat(paired.status()).isEqualTo(201);
        String token = paired.body().get("token").asText();
        assertThat(token).hasSizeGreaterThanOrEqualTo(40);
        assertThat(paired.body().get("display").get("name").asText()).isEqualTo("Pass screen");
        String stored = app.app().database().dsl().fetchSingle("SELECT token_hash FROM display_device")
                .get(0, String.class);
        assertThat(stored).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(token.getBytes(StandardCharsets.UTF_8)))).doesNotContain(token);

        TestApp.Reply me = asDisplay(token, HttpRequest.newBuilder(app.uri("/api/v1/displays/me")));
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body().get("display").get("name").asText()).isEqualTo("Pass screen");
        TestApp.Reply listed = app.get("/api/v1/displays");
        assertThat(listed.body()).hasSize(1);
        assertThat(listed.body().get(0).get("name").asText()).isEqualTo("Pass screen");

        // a code works once
        TestApp.Reply again = pair("{\"code\":\"" + code.get("code").asText() + "\",\"name\":\"Other\"}");
        assertThat(again.status()).isEqualTo(422);
    }

    @Test
    void anotherComputerMayAskWhereHttpsIsWithoutATokenButNothingElse() throws Exception {
        try (LanClient lan = LanClient.http(0, app.app().port())) {
            LanClient.Reply tls = lan.request("GET", "/api/v1/displays/tls", null, null);
            assertThat(tls.status()).isEqualTo(200);
            assertThat(tls.body().get("https_port").asInt()).isEqualTo(app.app().tlsPort());
            assertThat(tls.body().get("fingerprint").asText()).isEqualTo(app.app().fingerprint().toString());
            assertThat(lan.request("GET", "/api/v1/displays", null, null).status()).isEqualTo(401);
        }
    }

    @Test
    void aDisplaySeesEveryTablesOrdersOnTheFeedButNoStaffOnlyEvents() throws Exception {
        long first = app.placeOrder("Table 3", "Espresso", 1).get("id").asLong();
        long second = app.placeOrder("Table 7", "Espresso", 2).get("id").asLong();
        String token = token();
        try (FeedClient feed = FeedClient.connect(app.client(), app.ws("/ws/orders"), app.json(), token)) {
            JsonNode initial = feed.next();
            assertThat(initial.get("type").asText()).isEqualTo("initial");
            assertThat(initial.get("orders").findValuesAsText("id")).contains(
                    String.valueOf(first), String.valueOf(second));
            // staff only: a pad's pairing code, then an order at yet another table
            assertThat(app.postJson("/api/v1/tables/5/pairing-code", "{}").status()).isEqualTo(201);
            long third = app.placeOrder("Table 9", "Espresso", 1).get("id").asLong();
            JsonNode next = feed.next();
            assertThat(next.get("type").asText()).isEqualTo("new_order");
            assertThat(next.get("order").get("id").asLong()).isEqualTo(third);
        }
    }

    @Test
    void aDisplaySendsTheReceiptAndBumpsWithVersionChecks() throws Exception {
        String token = token();
        long id = app.placeOrder("Table 4", "Espresso", 1).get("id").asLong();
        TestApp.Reply receipt = asDisplay(token, post("/api/v1/orders/" + id + "/received", "{}"));
        assertThat(receipt.status()).isEqualTo(200);
        assertThat(receipt.body().get("changed").asBoolean()).isTrue();
        TestApp.Reply again = asDisplay(token, post("/api/v1/orders/" + id + "/received", "{}"));
        assertThat(again.body().get("changed").asBoolean()).isFalse();

        TestApp.Reply stale = asDisplay(token, post("/api/v1/orders/" + id + "/status",
                "{\"status\":\"PREPARING\",\"version\":1}"));
        assertThat(stale.status()).isEqualTo(409);
        TestApp.Reply bumped = asDisplay(token, post("/api/v1/orders/" + id + "/status",
                "{\"status\":\"PREPARING\",\"version\":2}"));
        assertThat(bumped.status()).isEqualTo(200);
        assertThat(bumped.body().get("status").asText()).isEqualTo("PREPARING");
        TestApp.Reply done = asDisplay(token, post("/api/v1/orders/" + id + "/lines/1/done", "{\"version\":3}"));
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.body().get("status").asText()).isEqualTo("READY");
        TestApp.Reply undone = asDisplay(token, post("/api/v1/orders/" + id + "/lines/1/undone",
                "{\"version\":4}"));
        assertThat(undone.status()).isEqualTo(200);
        assertThat(undone.body().get("status").asText()).isEqualTo("PREPARING");
    }

    @Test
    void aDisplayCannotHoldRushDeliverCancelNorUsePadStaffOrManagerRoutes() throws Exception {
        String token = token();
        long id = app.placeOrder("Table 4", "Espresso", 1).get("id").asLong();
        int before = events();
        assertThat(asDisplay(token, post("/api/v1/orders/" + id + "/hold", "{\"lines\":[1]}")).status())
                .isEqualTo(403);
        assertThat(asDisplay(token, post("/api/v1/orders/" + id + "/urgent", "{\"urgent\":true}")).status())
                .isEqualTo(403);
        assertThat(asDisplay(token, post("/api/v1/orders/" + id + "/status",
                "{\"status\":\"CANCELLED\",\"version\":1}")).status()).isEqualTo(403);
        assertThat(asDisplay(token, post("/api/v1/orders/" + id + "/status",
                "{\"status\":\"DELIVERED\",\"version\":1}")).status()).isEqualTo(403);
        assertThat(asDisplay(token, post("/api/v1/orders/" + id + "/void", "{\"reason\":\"x\"}")).status())
                .isEqualTo(403);
        assertThat(asDisplay(token, post("/api/order",
                "{\"table\":\"Table 4\",\"items\":[{\"name\":\"Espresso\",\"quantity\":1}]}")).status())
                .isEqualTo(403);
        assertThat(asDisplay(token, post("/api/v1/tables/4/pairing-code", "{}")).status()).isEqualTo(403);
        assertThat(asDisplay(token, post("/api/v1/displays/pairing-code", "{}")).status()).isEqualTo(403);
        assertThat(asDisplay(token, post("/api/v1/tables/4/payments",
                "{\"method\":\"CARD\",\"amount\":1.00}")).status()).isEqualTo(403);
        for (String path : new String[] {"/api/v1/pads/me", "/api/v1/pads", "/api/v1/displays", "/api/orders",
            "/api/v1/menu", "/api/v1/tables/4/bill", "/api/debug"}) {
            assertThat(asDisplay(token, HttpRequest.newBuilder(app.uri(path))).status()).as(path).isEqualTo(403);
        }
        assertThat(asDisplay(token, HttpRequest.newBuilder(app.uri("/api/v1/displays/1")).DELETE()).status())
                .isEqualTo(403);
        assertThat(events()).isEqualTo(before);
        assertThat(app.app().orders().find(id).orElseThrow().status().name()).isEqualTo("PLACED");
    }

    @Test
    void aRevokedDisplayGets401AndItsFeedIsClosedAtOnce() throws Exception {
        String token = token();
        int displayId = app.get("/api/v1/displays").body().get(0).get("display_id").asInt();
        try (FeedClient feed = FeedClient.connect(app.client(), app.ws("/ws/orders"), app.json(), token)) {
            assertThat(feed.next().get("type").asText()).isEqualTo("initial");
            TestApp.Reply revoked = app.send(HttpRequest.newBuilder(app.uri("/api/v1/displays/" + displayId))
                    .DELETE().build());
            assertThat(revoked.status()).isEqualTo(200);
            assertThat(feed.closed().get(10, TimeUnit.SECONDS)).isEqualTo(1008);
        }
        assertThat(asDisplay(token, HttpRequest.newBuilder(app.uri("/api/v1/displays/me"))).status())
                .isEqualTo(401);
        assertThat(asDisplay(token, post("/api/v1/orders/1/received", "{}")).status()).isEqualTo(401);
        assertThat(app.get("/api/v1/displays").body()).isEmpty();
    }

    @Test
    void badPairingInputGetsAClearErrorAndWritesNothing() throws Exception {
        String code = code().get("code").asText();
        String wrong = code.equals("000000") ? "000001" : "000000";
        int events = events();
        TestApp.Reply unknown = pair("{\"code\":\"" + wrong + "\",\"name\":\"Pass\"}");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.body().get("errors").get(0).get("field").asText()).isEqualTo("code");
        TestApp.Reply shortCode = pair("{\"code\":\"12345\",\"name\":\"Pass\"}");
        assertThat(shortCode.status()).isEqualTo(422);
        TestApp.Reply badName = pair("{\"code\":\"" + code + "\",\"name\":\"Pass\\u0000screen\"}");
        assertThat(badName.status()).isEqualTo(422);
        assertThat(badName.body().get("errors").get(0).get("field").asText()).isEqualTo("name");
        TestApp.Reply longName = pair("{\"code\":\"" + code + "\",\"name\":\"" + "x".repeat(61) + "\"}");
        assertThat(longName.status()).isEqualTo(422);
        TestApp.Reply malformed = pair("{\"code\":" + code + "}");
        assertThat(malformed.status()).isEqualTo(400);
        TestApp.Reply twice = pair("{\"code\":\"" + code + "\",\"code\":\"" + code + "\"}");
        assertThat(twice.status()).isEqualTo(400);
        clock.advance(Duration.ofMinutes(11));
        TestApp.Reply expired = pair("{\"code\":\"" + code + "\",\"name\":\"Pass\"}");
        assertThat(expired.status()).isEqualTo(422);

        assertThat(app.rows("display_device")).isZero();
        assertThat(app.app().database().dsl().fetchCount(org.jooq.impl.DSL.table("display_code"),
                org.jooq.impl.DSL.field("used_at").isNotNull())).isZero();
        assertThat(events()).isEqualTo(events);
    }
}
