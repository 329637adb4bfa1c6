package com.bistro92.attack;

import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.LanClient;
import com.bistro92.TestApp;
import com.bistro92.order.NewOrder;
import com.bistro92.order.OrderSource;
import com.bistro92.server.Limits;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attacks on the server's resources: bodies that trickle in from a device on the Wi-Fi, answers
 * never read. Each ends with a pad's order still acknowledged. (A device hoarding connections:
 * {@code lan.DeviceConnectionsTest}.)
 */
class ResourceAttackTest {

    @TempDir
    Path data;
    TestApp app;
    final List<AutoCloseable> clients = new ArrayList<>();
    final List<LanClient> devices = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable c : clients) {
            c.close();
        }
        app.close();
    }

    /** A connection from this computer, with a receive buffer of {@code receiveBuffer} bytes (0: the default). */
    private RawClient local(int receiveBuffer) throws Exception {
        RawClient client = RawClient.connect(app.app().port(), receiveBuffer);
        clients.add(client);
        return client;
    }

    /** An HTTPS connection from a device on the LAN, as a pad makes. */
    private LanClient device(int n) throws Exception {
        LanClient client = LanClient.https(n, app.app().tlsPort(), app.app().fingerprint());
        clients.add(client);
        devices.add(client);
        return client;
    }

    @Test
    void bodiesThatTrickleInHoldNoThreadAndAreCutOffAtTheDeadline() throws Exception {
        app = TestApp.start(data, Clock.systemDefaultZone(), shortDeadline());
        Party party = Party.seat(app, 5);
        // a rogue pad: more slow bodies than Jetty has threads (32), each its headers and one byte of 100
        Party rogue = Party.seat(app, 6);
        for (int i = 0; i < 60; i++) {
            LanClient c = device(0);
            c.send("POST /api/v1/orders HTTP/1.1\r\nHost: " + c.host() + "\r\nAuthorization: Bearer "
                    + rogue.token() + "\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{");
        }
        party.ordersWithin5Seconds();
        assertThat(devices.getFirst().status()).as("a body not received within the deadline").isEqualTo(408);
        party.ordersWithin5Seconds();
        assertThat(app.rows("customer_order")).isEqualTo(2);
    }

    @Test
    void pairingAdmitsTenAttemptsFromADeviceAndRefusesTheRestBeforeReadingTheirBodies() throws Exception {
        app = TestApp.start(data, Clock.systemDefaultZone(), shortDeadline());
        Party party = Party.seat(app, 5);
        for (int i = 0; i < 12; i++) {
            LanClient c = device(0);
            c.send("POST /api/v1/pads/pair HTTP/1.1\r\nHost: " + c.host() + "\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{");
        }
        party.ordersWithin5Seconds();
        List<Integer> statuses = new ArrayList<>();
        for (LanClient client : devices) {
            statuses.add(client.status());
        }
        assertThat(statuses).as("ten admitted and cut off at the deadline; two refused at once")
                .containsOnly(408, 429).filteredOn(s -> s == 429).hasSize(2);
    }

    private static Limits shortDeadline() {
        Limits l = Limits.DEFAULT;
        return new Limits(l.connections(), 64, Duration.ofSeconds(2), 1, l.feeds(), l.feedsPerPad(),
                l.feedQueueBytes(), l.padOrders(), l.padCalls(), l.pairing());
    }

    @Test
    void readersThatNeverReadHoldNoDatabaseConnection() throws Exception {
        app = TestApp.start(data);
        Party party = Party.seat(app, 5);
        NewOrder espresso = new NewOrder("Table 9", List.of(new NewOrder.Line("Espresso", 1, "")),
                "A long note ".repeat(40), OrderSource.STAFF, null);
        IntStream.range(0, 3_000).mapToObj(i -> app.app().orders().place(espresso)).toList()
                .forEach(CompletableFuture::join);
        // twice as many stalled readers as the pool has connections, of the order list and of a full replay
        for (int i = 0; i < 8; i++) {
            local(1024).send("GET /api/orders HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            local(1024).send("GET /ws/orders?since=0 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n");
        }
        party.ordersWithin5Seconds();
        TestApp.Reply pads = app.sendAsync(java.net.http.HttpRequest.newBuilder(app.uri("/api/v1/pads")).build())
                .get(5, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(pads.status()).as("a staff read while readers stall").isEqualTo(200);
        TestApp.Reply debug = app.sendAsync(java.net.http.HttpRequest.newBuilder(app.uri("/api/debug")).build())
                .get(5, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(debug.status()).isEqualTo(200);
    }
}
