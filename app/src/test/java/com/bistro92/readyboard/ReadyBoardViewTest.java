package com.bistro92.readyboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.Screenshots;
import com.bistro92.TestApp;
import com.bistro92.ViewFixture;
import com.bistro92.ViewTest;
import com.bistro92.orderstream.LocalOrderStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The guests' ready board, headless, against a real server: numbers only, moving as the kitchen works. */
@ViewTest
class ReadyBoardViewTest {

    ViewFixture fx;
    TestApp app;
    ReadyBoardModel model;
    ReadyBoardView view;

    @Start
    void start(Stage stage) throws Exception {
        app = fx.suite();
        model = fx.closeAfter(new ReadyBoardModel(
                new LocalOrderStream(app.app().orders(), app.app().events(), fx.background()), Platform::runLater));
        view = new ReadyBoardView(model);
        model.start();
        fx.show(stage, view, 1280, 720);
    }

    /** The texts of every label in one column (".ready-board-preparing" or ".ready-board-ready"). */
    private List<String> column(FxRobot robot, String styleClass) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Node column = robot.lookup(styleClass).query();
            return robot.from(column).lookup(".ready-board-number").queryAllAs(Label.class).stream()
                    .map(Label::getText).toList();
        }).get(10, TimeUnit.SECONDS);
    }

    private void await(FxRobot robot, String styleClass, List<String> expected) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> column(robot, styleClass).equals(expected));
        } catch (java.util.concurrent.TimeoutException e) {
            assertThat(column(robot, styleClass)).as(styleClass + " on screen").isEqualTo(expected);
        }
    }

    private void step(long id, String status, int version) throws Exception {
        assertThat(app.postJson("/api/v1/orders/" + id + "/status",
                "{\"status\":\"%s\",\"version\":%d}".formatted(status, version)).status()).isEqualTo(200);
    }

    @Test
    void anOrderMovesFromPreparingToReadyAndLeavesWhenDelivered(FxRobot robot) throws Exception {
        long first = app.placeOrder("Table 3", "Classic Burger", 2).get("id").asLong();
        long second = app.placeOrder("Table 7", "Espresso", 1).get("id").asLong();
        await(robot, ".ready-board-preparing", List.of(String.valueOf(first), String.valueOf(second)));
        assertThat(column(robot, ".ready-board-ready")).isEmpty();

        step(first, "RECEIVED", 1);
        step(first, "PREPARING", 2);
        step(first, "READY", 3);
        await(robot, ".ready-board-ready", List.of(String.valueOf(first)));
        assertThat(column(robot, ".ready-board-preparing")).containsExactly(String.valueOf(second));

        // nothing of the order but its number: no dish, no table
        List<String> everything = WaitForAsyncUtils.asyncFx(() -> robot.from(view).lookup(".label")
                .queryAllAs(Label.class).stream().map(Label::getText).toList()).get(10, TimeUnit.SECONDS);
        assertThat(String.join(" ", everything)).doesNotContain("Burger", "Espresso", "Table");

        step(first, "DELIVERED", 4);
        await(robot, ".ready-board-ready", List.of());
    }

    @Test
    void theNewestReadyComeFirstAndAnOpenedBoardShowsTheDaySoFar(FxRobot robot) throws Exception {
        long first = app.placeOrder("Table 1", "Espresso", 1).get("id").asLong();
        long second = app.placeOrder("Table 2", "Espresso", 1).get("id").asLong();
        for (long id : List.of(first, second)) {
            step(id, "RECEIVED", 1);
            step(id, "PREPARING", 2);
            step(id, "READY", 3);
        }
        await(robot, ".ready-board-ready", List.of(String.valueOf(second), String.valueOf(first)));

        // a board opened later reads the same from today's orders
        ReadyBoardModel later = new ReadyBoardModel(
                new LocalOrderStream(app.app().orders(), app.app().events(), fx.background()), Platform::runLater);
        later.start();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> List.copyOf(later.ready())).get(5, TimeUnit.SECONDS).size() == 2);
        assertThat(WaitForAsyncUtils.asyncFx(() -> List.copyOf(later.ready())).get(5, TimeUnit.SECONDS))
                .containsExactlyInAnyOrder(first, second);
        later.close();
    }

    @Test
    void aBusyEveningFitsOnTheBoard(FxRobot robot) throws Exception {
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 1; i <= 11; i++) {
            ids.add(app.placeOrder("Table " + i, "Espresso", 1).get("id").asLong());
        }
        for (long id : ids.subList(0, 5)) {
            step(id, "RECEIVED", 1);
            step(id, "PREPARING", 2);
            step(id, "READY", 3);
        }
        await(robot, ".ready-board-ready", ids.subList(0, 5).reversed().stream().map(String::valueOf).toList());
        await(robot, ".ready-board-preparing", ids.subList(5, 11).stream().map(String::valueOf).toList());

        // every number lies inside the window
        boolean allInside = WaitForAsyncUtils.asyncFx(() -> robot.from(view).lookup(".ready-board-number")
                .queryAllAs(Label.class).stream().allMatch(label -> view.getLayoutBounds()
                        .contains(view.sceneToLocal(label.localToScene(label.getBoundsInLocal())))))
                .get(10, TimeUnit.SECONDS);
        assertThat(allInside).isTrue();
        Screenshots.save(robot, view.getScene(), "ready-board.png");
    }
}
