package com.bistro92.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bistro92.CheapStart;
import com.bistro92.FeedClient;
import com.bistro92.Pinned;
import com.bistro92.TestApp;
import com.bistro92.tls.Fingerprint;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTTPS/WSS connector: same routes and feed as plain HTTP, behind the certificate pads pin. */
class TlsTest {

    @TempDir
    Path data;
    TestApp app;

    @BeforeEach
    void start() throws Exception {
        app = TestApp.start(data);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private URI https(String path) {
        return URI.create("https://127.0.0.1:" + app.app().tlsPort() + path);
    }

    @Test
    void httpsAnswersAClientPinnedToTheFingerprintWithTheSameRoutesAsHttp() throws Exception {
        Pinned pinned = new Pinned(app.app().fingerprint());
        assertThat(app.app().tlsPort()).isPositive().isNotEqualTo(app.app().port());
        try (HttpClient client = pinned.client()) {
            HttpResponse<String> menu = client.send(HttpRequest.newBuilder(https("/api/v1/menu")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(menu.statusCode()).isEqualTo(200);
            assertThat(app.json().readTree(menu.body()).get("categories")).hasSize(5);
        }
        assertThat(pinned.seen.get()).isEqualTo(app.app().fingerprint());
    }

    @Test
    void theOrderFeedWorksOverWss() throws Exception {
        try (HttpClient client = new Pinned(app.app().fingerprint()).client();
             FeedClient feed = FeedClient.connect(client,
                     URI.create("wss://127.0.0.1:" + app.app().tlsPort() + "/ws/orders"), app.json())) {
            assertThat(feed.next().get("type").asText()).isEqualTo("initial");
            HttpResponse<String> placed = client.send(HttpRequest.newBuilder(https("/api/order"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("""
                            {"table": "Table 3", "items": [{"name": "Espresso", "quantity": 1}]}""")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(placed.statusCode()).isEqualTo(201);
            long id = app.json().readTree(placed.body()).get("id").asLong();
            JsonNode heard = feed.next();
            assertThat(heard.get("type").asText()).isEqualTo("new_order");
            assertThat(heard.get("order").get("id").asLong()).isEqualTo(id);
        }
    }

    @Test
    void aClientPinnedToAnotherCertificateNeverGetsThrough() throws Exception {
        Fingerprint other = Fingerprint.parse("00".repeat(32));
        try (HttpClient client = new Pinned(other).client()) {
            assertThatThrownBy(() -> client.send(HttpRequest.newBuilder(https("/api/order"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("""
                            {"table": "Table 3", "items": [{"name": "Espresso", "quantity": 1}]}""")).build(),
                    HttpResponse.BodyHandlers.ofString())).isInstanceOf(SSLHandshakeException.class);
        }
        assertThat(app.app().orders().count()).isZero();
    }

    @Test
    void theCertificateSurvivesARestart() throws Exception {
        // the data folder's own certificate, not the one the tests share
        app.close();
        app = TestApp.startWithOwnCertificate(data);
        Fingerprint before = app.app().fingerprint();
        assertThat(before).isNotEqualTo(CheapStart.identity().fingerprint());
        app.close();
        app = TestApp.startWithOwnCertificate(data);
        assertThat(app.app().fingerprint()).isEqualTo(before);
        assertThat(new Pinned(before).fetchFingerprint(app.app().tlsPort())).isEqualTo(before);

        // the server's certificate issued again (here: its keystore lost): pads pin the root, which stays
        java.security.cert.X509Certificate served = app.app().identity().certificate();
        app.close();
        java.nio.file.Files.writeString(data.resolve("tls").resolve("server.p12"), "lost");
        app = TestApp.startWithOwnCertificate(data);
        assertThat(app.app().identity().certificate()).isNotEqualTo(served);
        assertThat(app.app().fingerprint()).isEqualTo(before);
        assertThat(new Pinned(before).fetchFingerprint(app.app().tlsPort())).isEqualTo(before);
    }

    @Test
    void padsMustUseTlsOnlyOverPlainHttpFromAnotherComputerWhileTheSettingIsOn() {
        var lan = new InetSocketAddress("192.168.1.31", 50_000);
        var loopback = new InetSocketAddress("127.0.0.1", 50_000);
        assertThat(TlsOptions.padMustUseTls(true, false, lan)).isTrue();
        assertThat(TlsOptions.padMustUseTls(true, true, lan)).isFalse();
        assertThat(TlsOptions.padMustUseTls(true, false, loopback)).isFalse();
        assertThat(TlsOptions.padMustUseTls(false, false, lan)).isFalse();
    }
}
