package com.bistro92.attack;

import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.TestApp;
import java.net.http.HttpRequest;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.file.Path;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A web page open in the restaurant PC's browser tries to act as staff. */
class BrowserAttackTest {

    @TempDir
    Path data;
    TestApp app;
    Party party;

    @BeforeEach
    void start() throws Exception {
        app = TestApp.start(data);
        party = Party.seat(app, 5);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void withoutTheStaffTokenThisComputerCannotActAsStaff() throws Exception {
        int sessions = app.rows("table_session");
        TestApp.Reply seat = app.sendAnonymous(app.post("/api/v1/tables/2/session", "{\"guests\":2}", "application/json"));
        assertThat(seat.status()).isEqualTo(403);
        assertThat(seat.body().get("detail").asText()).contains("staff token");
        assertThat(app.sendAnonymous(app.post("/api/v1/tables/2/pairing-code", "{}", "application/json")).status())
                .isEqualTo(403);
        assertThat(app.sendAnonymous(HttpRequest.newBuilder(app.uri("/api/v1/pads")).build()).status()).isEqualTo(403);
        assertThat(app.rows("table_session")).isEqualTo(sessions);
        assertThat(app.rows("pairing_code")).isEqualTo(1);
        // the seed contract keeps working for its own clients, from this computer without a token
        assertThat(app.sendAnonymous(HttpRequest.newBuilder(app.uri("/api/orders")).build()).status()).isEqualTo(200);
        assertThat(app.sendAnonymous(app.post("/api/order",
                "{\"table\":\"Table 3\",\"items\":[{\"name\":\"Espresso\",\"quantity\":1}]}", "application/json"))
                .status()).isEqualTo(201);
        party.ordersWithin5Seconds();
    }

    @Test
    void aRequestFromAnotherSitesPageIsRefusedAndWritesNothing() throws Exception {
        int orders = app.rows("customer_order");
        HttpRequest crossSite = HttpRequest.newBuilder(app.uri("/api/order"))
                .header("Origin", "https://evil.example").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"table\":\"Table 3\",\"items\":[{\"name\":\"Espresso\",\"quantity\":1}]}")).build();
        TestApp.Reply refused = app.sendAnonymous(crossSite);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        // even with the staff token (a page cannot have it, but the check does not depend on that)
        assertThat(app.send(HttpRequest.newBuilder(app.uri("/api/v1/tables/2/session"))
                .header("Origin", "http://127.0.0.1:1").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build()).status()).isEqualTo(403);
        assertThat(app.rows("customer_order")).isEqualTo(orders);
        party.ordersWithin5Seconds();
    }

    @Test
    void aWebSocketFromAnotherSitesPageIsRefused() throws Exception {
        CompletionException failure = org.junit.jupiter.api.Assertions.assertThrows(CompletionException.class, () ->
                app.client().newWebSocketBuilder().header("Origin", "https://evil.example")
                        .buildAsync(app.ws("/ws/orders"), new WebSocket.Listener() { }).join());
        assertThat(failure.getCause()).isInstanceOf(WebSocketHandshakeException.class);
        assertThat(((WebSocketHandshakeException) failure.getCause()).getResponse().statusCode()).isEqualTo(403);
        party.ordersWithin5Seconds();
    }

    @Test
    void aRenamedHostIsRefusedAgainstDnsRebinding() throws Exception {
        try (RawClient rebound = RawClient.connect(app.app().port(), 0)) {
            rebound.send("GET /api/orders HTTP/1.1\r\nHost: evil.example:" + app.app().port() + "\r\n\r\n");
            String head = rebound.head();
            assertThat(head).startsWith("HTTP/1.1 421").contains("application/problem+json");
        }
        try (RawClient local = RawClient.connect(app.app().port(), 0)) {
            local.send("GET /api/orders HTTP/1.1\r\nHost: localhost:" + app.app().port() + "\r\nConnection: close\r\n\r\n");
            assertThat(local.status()).isEqualTo(200);
        }
        party.ordersWithin5Seconds();
    }
}
