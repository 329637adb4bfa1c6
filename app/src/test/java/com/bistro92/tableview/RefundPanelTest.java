package com.bistro92.tableview;

import static com.bistro92.ViewFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.bistro92.Screenshots;
import com.bistro92.TestApp;
import com.bistro92.ViewFixture;
import com.bistro92.ViewTest;
import com.bistro92.bill.Payment;
import com.bistro92.bill.PaymentRequest;
import com.bistro92.order.OrderStatus;
import com.bistro92.staff.Role;
import com.bistro92.staff.Staff;
import java.math.BigDecimal;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.jooq.Record2;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Refunds on a table's bill: a server's void of an order already paid is refused, says by how much
 * the bill would be overpaid and offers the refund; a manager's PIN approves the refund and the void
 * that waited for it. A refund of more than was paid that way is refused with nothing written.
 */
@ViewTest
class RefundPanelTest {

    ViewFixture fx;
    TestApp app;
    TablesModel model;
    TablesView view;
    Stage stage;
    int alex;
    int sam;
    long orderId;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        app = fx.suite();
        Staff staff = app.app().staff();
        alex = staff.add("Alex", Role.MANAGER, null).join().member().id();
        staff.changePin(alex, "8642").join();
        sam = staff.add("Sam", Role.SERVER, null).join().member().id();
        app.app().sessions().seat(4, 2, null).join();
        orderId = app.postJson("/api/order", """
                {"table": "Table 4", "items": [{"name": "Margherita Pizza", "quantity": 2},
                 {"name": "Espresso", "quantity": 1}]}""").body().get("id").asLong();
        app.app().bills().pay(new PaymentRequest(4, Payment.Method.CARD, new BigDecimal("26.00"), null, null, sam))
                .join();
        model = TablesScreen.model(fx, app);
        view = TablesScreen.view(fx, model, app);
        model.start();
        fx.show(stage, view, 1280, 900);
    }

    /**
     * Whether {@code query} finds a node, looked up on the FX thread: a panel is put up and taken down
     * there, and a walk of the scene from this thread meanwhile can run off the end of a child list.
     */
    private static boolean shown(FxRobot robot, String query) throws Exception {
        return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> robot.lookup(query).tryQuery().isPresent()).get();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private String money(String amount) {
        return app.app().money().format(new BigDecimal(amount));
    }

    private static void press(FxRobot robot, String pad, String digits) {
        for (char c : digits.toCharArray()) {
            robot.clickOn("#" + pad + "-" + c);
        }
    }

    private void openBillAs(FxRobot robot, int member, Role role) throws Exception {
        model.actingAs(() -> member, role::may);
        await(() -> shown(robot, ".table-orders-button"));
        robot.interact(() -> robot.lookup(".table-orders-button").queryButton().fire());
        await(() -> robot.lookup("#bill-summary").tryQuery().map(Node::isVisible).orElse(false));
    }

    private Record2<Integer, Integer> theRefund() {
        return app.app().database().dsl().select(DSL.field("STAFF_ID", Integer.class),
                DSL.field("APPROVED_BY", Integer.class)).from(DSL.table("REFUND")).fetchSingle();
    }

    @Test
    void aVoidOfAPaidOrderOffersTheRefundAndAManagersPinApprovesBoth(FxRobot robot) throws Exception {
        openBillAs(robot, sam, Role.SERVER);
        assertThat(text(robot, ".party-hint")).isEqualTo("Voids, comps and refunds need a manager's PIN");
        robot.clickOn(".party-void");
        await(() -> shown(robot, ".adjust-override"));
        robot.clickOn(robot.lookup("#adjust-reason").queryAs(ComboBox.class).getEditor()).write("Never came");
        press(robot, "override-pin", "8642");
        robot.clickOn("#adjust-confirm");

        await(() -> text(robot, "#adjust-message").contains("overpaid by " + money("26.00")));
        assertThat(text(robot, "#adjust-message")).contains("Give " + money("26.00") + " back first");
        assertThat(app.app().orders().find(orderId).orElseThrow().status()).isEqualTo(OrderStatus.PLACED);
        assertThat(robot.lookup("#adjust-refund-first").queryButton().getText())
                .isEqualTo("Refund " + money("26.00") + " and void…");
        robot.clickOn("#adjust-refund-first");

        await(() -> shown(robot, ".refund-panel"));
        assertThat(robot.lookup("#refund-amount").queryAs(TextField.class).getText()).isEqualTo("26.00");
        assertThat(robot.lookup("#refund-card").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#refund-cash").queryAs(ToggleButton.class).isDisabled())
                .as("nothing was paid in cash").isTrue();
        assertThat(text(robot, "#refund-limit")).isEqualTo("Up to " + money("26.00") + " by card");
        assertThat(robot.lookup("#refund-reason").queryAs(ComboBox.class).getEditor().getText())
                .isEqualTo("Never came");
        assertThat(robot.lookup("#refund-confirm").queryButton().getText()).isEqualTo("Refund and void");
        press(robot, "refund-pin", "8642");
        Screenshots.save(robot, stage.getScene(), "bill-refund.png");
        robot.clickOn("#refund-confirm");

        await(() -> !shown(robot, ".refund-panel"));
        await(() -> app.app().orders().find(orderId).orElseThrow().status() == OrderStatus.CANCELLED);
        assertThat(theRefund().value1()).as("who gave it back").isEqualTo(sam);
        assertThat(theRefund().value2()).as("who approved").isEqualTo(alex);
        await(() -> text(robot, ".party-message").equals(money("26.00") + " refunded by card, approved by Alex; order "
                + orderId + " voided"));
        await(() -> shown(robot, ".bill-refund"));
        assertThat(robot.lookup(".bill-refund .label").queryAs(Label.class).getText())
                .isEqualTo("Refunded · Card · Never came");
        await(() -> app.app().bills().bill(4).orElseThrow().balance().signum() == 0);
    }

    @Test
    void aRefundOfMoreThanWasPaidThatWayIsRefusedOnScreenWithNothingWritten(FxRobot robot) throws Exception {
        openBillAs(robot, alex, Role.MANAGER);
        robot.clickOn("#bill-refund");
        await(() -> shown(robot, ".refund-panel"));
        assertThat(robot.lookup(".refund-panel .adjust-override").tryQuery()).as("no PIN asked of a manager").isEmpty();
        assertThat(robot.lookup("#refund-amount").queryAs(TextField.class).getText()).as("all that may go back")
                .isEqualTo("26.00");
        robot.doubleClickOn("#refund-amount").eraseText(5).write("30.00");
        robot.clickOn(robot.lookup("#refund-reason").queryAs(ComboBox.class).getEditor()).write("Charged twice");
        robot.clickOn("#refund-confirm");
        await(() -> text(robot, "#refund-message").contains("26.00 paid by card"));
        assertThat(app.rows("refund")).isZero();

        robot.doubleClickOn("#refund-amount").eraseText(5).write("5.00");
        robot.clickOn("#refund-confirm");
        await(() -> !shown(robot, ".refund-panel"));
        await(() -> text(robot, "#party-due").equals("To pay " + money("7.80")));
        await(() -> shown(robot, ".bill-refund"));
        assertThat(app.rows("refund")).isEqualTo(1);
        assertThat(theRefund().value2()).as("a manager refunds alone").isNull();
        assertThat(text(robot, ".party-message")).isEqualTo(money("5.00") + " refunded by card");
    }
}
