package com.bistro92.displayclient;

import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.Bistro92;
import com.bistro92.CheapStart;
import com.bistro92.Options;
import com.bistro92.ViewTest;
import com.bistro92.server.Limits;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** {@code --pair-code}: a display given the twelve digits pairs and follows without the pairing screen. */
@ViewTest
class DisplayPairCodeTest {

    @TempDir
    Path data;
    @TempDir
    Path displayFolder;
    Bistro92 main;
    DisplayMode display;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Start
    void start(Stage stage) throws Exception {
        main = CheapStart.start(new Options(true, false, 0, 0, data), Clock.systemDefaultZone(),
                Bistro92.Storage.DEFAULT, Limits.DEFAULT);
        HttpResponse<String> made = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + main.port() + "/api/v1/displays/pairing-code"))
                .header("Authorization", "Bearer " + main.staffToken().value())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode code = main.json().readTree(made.body());
        display = new DisplayMode(URI.create("http://127.0.0.1:" + main.port()), displayFolder, false,
                Clock.systemDefaultZone()).pairCode(code.get("code").asText() + code.get("check").asText());
        display.open(stage);
    }

    @AfterEach
    void stop() {
        display.close();
        main.close();
        http.shutdownNow();
    }

    @Test
    void theCodeGivenPairsAndTheDisplayFollowsWithoutAsking(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#display-code").tryQuery()).as("no pairing screen").isEmpty();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> display.kitchen() != null)
                .get(10, TimeUnit.SECONDS));
        assertThat(main.displays().displays()).hasSize(1);
        assertThat(new DisplayFolder(displayFolder, main.json()).load()).isPresent();
        assertThat(robot.lookup("#display-code").tryQuery()).isEmpty();
    }
}
