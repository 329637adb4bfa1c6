package com.bistro92;

import static com.bistro92.ViewFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.staff.FirstPin;
import com.bistro92.ui.DesktopApp;
import com.bistro92.warmup.Warmup;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * At opening time the window comes first: the warm-up waits until the sign-in (and, on a first
 * start, the manager's first PIN) is drawn, then practises behind it while staff sign in.
 */
@ViewTest
class WindowFirstTest {

    ViewFixture fx;
    @TempDir
    Path scratch;
    TestApp app;
    DesktopApp desktop;
    Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        app = fx.suite();
        desktop = fx.closeAfter(new DesktopApp(Launcher.parts(app.app()), app.data(), false,
                Clock.systemDefaultZone()));
    }

    @Test
    void theWarmUpBeginsOnceTheWindowIsDrawnAndStaffSignInWhileItPractises(FxRobot robot) throws Exception {
        String pin = new FirstPin(app.data()).read().orElseThrow();
        CompletableFuture<Warmup.Done> done = new CompletableFuture<>();
        // as the launcher does: the warm-up is set up as soon as the suite serves, behind the window
        try (Warmup warmup = Launcher.warmUp(app.app(), desktop.drawn(),
                new Warmup.Budget(1_000_000, Duration.ofMinutes(5), 4), scratch, done::complete)) {
            assertThat(warmup.begun()).as("the warm-up waits for the window").isFalse();

            robot.interact(() -> desktop.open(stage));
            await(() -> warmup.begun());
            assertThat(stage.isShowing()).isTrue();
            assertThat(robot.lookup(".first-pin-value").queryAs(Label.class).getText())
                    .as("the first PIN is up before the warm-up begins").isEqualTo(pin);
            await(() -> warmup.practiceOrders() > 0);

            // the window is usable while the warm-up practises behind it
            robot.clickOn((Node n) -> n instanceof Button b && b.getText().equals("I have noted the PIN"));
            await(() -> !robot.lookup(".sign-in-name").queryAll().isEmpty());
            robot.clickOn((Node n) -> n instanceof ListCell<?> c && "Manager".equals(c.getText()));
            for (char c : pin.toCharArray()) {
                robot.clickOn("#pin-" + c);
            }
            robot.clickOn("#pin-ok");
            await(() -> robot.lookup(".sign-in-message").queryAs(Label.class).getText().contains("Choose your own PIN"));

            assertThat(warmup.finished()).as("still warming up behind the window").isFalse();
            assertThat(done).isNotDone();
        }
    }
}
