package com.bistro92.tableview;

import static com.bistro92.ViewFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.bistro92.TestApp;
import com.bistro92.ViewFixture;
import com.bistro92.ViewTest;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Take a payment asks for the cash handed over, and shows the change, only when the guest pays cash:
 * for card and other the two rows are gone, and the panel closes up around the rest.
 */
@ViewTest
class PayPanelCashRowsTest {

    private static final String[] CASH_ROWS = {"#pay-tendered-label", "#pay-tendered", "#pay-change-label",
        "#pay-change"};

    ViewFixture fx;
    TestApp app;
    TablesModel model;
    TablesView view;

    /** Table 4 seated with a pizza on its bill, on Tables & Pads. */
    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        app = fx.suite();
        app.app().sessions().seat(4, 2, null).join();
        app.placeOrder("Table 4", "Margherita Pizza", 1);
        model = TablesScreen.model(fx, app);
        view = TablesScreen.view(fx, model, app);
        model.start();
        fx.show(stage, view, 1280, 800);
    }

    /** Which of the cash rows' nodes are in the scene and shown. */
    private static long cashRowsShown(FxRobot robot) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> java.util.Arrays.stream(CASH_ROWS)
                .filter(id -> robot.lookup(id).tryQuery().filter(Node::isVisible).isPresent()).count())
                .get(5, TimeUnit.SECONDS);
    }

    private static double panelHeight(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup("#pay-take").query().getParent().getParent()
                .getLayoutBounds().getHeight()).get(5, TimeUnit.SECONDS);
    }

    @Test
    void cashHandedOverAndChangeShowOnlyForCash(FxRobot robot) throws Exception {
        await(() -> robot.lookup(".table-orders-button").tryQuery().isPresent());
        robot.interact(() -> robot.lookup(".table-orders-button").queryButton().fire());
        await(() -> robot.lookup("#bill-pay").tryQuery().map(Node::isVisible).orElse(false));
        robot.clickOn("#bill-pay");
        await(() -> robot.lookup("#pay-take").tryQuery().isPresent());

        // the panel opens on Card
        assertThat(cashRowsShown(robot)).isZero();
        double card = panelHeight(robot);

        robot.clickOn("#pay-cash");
        await(() -> cashRowsShown(robot) == CASH_ROWS.length);
        double cash = panelHeight(robot);
        assertThat(cash).as("the cash rows take room only with Cash").isGreaterThan(card + 40);
        robot.clickOn("#pay-tendered").write("50");
        await(() -> !robot.lookup("#pay-change").queryLabeled().getText().equals("—"));

        robot.clickOn("#pay-other");
        await(() -> cashRowsShown(robot) == 0);
        assertThat(panelHeight(robot)).isEqualTo(card);

        robot.clickOn("#pay-card");
        await(() -> cashRowsShown(robot) == 0);
        assertThat(panelHeight(robot)).isEqualTo(card);

        robot.clickOn("#pay-cash");
        await(() -> cashRowsShown(robot) == CASH_ROWS.length);
        assertThat(robot.lookup("#pay-tendered").queryTextInputControl().getText())
                .as("a cash amount typed before switching away is not kept").isEmpty();
    }
}
