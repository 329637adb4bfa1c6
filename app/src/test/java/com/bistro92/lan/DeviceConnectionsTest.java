package com.bistro92.lan;

import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.LanClient;
import com.bistro92.LanHost;
import com.bistro92.TestApp;
import com.bistro92.server.Limits;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A device on the Wi-Fi opens and closes connections all evening: each must be counted once while
 * it is open and given back when it closes, over HTTP and HTTPS alike, however it closes.
 */
class DeviceConnectionsTest {

    @TempDir
    Path data;
    TestApp app;
    final List<LanClient> held = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        LanHost.get();
        app = TestApp.start(data);
    }

    @AfterEach
    void stop() throws IOException {
        for (LanClient c : held) {
            c.close();
        }
        app.close();
    }

    private LanClient http() throws IOException {
        return LanClient.http(0, app.app().port());
    }

    private LanClient https() throws IOException {
        return LanClient.https(0, app.app().tlsPort(), app.app().fingerprint());
    }

    /** One request on a new connection; every other one asks the server to close it, the rest are closed by the device. */
    private static int oneRequest(LanClient client, int i) throws IOException {
        try (client) {
            List<String> close = i % 2 == 0 ? List.of() : List.of("Connection: close");
            return client.request("GET", "/", null, null, close).status();
        }
    }

    @Test
    void fiveHundredConnectionsOneAfterAnotherAreEachAnsweredOverHttpAndHttps() throws Exception {
        for (int i = 0; i < 500; i++) {
            assertThat(oneRequest(http(), i)).as("plain connection %d of 500", i + 1).isEqualTo(401);
        }
        for (int i = 0; i < 500; i++) {
            assertThat(oneRequest(https(), i)).as("TLS connection %d of 500", i + 1).isEqualTo(401);
        }
    }

    @Test
    void aDeviceHoldsAtMost32ConnectionsAndGetsThemBackOnceClosed() throws Exception {
        int cap = Limits.DEFAULT.connectionsPerDevice();
        for (int i = 0; i < cap; i++) {
            LanClient c = i % 2 == 0 ? http() : https();
            held.add(c);
            assertThat(c.request("GET", "/", null, null).status()).as("held connection %d", i + 1).isEqualTo(401);
        }
        try (LanClient oneTooMany = http()) {
            assertThat(oneTooMany.closedByServer()).as("connection %d from one device", cap + 1).isTrue();
        }
        try (LanClient otherDevice = LanClient.http(1, app.app().port())) {
            assertThat(otherDevice.request("GET", "/", null, null).status()).as("another device meanwhile")
                    .isEqualTo(401);
        }
        for (LanClient c : held) {
            c.close();
        }
        held.clear();
        assertThat(answeredWithin(Duration.ofSeconds(5))).as("a new connection once the device closed its 32").isTrue();
        // and all 32 again: every one of them was given back
        for (int i = 0; i < cap; i++) {
            LanClient c = https();
            held.add(c);
            assertThat(c.request("GET", "/", null, null).status()).as("again, connection %d", i + 1).isEqualTo(401);
        }
    }

    /** The server hears of a close when it next reads; a connection refused meanwhile is tried again. */
    private boolean answeredWithin(Duration limit) throws IOException {
        Instant until = Instant.now().plus(limit);
        while (Instant.now().isBefore(until)) {
            try (LanClient c = http()) {
                return c.request("GET", "/", null, null).status() == 401;
            } catch (java.net.SocketException refused) {
                // not yet
            }
        }
        return false;
    }
}
