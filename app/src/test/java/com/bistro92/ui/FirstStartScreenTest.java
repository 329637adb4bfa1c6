package com.bistro92.ui;

import static com.bistro92.ViewFixture.await;
import static com.bistro92.db.Tables.ORDER_EVENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.Bistro92;
import com.bistro92.TestApp;
import com.bistro92.ViewFixture;
import com.bistro92.ViewTest;
import com.bistro92.journal.LogCheck;
import com.bistro92.order.NewOrder;
import com.bistro92.order.OrderSource;
import com.bistro92.staff.FirstPin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The whole desktop on a brand-new data folder: the first PIN shown once, and the log's status line. */
@ViewTest
class FirstStartScreenTest {

    ViewFixture fx;
    TestApp app;
    DesktopApp desktop;
    Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        app = fx.suite();
        Bistro92 suite = app.app();
        desktop = fx.closeAfter(new DesktopApp(com.bistro92.Launcher.parts(suite), app.data(), false,
                Clock.systemDefaultZone()));
    }

    private static Label label(FxRobot robot, String styleClass) {
        return robot.lookup("." + styleClass).queryAs(Label.class);
    }

    private void placeOrder() {
        app.app().orders().place(new NewOrder("Table 5", List.of(new NewOrder.Line("Espresso", 1, "")), "",
                OrderSource.SEED, null)).join();
    }

    @Test
    void theFirstStartShowsTheManagersPinOnceAndForgetsItWhenNoted(FxRobot robot) throws Exception {
        Path file = app.data().resolve(FirstPin.FILE_NAME);
        String pin = new FirstPin(app.data()).read().orElseThrow();
        robot.interact(() -> desktop.open(stage));
        await(() -> !robot.lookup(".first-pin-value").queryAll().isEmpty());
        assertThat(label(robot, "first-pin-value").getText()).isEqualTo(pin);

        Button noted = robot.lookup((Node n) -> n instanceof Button b
                && b.getText().equals(FirstPinDialog.NOTED.getText())).queryButton();
        robot.clickOn(noted);
        await(() -> !Files.exists(file));
        assertThat(robot.lookup(".first-pin-value").queryAll()).as("the dialog is gone").isEmpty();
    }

    @Test
    void theStatusLineSaysTheLogIsIntactAndFollowsNewEvents(FxRobot robot) throws Exception {
        placeOrder();
        robot.interact(() -> desktop.open(stage));
        // the kitchen screen receives the order too, which is one more event
        await(() -> "Log intact".equals(label(robot, "log-status").getText()) && showsLastEvent(robot));
        long before = app.app().journal().lastSeq();
        placeOrder();
        placeOrder();
        await(() -> app.app().journal().lastSeq() >= before + 2 && showsLastEvent(robot));
        assertThat(label(robot, "log-status").getStyleClass()).contains("log-intact");
    }

    /** Whether the status line's tooltip sums up the whole log as it stands. */
    private boolean showsLastEvent(FxRobot robot) {
        long last = app.app().journal().lastSeq();
        return new LogCheck.Intact(last, last, "").summary().equals(label(robot, "log-status").getTooltip().getText());
    }

    @Test
    void theStatusLineNamesTheFirstBrokenEvent(FxRobot robot) throws Exception {
        placeOrder();
        placeOrder();
        app.app().database().dsl().update(ORDER_EVENT).set(ORDER_EVENT.PAYLOAD, ORDER_EVENT.PAYLOAD.concat(" "))
                .where(ORDER_EVENT.SEQ.eq(1L)).execute();
        robot.interact(() -> desktop.open(stage));
        await(() -> "Log broken at #1".equals(label(robot, "log-status").getText()));
        assertThat(label(robot, "log-status").getStyleClass()).contains("log-broken");
    }
}
