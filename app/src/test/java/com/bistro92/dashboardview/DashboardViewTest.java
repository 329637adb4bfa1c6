package com.bistro92.dashboardview;

import static com.bistro92.ViewFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.bistro92.TestApp;
import com.bistro92.ViewFixture;
import com.bistro92.ViewTest;
import com.bistro92.dashboard.DateRange;
import com.bistro92.dashboard.KitchenLatency;
import com.bistro92.money.Money;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real dashboard, headless, against a real server and H2 in the same JVM. */
@ViewTest
class DashboardViewTest {

    ViewFixture fx;
    TestApp app;
    DashboardModel model;
    DashboardView view;
    Money money;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        app = fx.suite();
        money = app.app().money();
        model = fx.closeAfter(new DashboardModel(app.app().dashboard(), app.app().events(),
                app.app().settings()::current,
                () -> KitchenLatency.NONE, Clock.systemDefaultZone(), Platform::runLater));
        view = new DashboardView(model, money);
        fx.closeAfter(() -> Platform.runLater(view::dispose));
        model.start();
        fx.show(stage, view, 1280, 800);
    }

    /** The bars' amounts, read on the FX thread: a recount may be redrawing them meanwhile. */
    private java.util.List<String> tableAmounts() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> view.tableAmounts()).get(5, TimeUnit.SECONDS);
    }

    /** A tile's text, read on the FX thread: never half-way through the redraw of a new count. */
    private String text(FxRobot robot, String id) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup("#" + id).queryAs(Label.class).getText())
                .get(5, TimeUnit.SECONDS);
    }

    @Test
    void aPlacedOrderMovesTheRevenueTile(FxRobot robot) throws Exception {
        await(() -> money.format(BigDecimal.ZERO).equals(text(robot, "dash-revenue")));
        assertThat(text(robot, "dash-orders")).isEqualTo("0");

        app.placeOrder("Table 5", "Steak Frites", 2);

        await(() -> money.format(new BigDecimal("52.00")).equals(text(robot, "dash-revenue")));
        assertThat(text(robot, "dash-orders")).isEqualTo("1");
        assertThat(text(robot, "dash-open")).isEqualTo("1");
        assertThat(model.dashboardProperty().get().byTable()).hasSize(1);
        await(() -> tableAmounts().equals(java.util.List.of(money.format(new BigDecimal("52.00")))));
        assertThat(text(robot, "dash-kitchen-detail")).isEqualTo("No kitchen screen");
    }

    @Test
    void switchingTheRangeSwitchesEveryTile(FxRobot robot) throws Exception {
        app.placeOrder("Table 3", "Margherita Pizza", 1);
        await(() -> money.format(new BigDecimal("13.00")).equals(text(robot, "dash-revenue")));

        robot.clickOn("#range-yesterday");

        await(() -> model.rangeProperty().get().kind() == DateRange.Kind.YESTERDAY
                && money.format(BigDecimal.ZERO).equals(text(robot, "dash-revenue")));
        assertThat(text(robot, "dash-orders")).isEqualTo("0");
        await(() -> tableAmounts().isEmpty());
        assertThat(robot.lookup("#range-days").query().isVisible()).isFalse();

        robot.clickOn("#range-custom");
        await(() -> robot.lookup("#range-days").query().isVisible());

        robot.clickOn("#range-today");
        await(() -> money.format(new BigDecimal("13.00")).equals(text(robot, "dash-revenue")));
        assertThat(text(robot, "dash-orders")).isEqualTo("1");
    }
}
