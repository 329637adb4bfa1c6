package com.bistro92.displayclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bistro92.Bistro92;
import com.bistro92.Options;
import com.bistro92.tls.Fingerprint;
import com.bistro92.tls.LegacyInstall;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A display paired with a main PC from before the restaurant's root keeps following it after the
 * upgrade: its old pin vouches for the new root, and it is told the root, to pin from then on.
 */
class DisplayUpgradeTest {

    @TempDir
    Path data;
    @TempDir
    Path elsewhere;

    private static HttpResponse<String> ask(HttpClient client, Bistro92 main) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + main.tlsPort()
                + "/api/v1/displays/tls")).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theOldPinVouchesForTheNewRootAndTheDisplayIsToldTheRoot() throws Exception {
        X509Certificate old = LegacyInstall.write(data, "till-1", Instant.now());
        try (Bistro92 main = Bistro92.start(new Options(true, false, 0, data), Clock.systemDefaultZone())) {
            assertThat(main.fingerprint()).isNotEqualTo(Fingerprint.of(old));
            List<Fingerprint> moved = new CopyOnWriteArrayList<>();
            try (HttpClient display = DisplayPairing.client(Fingerprint.of(old), moved::add)) {
                assertThat(ask(display, main).statusCode()).isEqualTo(200);
                assertThat(ask(display, main).statusCode()).isEqualTo(200);
            }
            assertThat(moved).as("told once").containsExactly(main.fingerprint());

            // the root it now pins works by itself
            try (HttpClient display = DisplayPairing.client(main.fingerprint())) {
                assertThat(ask(display, main).statusCode()).isEqualTo(200);
            }
            // another install's old certificate vouches for nothing here
            X509Certificate stranger = LegacyInstall.write(elsewhere, "till-2", Instant.now());
            try (HttpClient display = DisplayPairing.client(Fingerprint.of(stranger))) {
                assertThatThrownBy(() -> ask(display, main)).isInstanceOf(SSLHandshakeException.class);
            }
        }
    }
}
