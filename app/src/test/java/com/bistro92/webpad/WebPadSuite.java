package com.bistro92.webpad;

import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.Folders;
import com.bistro92.LanHost;
import com.bistro92.TestApp;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The suite as the web pad's tests meet it: a real one on its own data, with the certificate its
 * root issued for the LAN host's address, the browsers at its tables, and what staff do to it from
 * the restaurant's computer. A test registers it ({@code @RegisterExtension final WebPadSuite suite
 * = new WebPadSuite();}): it starts before each test, in a folder of its own, and is stopped and
 * deleted after it.
 */
final class WebPadSuite implements BeforeEachCallback, AfterEachCallback {

    private Path folder;
    private Path data;
    private TestApp app;
    private boolean stopped;
    private int browsers;
    private final java.time.Clock clock;

    /** A suite on this computer's clock. */
    WebPadSuite() {
        this(java.time.Clock.systemDefaultZone());
    }

    /** A suite on {@code clock}: a test moves time on. */
    WebPadSuite(java.time.Clock clock) {
        this.clock = clock;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        folder = Files.createTempDirectory("bistro92-web-pad");
        data = Files.createDirectories(folder.resolve("data"));
        LanHost.get(); // first, so that the server's certificate names the address the browser uses
        app = TestApp.startWithOwnCertificate(data, clock);
        stopped = false;
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        LanHost.get().mend();
        if (!stopped) {
            app.close();
        }
        Folders.delete(folder);
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

    /** A browser at a table, of its own (profile, NSS database), trusting the restaurant's root. */
    PadBrowser browser(int width, int height) throws Exception {
        return PadBrowser.open(home(), app.app().identity().root(), width, height);
    }

    /** A guest's phone: a browser of its own that does not trust the restaurant's root. */
    PadBrowser untrustedBrowser(int width, int height) throws Exception {
        return PadBrowser.open(home(), null, width, height);
    }

    private Path home() throws java.io.IOException {
        return Files.createDirectories(folder.resolve("browser-" + ++browsers));
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
}
