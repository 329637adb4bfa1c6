package com.bistro92.displayclient;

import static com.bistro92.ViewFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.Bistro92;
import com.bistro92.CheapStart;
import com.bistro92.Options;
import com.bistro92.ViewTest;
import com.bistro92.order.Order;
import com.bistro92.order.OrderStatus;
import com.bistro92.server.Limits;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A second kitchen display against a real main PC in the same JVM: it pairs, follows the orders
 * over pinned WSS, says within two seconds that the main PC went away, catches up after the main PC
 * comes back on the same port and data, and bumps through the API with version checks.
 */
@ViewTest
class RemoteDisplayTest {

    @TempDir
    Path data;
    @TempDir
    Path displayFolder;
    Bistro92 main;
    int port;
    int tlsPort;
    DisplayMode display;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Start
    void start(Stage stage) throws Exception {
        main = startMain(0, 0);
        port = main.port();
        tlsPort = main.tlsPort();
        display = new DisplayMode(URI.create("http://127.0.0.1:" + port), displayFolder.resolve("display"), false,
                Clock.systemDefaultZone());
        display.open(stage);
    }

    private Bistro92 startMain(int http, int https) throws Exception {
        return CheapStart.start(new Options(true, false, http, https, data), Clock.systemDefaultZone(),
                Bistro92.Storage.DEFAULT, Limits.DEFAULT);
    }

    @AfterEach
    void stop() {
        display.close();
        if (main != null) {
            main.close();
        }
        http.shutdownNow();
    }

    private JsonNode staff(String method, String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + main.staffToken().value())
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("%s %s: %s", method, path, response.body()).isBetween(200, 201);
        return main.json().readTree(response.body());
    }

    private long placeOrder(String table) throws Exception {
        return staff("POST", "/api/order", "{\"table\":\"" + table + "\",\"items\":[{\"name\":\"Espresso\","
                + "\"quantity\":1}]}").get("id").asLong();
    }

    private Order stored(long id) {
        return main.orders().find(id).orElseThrow();
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    /** The tickets the display's kitchen shows now. */
    private List<Order> tickets() throws Exception {
        return onFx(() -> display.kitchen() == null ? List.<Order>of() : List.copyOf(display.kitchen().tickets()));
    }

    private Order ticket(long id) throws Exception {
        return tickets().stream().filter(o -> o.id() == id).findFirst().orElse(null);
    }

    private boolean bannerShown(FxRobot robot) throws Exception {
        return onFx(() -> {
            Node banner = robot.lookup(".kitchen-banner").query();
            return banner.isVisible() && !display.kitchen().notLiveProperty().get().isEmpty();
        });
    }

    private void pair(FxRobot robot, String digits) {
        robot.clickOn("#display-code").eraseText(20).write(digits);
        robot.clickOn("#display-pair");
    }

    @Test
    void aDisplayPairsFollowsTheMainPcThroughARestartMissesNothingAndBumpsWithVersionChecks(FxRobot robot)
            throws Exception {
        long before = placeOrder("Table 3");
        JsonNode code = staff("POST", "/api/v1/displays/pairing-code", "{}");
        String check = code.get("check").asText();
        String wrongCheck = (check.charAt(0) == '9' ? "0" : String.valueOf(check.charAt(0) - '0' + 1))
                + check.substring(1);

        // a code whose check digits do not match the certificate the main PC showed pairs nothing
        pair(robot, code.get("code").asText() + wrongCheck);
        await(Duration.ofSeconds(10), () -> onFx(() -> robot.lookup("#display-message").queryLabeled().getText())
                .contains("does not match"));
        assertThat(main.displays().displays()).isEmpty();

        pair(robot, code.get("code").asText() + check);
        await(Duration.ofSeconds(20), () -> ticket(before) != null);
        assertThat(main.displays().displays()).hasSize(1);
        // the receipt went through the API: the ticket was on this display's screen
        await(Duration.ofSeconds(10), () -> stored(before).status() == OrderStatus.RECEIVED);
        Path kept = displayFolder.resolve("display").resolve(DisplayFolder.FILE);
        assertThat(kept).exists();
        if (Files.getFileAttributeView(kept, java.nio.file.attribute.PosixFileAttributeView.class) != null) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kept))).isEqualTo("rw-------");
        }

        // the main PC goes away: the display says so within two seconds
        long stopping = System.nanoTime();
        CompletableFuture<Void> stopped = CompletableFuture.runAsync(main::close);
        await(Duration.ofSeconds(2), () -> bannerShown(robot));
        assertThat(Duration.ofNanos(System.nanoTime() - stopping)).isLessThan(Duration.ofSeconds(2));
        stopped.get(30, TimeUnit.SECONDS);
        main = null;

        // back on the same port with the same data: changes made before the display reconnects come by replay
        main = startMain(port, tlsPort);
        long whileAway = placeOrder("Table 8");
        int version = stored(before).version();
        staff("POST", "/api/v1/orders/" + before + "/status", "{\"status\":\"PREPARING\",\"version\":" + version + "}");
        await(Duration.ofSeconds(10), () -> !bannerShown(robot));
        long after = placeOrder("Table 11");
        await(Duration.ofSeconds(10), () -> ticket(after) != null && ticket(whileAway) != null
                && ticket(before).status() == OrderStatus.PREPARING);
        List<Long> ids = tickets().stream().map(Order::id).toList();
        assertThat(ids).containsExactlyInAnyOrder(before, whileAway, after).doesNotHaveDuplicates();

        // a bump from the display reaches the main PC, with the version it saw
        await(Duration.ofSeconds(10), () -> stored(after).status() == OrderStatus.RECEIVED
                && ticket(after).status() == OrderStatus.RECEIVED);
        Order seen = ticket(after);
        onFx(() -> display.kitchen().bump(seen)).get(10, TimeUnit.SECONDS);
        assertThat(stored(after).status()).isEqualTo(OrderStatus.PREPARING);
        assertThat(stored(after).version()).isEqualTo(seen.version() + 1);

        // a bump of a version another screen has moved on from is refused, and the display says so
        await(Duration.ofSeconds(10), () -> ticket(whileAway) != null
                && ticket(whileAway).status() == OrderStatus.RECEIVED);
        Order stale = ticket(whileAway);
        staff("POST", "/api/v1/orders/" + whileAway + "/status", "{\"status\":\"PREPARING\",\"version\":"
                + stale.version() + "}");
        onFx(() -> display.kitchen().bump(stale).handle((order, failure) -> failure)).get(10, TimeUnit.SECONDS);
        await(Duration.ofSeconds(10), () -> onFx(() -> display.kitchen().noticeProperty().get())
                .contains("changed on another screen"));
        assertThat(stored(whileAway).status()).isEqualTo(OrderStatus.PREPARING);
        assertThat(stored(whileAway).version()).isEqualTo(stale.version() + 1);
    }
}
