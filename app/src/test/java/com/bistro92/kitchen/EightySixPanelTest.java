package com.bistro92.kitchen;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.bistro92.TestApp;
import com.bistro92.TestClock;
import com.bistro92.menu.Menu;
import com.bistro92.orderstream.LocalOrderStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.ToggleSwitch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The kitchen's 86 panel: F8 opens it; a switch takes an item off every pad, and back on. */
@ExtendWith(ApplicationExtension.class)
class EightySixPanelTest {

    @TempDir
    Path data;
    TestApp app;
    final TestClock clock = new TestClock();
    final ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();
    KitchenModel model;
    EightySixModel eightySix;
    KitchenView view;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        app = TestApp.start(data);
        model = new KitchenModel(
                new LocalOrderStream(app.app().orders(), app.app().events(), background), clock, Platform::runLater);
        eightySix = new EightySixModel(app.app().menu(), app.app().menuChanges(), app.app().events(), () -> null,
                Platform::runLater);
        eightySix.start();
        view = new KitchenView(model, Ageing.DEFAULT, () -> false, eightySix, app.app().money());
        model.start();
        stage.setScene(new Scene(view, 1280, 800));
        stage.show();
        view.requestFocus();
    }

    @AfterEach
    void stop() throws Exception {
        Platform.runLater(view::dispose);
        model.close();
        background.shutdownNow();
        app.close();
    }

    private static void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
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
}
