package com.bistro92.kitchen;

import static com.bistro92.ViewFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.bistro92.TestApp;
import com.bistro92.TestClock;
import com.bistro92.ViewFixture;
import com.bistro92.ViewTest;
import com.bistro92.menu.Menu;
import com.bistro92.orderstream.LocalOrderStream;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.ToggleSwitch;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The kitchen's 86 panel: F8 opens it; a switch takes an item off every pad, and back on. */
@ViewTest
class EightySixPanelTest {

    ViewFixture fx;
    TestApp app;
    final TestClock clock = new TestClock();
    KitchenModel model;
    EightySixModel eightySix;
    KitchenView view;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        app = fx.suite();
        model = fx.closeAfter(new KitchenModel(
                new LocalOrderStream(app.app().orders(), app.app().events(), fx.background()), clock,
                Platform::runLater));
        eightySix = new EightySixModel(app.app().menu(), app.app().menuChanges(), app.app().stock(),
                app.app().events(), () -> null, Platform::runLater);
        eightySix.start();
        view = new KitchenView(model, Ageing.DEFAULT, () -> false, eightySix, app.app().money());
        fx.closeAfter(() -> Platform.runLater(view::dispose));
        model.start();
        fx.show(stage, view, 1280, 800);
        view.requestFocus();
    }

    private Node row(FxRobot robot, String name) {
        return robot.lookup(".eighty-six-row").queryAll().stream()
                .filter(n -> ((Menu.Item) n.getUserData()).name().equals(name)).findFirst().orElseThrow();
    }

    private boolean available(String name) {
        return app.app().menu().menu().categories().stream().flatMap(c -> c.items().stream())
                .filter(i -> i.name().equals(name)).findFirst().orElseThrow().available();
    }

    private int order(String item) throws Exception {
        return app.postJson("/api/order", "{\"table\":\"Table 5\",\"items\":[{\"name\":\"" + item
                + "\",\"quantity\":1}]}").status();
    }

    @Test
    void f8OpensThePanelAndASwitchEightySixesAnItemForEveryPad(FxRobot robot) throws Exception {
        assertThat(robot.lookup(".eighty-six").tryQuery()).isEmpty();
        robot.type(KeyCode.F8);
        await(() -> robot.lookup(".eighty-six").tryQuery().isPresent());
        robot.clickOn(robot.lookup(".eighty-six").lookup((Node n) -> n instanceof TextField).queryAs(TextField.class))
                .write("espre");
        await(() -> robot.lookup(".eighty-six-row").queryAll().size() == 1);

        robot.clickOn(robot.from(row(robot, "Espresso")).lookup((Node n) -> n instanceof ToggleSwitch)
                .queryAs(ToggleSwitch.class));
        await(() -> !available("Espresso"));
        await(() -> row(robot, "Espresso").getStyleClass().contains("eighty-six-off"));
        assertThat(order("Espresso")).as("an 86'd item is refused").isEqualTo(422);

        robot.clickOn(robot.from(row(robot, "Espresso")).lookup((Node n) -> n instanceof ToggleSwitch)
                .queryAs(ToggleSwitch.class));
        await(() -> available("Espresso"));
        assertThat(order("Espresso")).isEqualTo(201);
        robot.type(KeyCode.F8);
        await(() -> robot.lookup(".eighty-six").tryQuery().isEmpty());
    }

    @Test
    void theCountOnHandShowsOrdersTakeFromItLiveAndTypingOneSetsIt(FxRobot robot) throws Exception {
        int tart = app.app().menu().byName("Lemon Tart").orElseThrow().id();
        app.app().stock().create(new com.bistro92.stock.StockDraft("Lemon tarts", 2, java.util.List.of(tart)), null)
                .join();
        robot.type(KeyCode.F8);
        await(() -> robot.lookup(".eighty-six-count").tryQuery().isPresent());
        TextField count = robot.from(row(robot, "Lemon Tart")).lookup(".eighty-six-count").queryAs(TextField.class);
        assertThat(count.getText()).isEqualTo("2");
        assertThat(order("Lemon Tart")).isEqualTo(201);
        await(() -> robot.from(row(robot, "Lemon Tart")).lookup(".eighty-six-count").queryAs(TextField.class)
                .getText().equals("1"));
        assertThat(order("Lemon Tart")).isEqualTo(201);
        await(() -> row(robot, "Lemon Tart").getStyleClass().contains("eighty-six-off"));
        assertThat(order("Lemon Tart")).as("none left").isEqualTo(422);
        com.bistro92.Screenshots.save(robot, view.getScene(), "kitchen-86-counts.png");

        // a delivery of six: typed, then Enter
        TextField zero = robot.from(row(robot, "Lemon Tart")).lookup(".eighty-six-count").queryAs(TextField.class);
        robot.interact(() -> {
            zero.setText("6");
            zero.fireEvent(new javafx.event.ActionEvent());
        });
        await(() -> available("Lemon Tart"));
        assertThat(app.app().stock().levels().getFirst().onHand()).isEqualTo(6);
        await(() -> row(robot, "Lemon Tart").getStyleClass().contains("eighty-six-on"));
    }
}
