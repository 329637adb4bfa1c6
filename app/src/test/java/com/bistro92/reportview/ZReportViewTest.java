package com.bistro92.reportview;

import static com.bistro92.ViewFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.Launcher;
import com.bistro92.Screenshots;
import com.bistro92.TestApp;
import com.bistro92.TestClock;
import com.bistro92.ViewFixture;
import com.bistro92.ViewTest;
import com.bistro92.money.Money;
import com.bistro92.report.History;
import com.bistro92.report.Trade;
import com.bistro92.report.ZReport;
import com.bistro92.staff.FirstPin;
import com.bistro92.ui.DesktopApp;
import com.bistro92.ui.Shell;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Reports in the whole desktop: a manager sees today's report follow a new order live, picks the
 * day before and sees its figures, and saves it as PDF and CSV; a server is not shown the section.
 */
@ViewTest
class ZReportViewTest {

    ViewFixture fx;
    @TempDir
    Path saved;
    final TestClock clock = new TestClock();
    TestApp app;
    Trade trade;
    DesktopApp desktop;
    Stage stage;
    Shell shell;
    LocalDate busyDay;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        app = fx.suite(clock);
        new FirstPin(app.data()).forget();
        trade = new Trade(app, clock);
        app.app().staff().changePin(trade.manager, "2468").join();
        app.app().staff().changePin(trade.server, "1357").join();
        busyDay = LocalDate.now(clock).plusDays(1);
        new History(trade, new Random(27)).play(busyDay, 1);
        desktop = fx.closeAfter(new DesktopApp(Launcher.parts(app.app()), app.data(), false, clock,
                Duration.ofMinutes(30)));
    }

    private void signIn(FxRobot robot, String name, KeyCode... pin) throws Exception {
        robot.interact(() -> shell = desktop.open(stage));
        await(() -> robot.lookup((Node n) -> n instanceof ListCell<?> c && name.equals(c.getText())).tryQuery()
                .isPresent());
        robot.clickOn((Node n) -> n instanceof ListCell<?> c && name.equals(c.getText()));
        robot.type(pin).type(KeyCode.ENTER);
        await(() -> !robot.lookup(".sign-in").query().isVisible());
    }

    private static String tile(FxRobot robot, String name) {
        return robot.lookup("#report-tile-" + name + " .report-tile-value").queryAs(Label.class).getText();
    }

    /** Whether a label on the card says {@code text}; read on the FX thread, which may be redrawing the card. */
    private static boolean cardSays(FxRobot robot, String card, String text) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup("#" + card + " .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> text.equals(l.getText()))).get();
    }

    @Test
    void aManagerSeesTodayLiveThenPicksTheBusyDayAndSavesIt(FxRobot robot) throws Exception {
        signIn(robot, "Alex Morgan", KeyCode.DIGIT2, KeyCode.DIGIT4, KeyCode.DIGIT6, KeyCode.DIGIT8);
        robot.interact(() -> shell.select("Reports"));
        LocalDate today = LocalDate.now(clock);
        ZReport now = app.app().reports().of(today);
        await(() -> robot.lookup("#report-tile-orders").tryQuery().isPresent()
                && tile(robot, "orders").equals(String.valueOf(now.totals().orders())));
        assertThat(robot.lookup(".report-subtitle").queryAs(Label.class).getText()).contains("follows the day live");

        trade.order("Table 11", Trade.line(3, "Craft Beer"));
        await(() -> tile(robot, "orders").equals(String.valueOf(now.totals().orders() + 1)));
        Money money = app.app().money();
        assertThat(tile(robot, "net-sales")).isEqualTo(money.format(now.totals().revenue().add(
                new java.math.BigDecimal("19.50"))));

        // picked on the FX thread: the report redraws its cards as the day's orders arrive, and a
        // robot walking the scene from the test thread meanwhile once met a list as it changed
        DatePicker picker = WaitForAsyncUtils.asyncFx(() -> robot.lookup("#report-day").queryAs(DatePicker.class)).get();
        robot.interact(() -> picker.setValue(busyDay));
        ZReport busy = app.app().reports().of(busyDay);
        await(() -> tile(robot, "orders").equals(String.valueOf(busy.totals().orders())));
        assertThat(busy.totals().orders()).isGreaterThan(40);
        assertThat(tile(robot, "net-sales")).isEqualTo(money.format(busy.totals().revenue()));
        assertThat(tile(robot, "covers")).isEqualTo(String.valueOf(busy.totals().covers()));
        assertThat(tile(robot, "voids")).isEqualTo(money.format(busy.totals().voided()));
        assertThat(robot.lookup("#report-verdict").queryAs(Label.class).getText()).contains("Balanced");
        assertThat(busy.voids().entries()).extracting(ZReport.Adjustment::askedBy).contains("Sam Rivera");
        await(() -> cardSays(robot, "report-voids", "Sam Rivera"));
        await(() -> cardSays(robot, "report-categories", money.format(busy.categories().getFirst().amount())));
        await(() -> cardSays(robot, "report-hours", busy.busiestHour().orders() + " orders"));
        assertThat(robot.lookup(".report-subtitle").queryAs(Label.class).getText())
                .doesNotContain("live");

        ZReportView view = robot.lookup(".report").queryAs(ZReportView.class);
        robot.interact(view::requestFocus);
        Screenshots.save(robot, stage.getScene(), "z-report.png");

        Path pdf = saved.resolve("z.pdf");
        Path csv = saved.resolve("z.csv");
        robot.interact(() -> view.saveTo(pdf));
        await(() -> robot.lookup("#report-notice").queryAs(Label.class).getText().startsWith("PDF saved"));
        robot.interact(() -> view.saveTo(csv));
        await(() -> robot.lookup("#report-notice").queryAs(Label.class).getText().startsWith("CSV saved"));
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes());
        assertThat(Files.readString(csv)).contains("summary,Net sales,,," + busy.totals().revenue().toPlainString());
        assertThat(Files.list(saved)).as("no part files left").hasSize(2);
    }

    @Test
    void aHiddenReportOnlyNotesAChangeAndCatchesUpWhenShown(FxRobot robot) throws Exception {
        ZReportModel model = new ZReportModel(app.app().reports(), app.app().events(), app.app().money(),
                javafx.application.Platform::runLater, Runnable::run);
        try (model) {
            robot.interact(model::start);
            await(() -> model.reportProperty().get() != null);
            int before = model.reportProperty().get().totals().orders();
            robot.interact(() -> model.active(false));
            java.util.concurrent.CountDownLatch heard = new java.util.concurrent.CountDownLatch(1);
            // subscribed after the model: when this hears the order, the model has heard it too
            try (AutoCloseable after = app.app().events().subscribe(com.bistro92.order.OrderEvent.class,
                    e -> heard.countDown())) {
                trade.order("Table 12", Trade.line(1, "Espresso"));
                assertThat(heard.await(10, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(model.stale()).isTrue();
            assertThat(model.due()).as("nothing computed while hidden").isFalse();
            assertThat(model.reportProperty().get().totals().orders()).isEqualTo(before);

            robot.interact(() -> model.active(true));
            await(() -> model.reportProperty().get().totals().orders() == before + 1);
            assertThat(model.stale()).isFalse();
        }
    }

    @Test
    void aReportDueWhenTheScreenClosesIsNotComputed() throws Exception {
        java.util.concurrent.BlockingQueue<Runnable> fxTasks = new java.util.concurrent.LinkedBlockingQueue<>();
        java.util.concurrent.ExecutorService background = java.util.concurrent.Executors.newSingleThreadExecutor();
        ZReportModel model = new ZReportModel(app.app().reports(), app.app().events(), app.app().money(),
                fxTasks::add, background);
        try {
            model.start();
            while (model.reportProperty().get() == null) {
                Runnable task = fxTasks.poll(10, TimeUnit.SECONDS);
                assertThat(task).as("the first report arrives").isNotNull();
                task.run();
            }
            trade.order("Table 12", Trade.line(1, "Espresso"));
            Runnable due = fxTasks.poll(10, TimeUnit.SECONDS);
            assertThat(due).as("the order made a fresh report due").isNotNull();

            model.close(); // the screen closes, then its suite stops its background threads
            background.shutdownNow();
            due.run(); // before the fix: RejectedExecutionException on the FX thread

            assertThat(model.computingProperty().get()).isFalse();
            assertThat(fxTasks).isEmpty();
        } finally {
            model.close();
            background.shutdownNow();
        }
    }

    @Test
    void aServerIsNotShownReports(FxRobot robot) throws Exception {
        signIn(robot, "Sam Rivera", KeyCode.DIGIT1, KeyCode.DIGIT3, KeyCode.DIGIT5, KeyCode.DIGIT7);
        ToggleButton reports = robot.lookup(".shell-section").queryAllAs(ToggleButton.class).stream()
                .filter(b -> b.getText().startsWith("Reports")).findFirst().orElseThrow();
        assertThat(reports.isVisible()).isFalse();
        robot.press(KeyCode.SHORTCUT, KeyCode.DIGIT6).release(KeyCode.DIGIT6, KeyCode.SHORTCUT);
        await(() -> robot.lookup("#shell-refused").query().isVisible());
        assertThat(robot.lookup("#shell-refused").queryAs(Label.class).getText()).startsWith("Reports is for managers");
        assertThat(robot.lookup(".report").tryQuery()).as("the report stays shut").isEmpty();
    }
}
