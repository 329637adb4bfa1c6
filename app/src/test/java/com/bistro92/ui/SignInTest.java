package com.bistro92.ui;

import static com.bistro92.ViewFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.Bistro92;
import com.bistro92.TestApp;
import com.bistro92.ViewFixture;
import com.bistro92.ViewTest;
import com.bistro92.staff.FirstPin;
import com.bistro92.staff.Role;
import com.bistro92.staff.Staff;
import java.time.Clock;
import java.time.Duration;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The suite opens to sign-in: PIN pad, forced PIN change, lock-out, switch user, auto-lock, roles. */
@ViewTest
class SignInTest {

    ViewFixture fx;
    TestApp app;
    DesktopApp desktop;
    Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        app = fx.suite();
    }

    private void open(FxRobot robot, boolean kitchenMode, Duration autoLock) {
        Bistro92 suite = app.app();
        desktop = fx.closeAfter(new DesktopApp(com.bistro92.Launcher.parts(suite), app.data(), kitchenMode,
                Clock.systemDefaultZone(), autoLock));
        robot.interact(() -> desktop.open(stage, false));
        // the first start's PIN dialog is tested elsewhere: note it, as the manager would
        try {
            await(() -> robot.lookup((Node n) -> n instanceof Button b
                    && b.getText().equals(FirstPinDialog.NOTED.getText())).tryQuery().isPresent());
        } catch (Exception e) {
            throw new AssertionError("The first PIN was not shown", e);
        }
        robot.clickOn((Node n) -> n instanceof Button b && b.getText().equals(FirstPinDialog.NOTED.getText()));
    }

    private static void type(FxRobot robot, String pin) {
        for (char c : pin.toCharArray()) {
            robot.clickOn("#pin-" + c);
        }
        robot.clickOn("#pin-ok");
    }

    private static String message(FxRobot robot) {
        return robot.lookup(".sign-in-message").queryAs(Label.class).getText();
    }

    private static boolean signInShown(FxRobot robot) {
        return robot.lookup(".sign-in").query().isVisible();
    }

    private static boolean sectionShown(FxRobot robot, String name) {
        return robot.lookup((Node n) -> n instanceof ToggleButton b && b.getText().startsWith(name)).tryQuery()
                .map(Node::isVisible).orElse(false);
    }

    private void choose(FxRobot robot, String name) throws Exception {
        await(() -> !robot.lookup(".sign-in-name").queryAll().isEmpty());
        robot.clickOn((Node n) -> n instanceof javafx.scene.control.ListCell<?> c && name.equals(c.getText()));
    }

    @Test
    void theFirstSignInWithTheOneTimePinForcesANewPinAndOpensTheManagersSections(FxRobot robot) throws Exception {
        String firstPin = new FirstPin(app.data()).read().orElseThrow();
        open(robot, false, Duration.ofMinutes(5));
        assertThat(signInShown(robot)).isTrue();
        choose(robot, "Manager");
        type(robot, firstPin);
        await(() -> message(robot).contains("Choose your own PIN"));
        type(robot, "2468");
        await(() -> message(robot).contains("again"));
        type(robot, "2468");
        await(() -> !signInShown(robot));
        assertThat(sectionShown(robot, "Staff")).isTrue();
        assertThat(sectionShown(robot, "Tables & Pads")).isTrue();
        assertThat(app.app().staff().members().getFirst().mustChangePin()).isFalse();

        // switch user: one click away, and the new PIN works by keyboard too
        robot.clickOn("#switch-user");
        await(() -> signInShown(robot));
        robot.type(KeyCode.DIGIT2, KeyCode.DIGIT4, KeyCode.DIGIT6, KeyCode.DIGIT8, KeyCode.ENTER);
        await(() -> !signInShown(robot));
    }

    @Test
    void fiveWrongPinsLockTheAccountForAMinuteAndTheScreenSaysSo(FxRobot robot) throws Exception {
        String right = new FirstPin(app.data()).read().orElseThrow();
        open(robot, false, Duration.ofMinutes(5));
        choose(robot, "Manager");
        for (int i = 1; i <= 4; i++) {
            type(robot, "0000");
            int left = 5 - i;
            await(() -> message(robot).contains(left + (left == 1 ? " try" : " tries") + " left"));
        }
        type(robot, "0000");
        await(() -> message(robot).contains("locked after five wrong PINs"));
        type(robot, right);
        await(() -> message(robot).contains("locked"));
        assertThat(signInShown(robot)).as("even the right PIN waits out the lock").isTrue();
    }

    @Test
    void aServerSeesNoManagerScreenAndTheSuiteLocksItselfWhenIdle(FxRobot robot) throws Exception {
        Staff.OneTimePin server = app.app().staff().add("Sam", Role.SERVER, null).join();
        app.app().staff().changePin(server.member().id(), "1357").join();
        open(robot, false, Duration.ofSeconds(2));
        choose(robot, "Sam");
        type(robot, "1357");
        await(() -> !signInShown(robot));
        assertThat(sectionShown(robot, "Tables & Pads")).isTrue();
        assertThat(sectionShown(robot, "Staff")).as("a manager's screen").isFalse();
        robot.press(KeyCode.SHORTCUT, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.SHORTCUT);
        assertThat(robot.lookup(".staff").tryQuery()).as("Ctrl+3 does not open Staff for a server").isEmpty();
        // nobody touches anything for two seconds
        await(() -> signInShown(robot));
    }

    @Test
    void kitchenModeOpensOnTheQueueWithoutSignInAndLeavingItAsksForAPin(FxRobot robot) throws Exception {
        open(robot, true, Duration.ofMinutes(5));
        assertThat(signInShown(robot)).isFalse();
        assertThat(robot.lookup(".kitchen").tryQuery()).isPresent();
        assertThat(sectionShown(robot, "Tables & Pads")).isFalse();
        robot.clickOn("#switch-user");
        await(() -> signInShown(robot));
        robot.type(KeyCode.ESCAPE);
        await(() -> !signInShown(robot));
        assertThat(sectionShown(robot, "Tables & Pads")).isFalse();
    }
}
