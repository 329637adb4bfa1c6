package com.bistro92.lan;

import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.LanClient;
import com.bistro92.LanHost;
import com.bistro92.TestApp;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web pad's credential at the HTTP level, from a device on the Wi-Fi: pairing sets it as an
 * HttpOnly, Secure, SameSite=Strict {@code __Host-} cookie and never shows the token; a request with
 * it that changes something must name the page's own origin; over plain HTTP it is refused; and
 * the pad's files are served under a strict policy, the versioned ones kept a year.
 */
class PadCookieTest {

    @TempDir
    Path data;
    TestApp app;

    @BeforeEach
    void start() throws Exception {
        LanHost.get();
        app = TestApp.start(data);
        app.postJson("/api/v1/tables/5/session", "{\"guests\":2}");
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private LanClient https() throws Exception {
        return LanClient.https(0, app.app().tlsPort(), app.app().fingerprint());
    }

    /** Pairs as the web pad does; the cookie's value. */
    private String pairInBrowser() throws Exception {
        String code = app.postJson("/api/v1/tables/5/pairing-code", "{}").body().get("code").asText();
        try (LanClient pad = https()) {
            LanClient.Reply paired = pad.request("POST", "/api/v1/pads/pair", null,
                    "{\"code\":\"" + code + "\",\"name\":\"Tablet\",\"cookie\":true}");
            assertThat(paired.status()).as(paired.text()).isEqualTo(201);
            assertThat(paired.body().has("token")).as("the token is not in the body").isFalse();
            assertThat(paired.body().get("pad").get("table_id").asInt()).isEqualTo(5);
            String cookie = paired.header("set-cookie");
            assertThat(cookie).startsWith("__Host-bistro92-pad=").contains("; Path=/").contains("; HttpOnly")
                    .contains("; Secure").contains("; SameSite=Strict").doesNotContain("Domain");
            return cookie.substring("__Host-bistro92-pad=".length(), cookie.indexOf(';'));
        }
    }

    private LanClient.Reply order(LanClient client, String token, String origin, String key) throws Exception {
        String body = "{\"items\":[{\"menu_item_id\":1,\"quantity\":1}],\"idempotency_key\":\"" + key + "\"}";
        List<String> headers = origin == null ? List.of("Cookie: __Host-bistro92-pad=" + token)
                : List.of("Cookie: __Host-bistro92-pad=" + token, "Origin: " + origin);
        return client.request("POST", "/api/v1/orders", null, body, headers);
    }

    @Test
    void theCookieOrdersFromThePadsOwnPageOnly() throws Exception {
        String token = pairInBrowser();
        try (LanClient pad = https()) {
            LanClient.Reply noOrigin = order(pad, token, null, "web-1");
            assertThat(noOrigin.status()).as("a change without the page's origin").isEqualTo(403);
        }
        try (LanClient pad = https()) {
            assertThat(order(pad, token, "https://evil.example", "web-1").status()).isEqualTo(403);
        }
        assertThat(app.rows("customer_order")).as("refused requests write nothing").isZero();
        try (LanClient pad = https()) {
            LanClient.Reply placed = order(pad, token, "https://" + pad.host(), "web-1");
            assertThat(placed.status()).as(placed.text()).isEqualTo(201);
        }
        try (LanClient pad = https()) {
            assertThat(pad.request("GET", "/api/v1/pads/me", null, null,
                    List.of("Cookie: __Host-bistro92-pad=" + token)).status()).as("a read needs no origin").isEqualTo(200);
        }
        try (LanClient plain = LanClient.http(0, app.app().port())) {
            LanClient.Reply clear = plain.request("GET", "/api/v1/pads/me", null, null,
                    List.of("Cookie: __Host-bistro92-pad=" + token));
            assertThat(clear.status()).as("the cookie over plain HTTP from the LAN").isEqualTo(403);
        }
        assertThat(app.rows("customer_order")).isEqualTo(1);
    }

    @Test
    void aWebPadPairsOverHttpsOnly() throws Exception {
        String code = app.postJson("/api/v1/tables/5/pairing-code", "{}").body().get("code").asText();
        TestApp.Reply local = app.sendAnonymous(app.post("/api/v1/pads/pair",
                "{\"code\":\"" + code + "\",\"name\":\"Tablet\",\"cookie\":true}", "application/json"));
        assertThat(local.status()).as("a cookie over plain HTTP, even on this computer").isEqualTo(422);
        assertThat(app.rows("pad")).isZero();
    }

    @Test
    void thePadsFilesAreServedUnderAStrictPolicyTheVersionedOnesKeptAYear() throws Exception {
        try (LanClient browser = https()) {
            LanClient.Reply page = browser.request("GET", "/pad/", null, null);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.header("content-security-policy")).contains("default-src 'self'")
                    .contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe");
            assertThat(page.header("cache-control")).isEqualTo("no-cache");
            assertThat(page.header("referrer-policy")).isEqualTo("no-referrer");
            assertThat(page.text()).doesNotContain("<script>").containsPattern("/pad/v/[0-9a-f]{12}/main.js");
            String version = page.text().replaceAll("(?s).*/pad/v/([0-9a-f]{12})/main.js.*", "$1");

            LanClient.Reply script = browser.request("GET", "/pad/v/" + version + "/main.js", null, null);
            assertThat(script.status()).isEqualTo(200);
            assertThat(script.header("content-type")).startsWith("text/javascript");
            assertThat(script.header("cache-control")).contains("max-age=31536000").contains("immutable");
            assertThat(browser.request("GET", "/pad/v/0123456789ab/main.js", null, null).status())
                    .as("another version").isEqualTo(404);
            assertThat(browser.request("GET", "/pad/v/" + version + "/secret.txt", null, null).status())
                    .as("a file the pad does not have").isEqualTo(404);
            assertThat(browser.request("GET", "/pad/v/" + version + "/..%2F..%2Fopenapi.yaml", null, null).status())
                    .as("a path out of the pad's files").isIn(400, 404);
        }
    }
}
