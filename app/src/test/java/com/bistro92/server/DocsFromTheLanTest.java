package com.bistro92.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.LanClient;
import com.bistro92.LanHost;
import com.bistro92.TestApp;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A device on the Wi-Fi, unpaired, may read the API's description (it describes, it does not act),
 * and nothing else beyond pairing: seen from a real second address, as the access guard sees it.
 */
class DocsFromTheLanTest {

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

    @Test
    void anUnpairedDeviceReadsTheDescriptionButNothingElse() throws Exception {
        try (LanClient device = LanClient.http(0, app.app().port())) {
            LanClient.Reply description = device.request("GET", "/openapi.json", null, null);
            assertThat(description.status()).isEqualTo(200);
            assertThat(description.body().get("openapi").asText()).isEqualTo("3.1.0");
            LanClient.Reply page = device.request("GET", "/docs", null, null);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'");
            LanClient.Reply debug = device.request("GET", "/api/debug", null, null);
            assertThat(debug.status()).isEqualTo(401);
        }
    }
}
