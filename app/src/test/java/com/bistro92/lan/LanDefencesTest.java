package com.bistro92.lan;

import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.LanClient;
import com.bistro92.LanHost;
import com.bistro92.TestApp;
import com.bistro92.server.Limits;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The per-device defences, seen from a device on the Wi-Fi (another address than this computer's,
 * which is exempt from them): pads must use TLS, pairing is limited per device whatever the
 * request carries, a pad is held to its order rate.
 */
class LanDefencesTest {

    @TempDir
    Path data;
    TestApp app;

    @BeforeEach
    void start() throws Exception {
        LanHost.get();
        app = TestApp.start(data);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private LanClient http(int device) throws IOException {
        return LanClient.http(device, app.app().port());
    }

    private LanClient https(int device) throws IOException {
        return LanClient.https(device, app.app().tlsPort(), app.app().fingerprint());
    }

    private String padCode(int table) throws Exception {
        return app.postJson("/api/v1/tables/" + table + "/pairing-code", "{}").body().get("code").asText();
    }

    private static String pairBody(String code) {
        return "{\"code\":\"" + code + "\",\"name\":\"Table pad\"}";
    }

    /** Pairs a pad at {@code table} from device {@code device}, over HTTPS as a pad does; its token. */
    private String pairPad(int device, int table) throws Exception {
        return pair(device, table).get("token").asText();
    }

    private JsonNode pair(int device, int table) throws Exception {
        try (LanClient pad = https(device)) {
            LanClient.Reply paired = pad.request("POST", "/api/v1/pads/pair", null, pairBody(padCode(table)));
            assertThat(paired.status()).as("%s", paired.text()).isEqualTo(201);
            return paired.body();
        }
    }

    @Test
    void aPadOnTheLanPairsAndUsesItsTokenOnlyOverHttps() throws Exception {
        try (LanClient plain = http(0)) {
            LanClient.Reply refused = plain.request("POST", "/api/v1/pads/pair", null, pairBody(padCode(4)));
            assertThat(refused.status()).as("pairing over plain HTTP from the LAN").isEqualTo(403);
            assertThat(refused.body().get("title").asText()).isEqualTo("Use HTTPS");
        }
        assertThat(app.rows("pad")).isZero();
        String token = pairPad(0, 4);
        try (LanClient plain = http(0)) {
            assertThat(plain.request("GET", "/api/v1/pads/me", token, null).status())
                    .as("the token over plain HTTP from the LAN").isEqualTo(403);
        }
        try (LanClient secure = https(0)) {
            LanClient.Reply me = secure.request("GET", "/api/v1/pads/me", token, null);
            assertThat(me.status()).isEqualTo(200);
            assertThat(me.body().get("pad").get("table_id").asInt()).isEqualTo(4);
        }
    }

    @Test
    void everyPairingAttemptFromADeviceCountsWhateverTokenItCarries() throws Exception {
        String valid = pairPad(0, 4);
        JsonNode second = pair(0, 5);
        String revoked = second.get("token").asText();
        long revokedId = second.get("pad").get("pad_id").asLong();
        assertThat(app.send(HttpRequest.newBuilder(app.uri("/api/v1/pads/" + revokedId)).DELETE().build()).status())
                .isEqualTo(200);
        int perDevice = Limits.DEFAULT.pairing().perAddress();
        List<String> tokens = List.of(valid, revoked, "garbage-" + "x".repeat(40));
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            // a connection each: one refused before its body is read is closed by the server
            try (LanClient guesser = https(1)) {
                String path = i % 2 == 0 ? "/api/v1/pads/pair" : "/api/v1/displays/pair";
                statuses.add(guesser.request("POST", path, tokens.get(i % 3), pairBody("%06d".formatted(i)),
                        List.of("Connection: close")).status());
            }
        }
        assertThat(statuses.subList(0, perDevice)).as("wrong codes checked").containsOnly(422);
        assertThat(statuses.subList(perDevice, 15)).as("then the device waits, token or not").containsOnly(429);
        assertThat(app.rows("pad")).isEqualTo(2);
        assertThat(app.rows("display_device")).isZero();
        // another device is not held up by this one
        assertThat(pairPad(2, 6)).isNotBlank();
    }

    @Test
    void aPadOnTheLanIsHeldToItsOrderRateAndWritesNothingPastIt() throws Exception {
        String token = pairPad(0, 5);
        assertThat(app.postJson("/api/v1/tables/5/session", "{\"guests\":2}").status()).isEqualTo(201);
        String order = "{\"table\":\"Table 5\",\"items\":[{\"name\":\"Espresso\",\"quantity\":1}]}";
        int burst = Limits.DEFAULT.padOrders().burst();
        try (LanClient pad = https(0)) {
            for (int i = 0; i < burst; i++) {
                assertThat(pad.request("POST", "/api/order", token, order).status()).isEqualTo(201);
            }
            int before = app.rows("customer_order");
            LanClient.Reply flood = pad.request("POST", "/api/order", token, order);
            assertThat(flood.status()).isEqualTo(429);
            assertThat(Long.parseLong(flood.header("Retry-After"))).isBetween(1L, 60L);
            assertThat(app.rows("customer_order")).isEqualTo(before);
        }
    }

    @Test
    void aWrongMethodOnAPairingPathIs405WithAllow() throws Exception {
        for (String path : List.of("/api/v1/pads/pair", "/api/v1/displays/pair")) {
            TestApp.Reply local = app.send(HttpRequest.newBuilder(app.uri(path)).DELETE().build());
            assertThat(local.status()).as("DELETE %s from this computer", path).isEqualTo(405);
            assertThat(local.header("Allow")).isEqualTo("POST");
            try (LanClient device = https(3)) {
                LanClient.Reply lan = device.request("DELETE", path, null, null);
                assertThat(lan.status()).as("DELETE %s from the LAN", path).isEqualTo(405);
                assertThat(lan.header("Allow")).isEqualTo("POST");
            }
        }
        TestApp.Reply me = app.send(HttpRequest.newBuilder(app.uri("/api/v1/pads/me")).DELETE().build());
        assertThat(me.status()).as("a literal path is never read as /pads/{id}").isEqualTo(405);
    }

    @Test
    void everyAnswerTellsBrowsersNotToSniffItsType() throws Exception {
        List<String> seen = new ArrayList<>();
        try (LanClient device = http(0)) {
            seen.add(device.request("GET", "/", null, null).header("X-Content-Type-Options"));
            seen.add(device.request("GET", "/api/v1/displays/tls", null, null).header("X-Content-Type-Options"));
        }
        try (LanClient device = https(0)) {
            seen.add(device.request("GET", "/api/orders", null, null).header("X-Content-Type-Options"));
            seen.add(device.request("DELETE", "/api/v1/pads/pair", null, null).header("X-Content-Type-Options"));
        }
        try (LanClient device = http(0)) {
            device.send("GET /%zz HTTP/1.1\r\nHost: x\r\n\r\n");
            seen.add(device.read().header("X-Content-Type-Options"));
        }
        seen.add(app.get("/").header("X-Content-Type-Options"));
        seen.add(app.get("/api/orders").header("X-Content-Type-Options"));
        seen.add(app.get("/api/v1/nothing-here").header("X-Content-Type-Options"));
        seen.add(app.postJson("/api/order", "{\"table\":").header("X-Content-Type-Options"));
        assertThat(seen).hasSize(9).containsOnly("nosniff");
    }
}
