package com.bistro92.ui;

import static com.bistro92.ViewFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.Launcher;
import com.bistro92.TestApp;
import com.bistro92.ViewFixture;
import com.bistro92.ViewTest;
import com.bistro92.staff.FirstPin;
import java.time.Clock;
import java.util.ArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * At opening time the window does not wait for the suite: the sign-in shows as soon as JavaFX runs,
 * saying the data is opening, and the names and screens come into it once the suite runs.
 */
@ViewTest
class EarlyWindowTest {

    ViewFixture fx;
    TestApp app;
    DesktopApp desktop;

    @Start
    void start(Stage stage) throws Exception {
        desktop = DesktopApp.beforeTheSuite(fx.data(), false, Clock.systemDefaultZone(), backup -> {
            throw new UnsupportedOperationException("no restore here");
        });
    }

    @AfterEach
    void stop(FxRobot robot) throws Exception {
        desktop.close();
        robot.interact(() -> new ArrayList<>(Window.getWindows()).stream()
                .filter(w -> w instanceof Stage s && s.getTitle() != null && s.getTitle().startsWith("Bistro92"))
                .forEach(Window::hide));
    }

    @Test
    void theSignInShowsBeforeTheSuiteRunsAndStaffSignInOnceItDoes(FxRobot robot) throws Exception {
        desktop.show(CompletableFuture.completedFuture(null), () -> { });
        desktop.shown().toCompletableFuture().get(30, TimeUnit.SECONDS);
        assertThat(robot.lookup(".sign-in-message").queryAs(Label.class).getText())
                .isEqualTo("Opening the restaurant's data…");
        assertThat(robot.lookup(".sign-in-name").queryAll()).as("no names before the data is open").isEmpty();
        assertThat(desktop.drawn()).isNotDone();

        // only now does the suite start, as the launcher's does beside the window
        app = fx.suite();
        desktop.attach(Launcher.parts(app.app()));
        desktop.drawn().toCompletableFuture().get(30, TimeUnit.SECONDS);
        String pin = new FirstPin(app.data()).read().orElseThrow();
        assertThat(robot.lookup(".first-pin-value").queryAs(Label.class).getText()).isEqualTo(pin);
        robot.clickOn((Node n) -> n instanceof Button b && b.getText().equals("I have noted the PIN"));
        await(() -> !robot.lookup(".sign-in-name").queryAll().isEmpty());
        robot.clickOn((Node n) -> n instanceof ListCell<?> c && "Manager".equals(c.getText()));
        for (char c : pin.toCharArray()) {
            robot.clickOn("#pin-" + c);
        }
        robot.clickOn("#pin-ok");
        await(() -> robot.lookup(".sign-in-message").queryAs(Label.class).getText().contains("Choose your own PIN"));
    }
}
