package com.bistro92.ui;

import static com.bistro92.ViewFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.Bistro92;
import com.bistro92.Launcher;
import com.bistro92.Screenshots;
import com.bistro92.TestApp;
import com.bistro92.ViewFixture;
import com.bistro92.ViewTest;
import com.bistro92.order.OrderStatus;
import com.bistro92.staff.Role;
import com.bistro92.staff.Staff;
import java.time.Clock;
import java.time.Duration;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.jooq.Record2;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * A server is refused a manager's screen, then voids an order with a manager's PIN on the spot: a
 * wrong PIN writes nothing, the manager's writes the void with both names. A manager comps alone.
 */
@ViewTest
class ManagerOverrideTest {

    ViewFixture fx;
    TestApp app;
    DesktopApp desktop;
    Stage stage;
    int alex;
    int sam;
    long orderId;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        app = fx.suite();
        Staff staff = app.app().staff();
        alex = staff.add("Alex", Role.MANAGER, null).join().member().id();
        staff.changePin(alex, "8642").join();
        sam = staff.add("Sam", Role.SERVER, null).join().member().id();
        staff.changePin(sam, "1357").join();
        app.app().sessions().seat(4, 2, null).join();
        orderId = app.postJson("/api/order", """
                {"table": "Table 4", "items": [{"name": "Margherita Pizza", "quantity": 2},
                 {"name": "Espresso", "quantity": 1}]}""").body().get("id").asLong();
    }

    private void signIn(FxRobot robot, String name, String pin) throws Exception {
        Bistro92 suite = app.app();
        desktop = fx.closeAfter(new DesktopApp(Launcher.parts(suite), app.data(), false, Clock.systemDefaultZone(),
                Duration.ofMinutes(5)));
        robot.interact(() -> desktop.open(stage, false));
        await(() -> robot.lookup((Node n) -> n instanceof Button b
                && b.getText().equals(FirstPinDialog.NOTED.getText())).tryQuery().isPresent());
        robot.clickOn((Node n) -> n instanceof Button b && b.getText().equals(FirstPinDialog.NOTED.getText()));
        await(() -> !robot.lookup(".sign-in-name").queryAll().isEmpty());
        robot.clickOn((Node n) -> n instanceof javafx.scene.control.ListCell<?> c && name.equals(c.getText()));
        press(robot, "pin", pin);
        robot.clickOn("#pin-ok");
        await(() -> !robot.lookup(".sign-in").query().isVisible());
    }

    private static void press(FxRobot robot, String pad, String digits) {
        for (char c : digits.toCharArray()) {
            robot.clickOn("#" + pad + "-" + c);
        }
    }

    private void openOrdersOfTable4(FxRobot robot) throws Exception {
        robot.press(KeyCode.SHORTCUT, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.SHORTCUT);
        await(() -> robot.lookup(".table-orders-button").tryQuery().isPresent());
        robot.clickOn(".table-orders-button");
        await(() -> robot.lookup(".party-order").queryAll().size() == 1);
    }

    private void reason(FxRobot robot, String text) {
        ComboBox<?> box = robot.lookup("#adjust-reason").queryAs(ComboBox.class);
        robot.clickOn(box.getEditor()).write(text);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private Record2<Integer, Integer> theAdjustment() {
        return app.app().database().dsl().select(DSL.field("STAFF_ID", Integer.class),
                DSL.field("APPROVED_BY", Integer.class)).from(DSL.table("ORDER_ADJUSTMENT")).fetchSingle();
    }

    @Test
    void aServerIsRefusedTheMenuThenVoidsWithAManagersPin(FxRobot robot) throws Exception {
        signIn(robot, "Sam", "1357");
        robot.press(KeyCode.SHORTCUT, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.SHORTCUT);
        await(() -> robot.lookup("#shell-refused").query().isVisible());
        assertThat(text(robot, "#shell-refused")).startsWith("Menu is for managers");
        assertThat(robot.lookup(".menu-editor").tryQuery()).as("the menu editor stays shut").isEmpty();

        openOrdersOfTable4(robot);
        assertThat(text(robot, ".party-hint")).contains("manager's PIN");
        assertThat(text(robot, "#party-due")).contains("28.80");
        robot.clickOn(".party-void");
        await(() -> robot.lookup(".adjust-override").tryQuery().isPresent());
        reason(robot, "Wrong table");

        press(robot, "override-pin", "1357");
        robot.clickOn("#adjust-confirm");
        await(() -> text(robot, "#adjust-message").contains("not a manager's PIN"));
        Screenshots.save(robot, stage.getScene(), "manager-override.png");
        assertThat(app.rows("order_adjustment")).as("a server's own PIN approves nothing").isZero();
        assertThat(app.app().orders().find(orderId).orElseThrow().status()).isNotEqualTo(OrderStatus.CANCELLED);

        press(robot, "override-pin", "8642");
        robot.clickOn("#adjust-confirm");
        await(() -> robot.lookup(".adjust-panel").tryQuery().isEmpty());
        assertThat(app.app().orders().find(orderId).orElseThrow().status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(theAdjustment().value1()).as("who asked").isEqualTo(sam);
        assertThat(theAdjustment().value2()).as("who approved").isEqualTo(alex);
        await(() -> robot.lookup(".party-status-cancelled").tryQuery().isPresent());
        await(() -> text(robot, "#party-due").contains("0.00"));
        await(() -> text(robot, ".party-message").equals("Order " + orderId + " voided, approved by Alex"));
        Screenshots.save(robot, stage.getScene(), "table-orders.png");
    }

    @Test
    void aManagerCompsALineWithoutBeingAskedForAPin(FxRobot robot) throws Exception {
        signIn(robot, "Alex", "8642");
        openOrdersOfTable4(robot);
        robot.clickOn(robot.lookup(".party-comp").nth(1).queryButton());
        await(() -> robot.lookup(".adjust-panel").tryQuery().isPresent());
        assertThat(robot.lookup(".adjust-override").tryQuery()).as("no PIN asked of a manager").isEmpty();
        reason(robot, "Long wait");
        robot.clickOn("#adjust-confirm");
        await(() -> robot.lookup(".party-comped").tryQuery().isPresent());
        await(() -> text(robot, "#party-due").contains("26.00"));
        assertThat(theAdjustment().value1()).isEqualTo(alex);
        assertThat(theAdjustment().value2()).isNull();
    }
}
