package com.bistro92.ui;

import static com.bistro92.ViewFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.Bistro92;
import com.bistro92.CheapStart;
import com.bistro92.CutText;
import com.bistro92.Launcher;
import com.bistro92.Options;
import com.bistro92.Screenshots;
import com.bistro92.TestClock;
import com.bistro92.ViewFixture;
import com.bistro92.ViewTest;
import com.bistro92.staff.FirstPin;
import com.bistro92.staff.Role;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every figure whole: the suite on 30 days of demo history, as a new manager first sees it, laid out
 * at 1280×720 and 1920×1080; no label on the dashboard, the report, the history, the tables or the
 * kitchen shows an ellipsis or drops a line, and no tile's figure runs out of its tile. Takes the
 * pictures of the dashboard at both sizes on the way.
 */
@ViewTest
class ScreensFitTest {

    private static final ZoneId ZONE = ZoneId.systemDefault();
    /** Late on a busy evening, so that today's figures are as long as they get. */
    private static final TestClock CLOCK = new TestClock(LocalDate.of(2026, 11, 28).atTime(LocalTime.of(21, 30))
            .atZone(ZONE).toInstant());

    @TempDir
    static Path data;
    /** One suite for the class: writing the demo's month takes most of a minute. */
    static Bistro92 app;
    ViewFixture fx;
    DesktopApp desktop;
    Stage stage;
    Shell shell;

    @BeforeAll
    static void startTheSuite() throws Exception {
        app = CheapStart.start(new Options(true, false, 0, 0, data, false, true, 30, false, false), CLOCK);
        new FirstPin(data).forget();
        int manager = app.staff().add("Alex Morgan", Role.MANAGER, null).join().member().id();
        app.staff().changePin(manager, "2468").join();
    }

    @AfterAll
    static void stopTheSuite() throws Exception {
        app.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        desktop = fx.closeAfter(new DesktopApp(Launcher.parts(app), data, false, CLOCK, Duration.ofHours(8)));
    }

    private void signIn(FxRobot robot) throws Exception {
        robot.interact(() -> shell = desktop.open(stage));
        await(() -> robot.lookup((Node n) -> n instanceof ListCell<?> c && "Alex Morgan".equals(c.getText()))
                .tryQuery().isPresent());
        robot.clickOn((Node n) -> n instanceof ListCell<?> c && "Alex Morgan".equals(c.getText()));
        robot.type(KeyCode.DIGIT2, KeyCode.DIGIT4, KeyCode.DIGIT6, KeyCode.DIGIT8).type(KeyCode.ENTER);
        await(() -> !robot.lookup(".sign-in").query().isVisible());
    }

    private void size(FxRobot robot, int width, int height) throws Exception {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        await(() -> stage.getScene().getWidth() == width && stage.getScene().getHeight() == height);
    }

    /** What is shown cut after the layout settles (read on the FX thread, after a pulse). */
    private List<String> cut(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> stage.getScene().getRoot().layout());
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(() -> CutText.under(stage.getScene().getRoot())).get(10, TimeUnit.SECONDS);
    }

    private static String text(FxRobot robot, String id) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup("#" + id).queryAs(Label.class).getText())
                .get(5, TimeUnit.SECONDS);
    }

    @Test
    void theDashboardShowsEveryFigureWholeAtBothSizes(FxRobot robot) throws Exception {
        signIn(robot);
        robot.interact(() -> shell.select("Dashboard"));
        await(() -> robot.lookup("#dash-revenue").tryQuery().isPresent() && !text(robot, "dash-orders").equals("–")
                && !text(robot, "dash-orders").equals("0"));
        List<List<String>> tables = new java.util.ArrayList<>();
        for (int[] size : new int[][] {{1280, 720}, {1920, 1080}}) {
            size(robot, size[0], size[1]);
            for (String range : List.of("today", "yesterday", "this-week", "this-month")) {
                String before = text(robot, "dash-revenue");
                robot.interact(() -> robot.lookup("#range-" + range).queryAs(javafx.scene.control.ToggleButton.class).fire());
                await(() -> robot.lookup("#range-" + range).queryAs(javafx.scene.control.ToggleButton.class)
                        .isSelected());
                WaitForAsyncUtils.waitForFxEvents();
                assertThat(cut(robot)).as("cut on the dashboard, %s at %dx%d (revenue was %s)", range, size[0],
                        size[1], before).isEmpty();
            }
            tables.add(WaitForAsyncUtils.asyncFx(() -> robot.lookup("#dash-by-table .dash-bar-name")
                    .queryAllAs(Label.class).stream().filter(Node::isVisible).map(Label::getText).toList())
                    .get(5, TimeUnit.SECONDS));
            Screenshots.save(robot, stage.getScene(), "dashboard-" + size[0] + "x" + size[1] + ".png");
        }
        // the month's twelve tables: all of them at 1920x1080; at 1280x720 the rest as "+ k more", none lost
        List<String> small = tables.getFirst();
        List<String> large = tables.getLast();
        assertThat(large).hasSize(12).noneMatch(n -> n.endsWith(" more"));
        assertThat(small).hasSizeLessThan(12).last().asString().matches("\\+ \\d+ more");
        int rest = Integer.parseInt(small.getLast().replaceAll("\\D", ""));
        assertThat(small.subList(0, small.size() - 1)).isEqualTo(large.subList(0, small.size() - 1));
        assertThat(small.size() - 1 + rest).isEqualTo(large.size());
    }

    @Test
    void theOtherScreensShowEveryFigureWholeAt1280By720(FxRobot robot) throws Exception {
        signIn(robot);
        size(robot, 1280, 720);

        robot.interact(() -> shell.select("Reports"));
        await(() -> robot.lookup("#report-day").tryQuery().isPresent());
        LocalDate yesterday = LocalDate.now(CLOCK).minusDays(1);
        robot.interact(() -> robot.lookup("#report-day").queryAs(DatePicker.class).setValue(yesterday));
        await(() -> !robot.lookup("#report-tile-orders .report-tile-value").queryAs(Label.class).getText().isEmpty()
                && robot.lookup(".report-subtitle").queryAs(Label.class).getText().contains(
                        String.valueOf(yesterday.getDayOfMonth())));
        assertThat(cut(robot)).as("cut on the Z report").isEmpty();
        Screenshots.save(robot, stage.getScene(), "z-report-1280x720.png");

        robot.interact(() -> shell.select("History"));
        await(() -> robot.lookup("#history-count").tryQuery().isPresent()
                && !robot.lookup("#history-count").queryAs(Label.class).getText().isEmpty());
        // an order's items are a list of words in a fixed-width table column, not a figure: they give way
        assertThat(cut(robot).stream().filter(c -> !c.contains(".table-cell")).toList()).as("cut on the history")
                .isEmpty();
        Screenshots.save(robot, stage.getScene(), "history-1280x720.png");

        robot.interact(() -> shell.select("Tables & Pads"));
        await(() -> robot.lookup(".tables").tryQuery().isPresent());
        assertThat(cut(robot)).as("cut on Tables & Pads").isEmpty();
        Screenshots.save(robot, stage.getScene(), "tables-1280x720.png");

        robot.interact(() -> shell.select("Kitchen"));
        await(() -> robot.lookup(".kitchen").tryQuery().isPresent());
        assertThat(cut(robot)).as("cut on the kitchen").isEmpty();
        Screenshots.save(robot, stage.getScene(), "kitchen-1280x720.png");
    }
}
