package com.bistro92.lan;

import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.LanClient;
import com.bistro92.LanHost;
import com.bistro92.TestApp;
import com.bistro92.TestClock;
import com.bistro92.server.Limits;
import com.bistro92.settings.Settings;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening a table from a phone, over plain HTTP from a device on the Wi-Fi: a code opens its table
 * once, within its minute, only while the settings let guests do it; wrong codes are held to a limit
 * like pairing's; a refused attempt writes nothing.
 */
class TableOpeningTest {

    @TempDir
    Path data;
    TestApp app;
    TestClock clock;
    String padToken;

    @BeforeEach
    void start() throws Exception {
        LanHost.get();
        clock = new TestClock();
        app = TestApp.start(data, clock, Limits.DEFAULT);
        guestsMayOpen(true);
        String code = app.postJson("/api/v1/tables/5/pairing-code", "{}").body().get("code").asText();
        try (LanClient pad = https()) {
            LanClient.Reply paired = pad.request("POST", "/api/v1/pads/pair", null,
                    "{\"code\":\"" + code + "\",\"name\":\"Pad 5\"}");
            assertThat(paired.status()).isEqualTo(201);
            padToken = paired.body().get("token").asText();
        }
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private void guestsMayOpen(boolean may) {
        Settings s = app.app().settings().current();
        app.app().settings().change(s.withWebPads(new Settings.WebPads(s.webPads().idleClear(), may)), null).join();
    }

    private LanClient https() throws Exception {
        return LanClient.https(0, app.app().tlsPort(), app.app().fingerprint());
    }

    private LanClient phone(int device) throws Exception {
        return LanClient.http(device, app.app().port());
    }

    /** The path of table 5's code, as its pad gets it. */
    private String codePath() throws Exception {
        try (LanClient pad = https()) {
            LanClient.Reply opening = pad.request("GET", "/api/v1/pads/me/opening", padToken, null);
            assertThat(opening.status()).as(opening.text()).isEqualTo(200);
            JsonNode body = opening.body();
            assertThat(body.get("qr_svg").asText()).startsWith("<svg");
            assertThat(body.get("expires_in_seconds").asLong()).isBetween(1L, 60L);
            String url = body.get("url").asText();
            assertThat(url).startsWith("http://" + LanHost.get().serverAddress().getHostAddress() + ":"
                    + app.app().port() + "/open/");
            return url.substring(url.indexOf("/open/"));
        }
    }

    private LanClient.Reply tap(int device, String path, int guests) throws Exception {
        try (LanClient phone = phone(device)) {
            return phone.post(path, "application/x-www-form-urlencoded", "guests=" + guests,
                    List.of("Connection: close", "Origin: http://" + phone.host()));
        }
    }

    @Test
    void aCodeOpensItsTableOnceOverPlainHttpAndThePadHearsIt() throws Exception {
        String path = codePath();
        try (LanClient phone = phone(1)) {
            LanClient.Reply page = phone.request("GET", path, null, null);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.text()).contains("Start ordering at Table 5?").doesNotContain("<script");
            assertThat(page.header("content-security-policy")).contains("default-src 'none'");
        }
        assertThat(app.rows("table_session")).isZero();
        LanClient.Reply opened = tap(1, path, 3);
        assertThat(opened.status()).as(opened.text()).isEqualTo(200);
        assertThat(opened.text()).contains("Table 5 is ready").contains("A party of 3");
        assertThat(app.app().sessions().isSeated(5)).isTrue();

        LanClient.Reply again = tap(2, path, 3);
        assertThat(again.status()).as("the same code again").isEqualTo(410);
        assertThat(app.rows("table_session")).isEqualTo(1);
        try (LanClient pad = https()) {
            assertThat(pad.request("GET", "/api/v1/pads/me/opening", padToken, null).status())
                    .as("no code while a party is seated").isEqualTo(409);
        }
    }

    @Test
    void aCodeAMinuteOldOpensNothingAndTheNextOneDoes() throws Exception {
        String old = codePath();
        clock.advance(Duration.ofSeconds(61));
        assertThat(tap(1, old, 2).status()).isEqualTo(410);
        assertThat(app.rows("table_session")).isZero();
        String fresh = codePath();
        assertThat(fresh).isNotEqualTo(old);
        assertThat(tap(1, fresh, 2).status()).isEqualTo(200);
    }

    @Test
    void whereStaffSeatTablesNoCodeOpensOne() throws Exception {
        String path = codePath();
        guestsMayOpen(false);
        assertThat(tap(1, path, 2).status()).isEqualTo(409);
        try (LanClient pad = https()) {
            assertThat(pad.request("GET", "/api/v1/pads/me/opening", padToken, null).status()).isEqualTo(409);
        }
        assertThat(app.rows("table_session")).isZero();
        assertThat(app.postJson("/api/v1/tables/5/session", "{\"guests\":2}").status())
                .as("staff seat the table either way").isEqualTo(201);
    }

    @Test
    void guessedCodesAreHeldToALimitLikePairing() throws Exception {
        int perDevice = Limits.DEFAULT.pairing().perAddress();
        int refused = 0;
        for (int i = 0; i < perDevice + 3; i++) {
            int status = tap(3, "/open/" + "A".repeat(21) + (char) ('a' + i), 2).status();
            if (status == 429) {
                refused++;
            } else {
                assertThat(status).isEqualTo(410);
            }
        }
        assertThat(refused).as("guesses past the limit").isEqualTo(3);
        assertThat(app.rows("table_session")).isZero();
    }
}
