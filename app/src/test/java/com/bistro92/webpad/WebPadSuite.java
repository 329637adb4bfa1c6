package com.bistro92.webpad;

import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.LanHost;
import com.bistro92.TestApp;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.nio.file.Path;

/**
 * The suite as the web pad's tests meet it: a real one on its own data, with the certificate its
 * root issued for the LAN host's address, and what staff do to it from the restaurant's computer.
 */
final class WebPadSuite implements AutoCloseable {

    private final Path data;
    private TestApp app;
    private boolean stopped;

    WebPadSuite(Path data) throws Exception {
        this.data = data;
        LanHost.get(); // first, so that the server's certificate names the address the browser uses
        this.app = TestApp.startWithOwnCertificate(data);
    }

    TestApp app() {
        return app;
    }

    /** Where a tablet on the Wi-Fi opens the pad. */
    String padUrl() {
        return origin() + "/pad/";
    }

    /**
     * The suite's HTTPS origin at this computer's second LAN address, which {@link LanHost#cut()}
     * can cut while the browser's driver goes on working over the first.
     */
    String origin() {
        return "https://" + LanHost.get().cuttableServerAddress().getHostAddress() + ":" + app.app().tlsPort();
    }

    /** What the pairing QR code of {@code table} says, as Tables & Pads makes it. */
    String pairingLink(int table) throws Exception {
        JsonNode code = app.postJson("/api/v1/tables/" + table + "/pairing-code", "").body();
        return padUrl() + "#code=" + code.get("code").asText() + "&fp=" + app.app().fingerprint();
    }

    /** A browser at a table, trusting the restaurant's root. */
    PadBrowser browser(Path home, int width, int height) throws Exception {
        return PadBrowser.open(home, app.app().identity().root(), width, height);
    }

    /** Opens {@code browser} on the pad and pairs it with {@code table}, from the QR code's link. */
    void pair(PadBrowser browser, int table) throws Exception {
        browser.get(pairingLink(table));
        browser.untilText("table-name", "Table " + table);
    }

    void seat(int table, int guests) throws Exception {
        assertThat(app.postJson("/api/v1/tables/" + table + "/session", "{\"guests\":" + guests + "}").status())
                .isEqualTo(201);
    }

    /** Staff takes an item off the menu (86), or puts it back. */
    void available(int item, boolean available) throws Exception {
        assertThat(app.send(HttpRequest.newBuilder(app.uri("/api/v1/menu/items/" + item + "/availability"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"available\":" + available + "}")).build()).status())
                .isEqualTo(200);
    }

    /** The orders of {@code table}, as staff read them. */
    JsonNode orders(int table) throws Exception {
        return app.get("/api/orders?table=" + table).body();
    }

    /** Stops the suite, as a power cut or a restart would. */
    void stop() {
        app.close();
        stopped = true;
    }

    /** Starts the suite again on the same data and ports, as after a restart. */
    void startAgain(int port, int tlsPort) throws Exception {
        app = TestApp.startWithOwnCertificate(data, port, tlsPort);
        stopped = false;
    }

    @Override
    public void close() {
        if (!stopped) {
            app.close();
        }
    }
}
