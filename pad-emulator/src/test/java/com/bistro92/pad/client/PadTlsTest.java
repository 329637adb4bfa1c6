package com.bistro92.pad.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bistro92.Bistro92;
import com.bistro92.CheapStart;
import com.bistro92.Options;
import com.bistro92.pad.cli.Json;
import com.bistro92.pad.cli.Transport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pad that pairs from the QR link talks HTTPS and WSS, and only to the certificate the link names. */
class PadTlsTest {

    private static final String OTHER = "00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF"
            + ":00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF";

    @TempDir
    Path data;
    @TempDir
    Path state;
    Bistro92 server;
    final ObjectMapper json = Json.newMapper();

    @BeforeEach
    void start() throws Exception {
        server = CheapStart.start(new Options(true, false, 0, data), Clock.systemDefaultZone());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** The link under the QR code in Tables & Pads, for a new code at {@code table}. */
    private String link(int table, String fingerprint) {
        String code = server.pairing().newCode(table).join().code();
        return "https://127.0.0.1:" + server.tlsPort() + "/pad/#code=" + code + "&fp=" + fingerprint;
    }

    private static int itemId(JsonNode menu, String name) {
        return StreamSupport.stream(menu.get("categories").spliterator(), false)
                .flatMap(c -> StreamSupport.stream(c.get("items").spliterator(), false))
                .filter(i -> i.get("name").asText().equals(name)).findFirst().orElseThrow().get("id").asInt();
    }

    private static PadCredentials pair(Transport transport, ObjectMapper json, PairingLink link) throws Exception {
        transport.pins().pin(link.server(), link.fingerprint());
        return PadClient.pair(transport.http(), json, link, "Pad " + link.code());
    }

    @Test
    void aPadPairedFromTheLinkOrdersOverHttpsAndHearsItOverWss() throws Exception {
        PairingLink link = PairingLink.parse(link(4, server.fingerprint().toString()), "", "");
        PadCredentials pad;
        try (Transport transport = Transport.start()) {
            pad = pair(transport, json, link);
            new PadStore(state).save("Pad 4", pad);
        }
        assertThat(pad.server().getScheme()).isEqualTo("https");
        assertThat(pad.fingerprint()).isEqualTo(server.fingerprint().toString());
        assertThat(pad.certificate()).isEqualTo(server.fingerprint().shortForm());
        server.sessions().seat(4, 2).join();

        // a later run: the saved pairing brings its pin back
        PadCredentials saved = new PadStore(state).load("Pad 4").orElseThrow();
        assertThat(saved).isEqualTo(pad);
        LinkedBlockingQueue<JsonNode> heard = new LinkedBlockingQueue<>();
        try (Transport transport = Transport.start()) {
            transport.pins().pin(saved);
            PadClient client = new PadClient(transport.http(), json, saved);
            try (PadFeed feed = new PadFeed(transport.websockets(), json, saved, new PadFeed.Listener() {
                @Override
                public void message(JsonNode message) {
                    heard.add(message);
                }

                @Override
                public void connected(boolean connected) {
                    // the messages say enough
                }
            })) {
                feed.start();
                assertThat(heard.poll(10, TimeUnit.SECONDS).get("type").asText()).isEqualTo("initial");
                JsonNode order = client.placeOrder(List.of(new PadClient.Line(itemId(client.menu(), "Espresso"), 1,
                        List.of(), "")), "", PadClient.newOrderKey());
                assertThat(order.get("status").asText()).isEqualTo("PLACED");
                JsonNode news = heard.poll(10, TimeUnit.SECONDS);
                assertThat(news.get("type").asText()).isEqualTo("new_order");
                assertThat(news.get("order").get("id").asLong()).isEqualTo(order.get("id").asLong());
            }
        }
        assertThat(server.orders().count()).isEqualTo(1);
    }

    @Test
    void aPadPairedWithAnOlderSuiteKeepsOrderingAfterTheUpgradeAndMovesItsPinToTheRoot() throws Exception {
        // a suite from before the restaurant's root, whose pad pinned its self-signed certificate
        server.close();
        Path old = Files.createDirectories(state.resolve("suite"));
        X509Certificate selfSigned = com.bistro92.tls.LegacyInstall.write(old, "till-1", java.time.Instant.now());
        String oldPin = com.bistro92.tls.Fingerprint.of(selfSigned).toString();
        server = Bistro92.start(new Options(true, false, 0, old), Clock.systemDefaultZone());
        assertThat(server.fingerprint().toString()).as("the upgraded suite's root").isNotEqualTo(oldPin);

        PairingLink link = PairingLink.parse(link(4, server.fingerprint().toString()), "", "");
        PadCredentials paired;
        try (Transport transport = Transport.start()) {
            paired = pair(transport, json, link);
        }
        server.sessions().seat(4, 2).join();
        PadCredentials before = paired.withFingerprint(oldPin);

        List<String> moved = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (Transport transport = Transport.start()) {
            transport.pins().pin(before);
            transport.pins().onMoved(moved::add);
            PadClient client = new PadClient(transport.http(), json, before);
            JsonNode order = client.placeOrder(List.of(new PadClient.Line(itemId(client.menu(), "Espresso"), 1,
                    List.of(), "")), "", PadClient.newOrderKey());
            assertThat(order.get("status").asText()).isEqualTo("PLACED");
        }
        assertThat(moved).as("told once, with the root").containsExactly(server.fingerprint().toString());

        // and a pin on some other self-signed certificate still gets nothing from it
        X509Certificate stranger = com.bistro92.tls.LegacyInstall.write(state.resolve("other"), "till-2",
                java.time.Instant.now());
        PadCredentials misled = paired.withFingerprint(com.bistro92.tls.Fingerprint.of(stranger).toString());
        try (Transport transport = Transport.start()) {
            transport.pins().pin(misled);
            assertThatThrownBy(() -> new PadClient(transport.http(), json, misled).menu())
                    .isInstanceOfSatisfying(PadException.class, e -> assertThat(e.untrusted()).isTrue());
        }
        assertThat(server.orders().count()).isEqualTo(1);
    }

    @Test
    void aPadPinnedToAnotherCertificateIsRefusedWithAClearMessageAndSendsNothing() throws Exception {
        PairingLink wrong = PairingLink.parse(link(6, OTHER), "", "");
        try (Transport transport = Transport.start()) {
            assertThatThrownBy(() -> pair(transport, json, wrong)).isInstanceOfSatisfying(PadException.class, e -> {
                assertThat(e.untrusted()).isTrue();
                assertThat(e.offline()).isFalse();
                assertThat(e.getMessage()).isEqualTo("The server's certificate does not match the one in the pairing"
                        + " code: expected 0011 2233 4455 6677…, got " + server.fingerprint().shortForm()
                        + "…. Do not use this network; ask staff.");
            });
        }

        // the code never reached the server: it still pairs a pad that pins the right certificate
        PairingLink right = new PairingLink(wrong.server(), wrong.code(), server.fingerprint().toString());
        PadCredentials pad;
        try (Transport transport = Transport.start()) {
            pad = pair(transport, json, right);
        }
        server.sessions().seat(6, 2).join();

        PadCredentials misled = new PadCredentials(pad.server(), pad.token(), pad.padId(), pad.padName(),
                pad.tableId(), pad.table(), OTHER);
        try (Transport transport = Transport.start()) {
            transport.pins().pin(misled);
            assertThatThrownBy(() -> new PadClient(transport.http(), json, misled).placeOrder(
                    List.of(new PadClient.Line(1, 1, List.of(), "")), "", PadClient.newOrderKey()))
                    .isInstanceOfSatisfying(PadException.class, e -> {
                        assertThat(e.untrusted()).isTrue();
                        assertThat(e.getMessage()).contains("does not match the one in the pairing code");
                    });
        }
        assertThat(server.orders().count()).isZero();
    }

    @Test
    void anHttpsServerWithNothingPinnedIsRefused() throws Exception {
        try (Transport transport = Transport.start()) {
            URI https = URI.create("https://127.0.0.1:" + server.tlsPort());
            String code = server.pairing().newCode(2).join().code();
            assertThatThrownBy(() -> PadClient.pair(transport.http(), json, new PairingLink(https, code, ""), "Pad 2"))
                    .isInstanceOfSatisfying(PadException.class, e -> {
                        assertThat(e.untrusted()).isTrue();
                        assertThat(e.getMessage()).contains("no certificate fingerprint for 127.0.0.1:");
                    });
        }
    }

    @Test
    void aPairingLinkIsReadFromTheQrCodeOrFromAnAddressAndACode() {
        PairingLink scanned = PairingLink.parse("https://192.168.1.20:8093/pair?code=123456&fp=" + OTHER.toLowerCase(),
                "", "");
        assertThat(scanned).isEqualTo(new PairingLink(URI.create("https://192.168.1.20:8093"), "123456", OTHER));
        assertThat(PairingLink.parse("http://127.0.0.1:8092", "654321", ""))
                .isEqualTo(new PairingLink(URI.create("http://127.0.0.1:8092"), "654321", ""));
        assertThatThrownBy(() -> PairingLink.parse("https://192.168.1.20:8093", "123456", ""))
                .hasMessageContaining("needs the certificate fingerprint");
        assertThatThrownBy(() -> PairingLink.parse("https://192.168.1.20:8093/pair?code=123456&fp=ABCD", "", ""))
                .hasMessageContaining("64 hex digits");
        assertThatThrownBy(() -> PairingLink.parse("192.168.1.20:8093", "123456", ""))
                .hasMessageContaining("starts with https://");
    }
}
