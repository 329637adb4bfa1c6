package com.bistro92.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.Bistro92;
import com.bistro92.FeedClient;
import com.bistro92.Launcher;
import com.bistro92.Options;
import com.bistro92.Screenshots;
import com.bistro92.history.HistoryRow;
import com.bistro92.order.NewOrder;
import com.bistro92.order.OrderSource;
import com.bistro92.order.OrderStatus;
import com.bistro92.order.ServiceCall;
import com.bistro92.server.Limits;
import com.bistro92.staff.FirstPin;
import com.bistro92.staff.Role;
import com.bistro92.staff.Staff;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The pictures of docs/ that no other UI test takes: the whole suite, headless, on a new data folder
 * with 30 days of demo history and a few live tables, walked through as a manager would (the first
 * PIN, the sign-in, then every section by its button in the navigation). Each picture is taken only
 * once its screen shows what it is meant to show, so a screen that no longer opens fails here.
 *
 * <p>Not part of {@code ./mvnw verify} (its name does not end in Test: writing the history alone takes
 * 20 to 60 s); docs/pictures.sh runs it with the picture-taking tests into one folder.
 */
@ExtendWith(ApplicationExtension.class)
class DocsPictures {

    private static final int HISTORY_DAYS = 30;

    Path data;
    Bistro92 suite;
    DesktopApp desktop;
    Stage stage;
    FeedClient padFeed;
    /** Tonight's order of Table 5, received and being prepared: the history shows its timeline. */
    long preparing;
    final HttpClient http = HttpClient.newHttpClient();

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** Off the FX thread, and not in {@code @Start}: writing the history outlasts TestFX's set-up time. */
    private void startTheSuite() throws Exception {
        // one fixed name, as the status line shows it in every picture; it is this run's own folder
        data = Path.of(System.getProperty("java.io.tmpdir"), "bistro92-pictures");
        deleteData();
        Files.createDirectories(data);
        suite = Bistro92.start(new Options(true, false, 0, 0, data, false, false, HISTORY_DAYS, false, false),
                Clock.systemDefaultZone(), Bistro92.Storage.DEFAULT, Limits.DEFAULT);
        Staff staff = suite.staff();
        int alex = staff.add("Alex Moreau", Role.MANAGER, null).join().member().id();
        staff.changePin(alex, "8642").join();
        staff.changePin(staff.add("Sam Okafor", Role.SERVER, null).join().member().id(), "1357").join();
        staff.add("Robin Lee", Role.KITCHEN, null).join();
        liveTables();
    }

    /** Tonight so far: four parties, their orders at every stage, a pad online and two calls. */
    private void liveTables() throws Exception {
        suite.sessions().seat(3, 5).join();
        suite.sessions().seat(5, 3).join();
        suite.sessions().seat(9, 3).join();
        suite.sessions().seat(10, 4).join();
        place("Table 3", "Steak Frites", 2, "Margherita Pizza", 2);
        long ready = place("Table 5", "Classic Burger", 2, "Iced Tea", 2);
        preparing = ready;
        place("Table 9", "Caesar Salad", 1, "Espresso", 2);
        place("Table 10", "Grilled Salmon", 2, "House Red Wine", 2);
        suite.orders().changeStatus(ready, OrderStatus.RECEIVED, 1).join();
        suite.orders().changeStatus(ready, OrderStatus.PREPARING, 2).join();
        suite.orders().requestService(5, null, ServiceCall.Kind.WAITER).join();
        suite.orders().requestService(9, null, ServiceCall.Kind.BILL).join();

        String code = suite.pairing().newCode(5).join().code();
        HttpResponse<String> paired = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + suite.port()
                        + "/api/v1/pads/pair")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"" + code + "\",\"name\":\"Pad 5\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(paired.statusCode()).as(paired.body()).isEqualTo(201);
        String token = new ObjectMapper().readTree(paired.body()).get("token").asText();
        padFeed = FeedClient.connect(http, URI.create("ws://127.0.0.1:" + suite.port() + "/ws/orders"),
                suite.json(), token);
        padFeed.next();
    }

    private long place(String table, String item, int quantity, String other, int otherQuantity) {
        return suite.orders().place(new NewOrder(table, List.of(new NewOrder.Line(item, quantity, ""),
                new NewOrder.Line(other, otherQuantity, "")), "", OrderSource.SEED, null)).join().order().id();
    }

    @AfterEach
    void stop() throws Exception {
        if (padFeed != null) {
            padFeed.close();
        }
        if (desktop != null) {
            desktop.close();
        }
        if (suite != null) {
            suite.close();
        }
        deleteData();
    }

    private void deleteData() throws Exception {
        com.bistro92.Folders.delete(data);
    }

    private static void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
    }

    private void save(FxRobot robot, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(robot, stage.getScene(), name);
    }

    /** Opens a section by its button in the navigation, as a click would, and waits until it shows. */
    private Node open(FxRobot robot, String section) throws Exception {
        ToggleButton button = robot.lookup((Node n) -> n instanceof ToggleButton b
                && b.getText().startsWith(section + " ")).queryAs(ToggleButton.class);
        robot.interact(button::fire);
        await(button::isSelected);
        Node view = ((javafx.scene.layout.BorderPane) robot.lookup(".shell").query()).getCenter();
        assertThat(view).as(section).isNotNull();
        return view;
    }

    private static String text(FxRobot robot, String query) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup(query).queryAs(Labeled.class).getText()).get();
    }

    @Test
    void everyScreenOfTheSuite(FxRobot robot) throws Exception {
        startTheSuite();
        String pin = new FirstPin(data).read().orElseThrow();
        desktop = new DesktopApp(Launcher.parts(suite), data, false, Clock.systemDefaultZone(), Duration.ofMinutes(30));
        robot.interact(() -> desktop.open(stage, false));

        await(() -> !robot.lookup(".first-pin-value").queryAll().isEmpty());
        assertThat(text(robot, ".first-pin-value")).isEqualTo(pin);
        Window dialog = robot.lookup(".first-pin-value").query().getScene().getWindow();
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.saveWithDialog(robot, stage.getScene(), dialog.getScene(), "first-pin.png");
        robot.clickOn((Node n) -> n instanceof Button b && b.getText().equals(FirstPinDialog.NOTED.getText()));

        await(() -> robot.lookup(".sign-in-name").queryAll().size() >= 4);
        robot.clickOn((Node n) -> n instanceof javafx.scene.control.ListCell<?> c && "Alex Moreau".equals(c.getText()));
        for (char c : "86".toCharArray()) {
            robot.clickOn("#pin-" + c);
        }
        save(robot, "sign-in.png");
        for (char c : "42".toCharArray()) {
            robot.clickOn("#pin-" + c);
        }
        robot.clickOn("#pin-ok");
        await(() -> !robot.lookup(".sign-in").query().isVisible());

        open(robot, "Dashboard");
        await(() -> text(robot, "#dash-revenue").matches(".*\\d.*"));
        String today = text(robot, "#dash-revenue");
        save(robot, "app-window.png");
        robot.clickOn((Node n) -> n instanceof ToggleButton b && "This month".equals(b.getText()));
        await(() -> !text(robot, "#dash-revenue").equals(today));
        save(robot, "dashboard.png");

        open(robot, "Tables & Pads");
        await(() -> robot.lookup(".table-tile").queryAll().size() == 12
                && robot.lookup(".table-call").queryAll().size() == 2
                && !robot.lookup(".pad-online").queryAll().isEmpty());
        save(robot, "tables.png");
        Node table5 = robot.lookup(".table-tile").match((Node n) -> !robot.from(n)
                .lookup((Node l) -> l instanceof Label label && "Table 5".equals(label.getText())).queryAll().isEmpty())
                .query();
        robot.interact(() -> robot.from(table5).lookup((Node n) -> n instanceof Button b
                && "Pair pad".equals(b.getText())).queryButton().fire());
        await(() -> !robot.lookup(".pair-code").queryAll().isEmpty());
        save(robot, "pairing.png");
        robot.clickOn("Done");
        suite.pairing().pause(Instant.now().plusSeconds(60), 30);
        await(() -> robot.lookup(".tables-paused").query().isVisible());
        save(robot, "pairing-paused.png");

        open(robot, "Menu");
        robot.lookup((Node n) -> n instanceof Labeled l && "Classic Burger".equals(l.getText())).tryQuery()
                .ifPresent(robot::clickOn);
        save(robot, "menu-editor.png");

        open(robot, "History");
        TableView<HistoryRow> history = robot.lookup("#history-table-view").query();
        await(() -> history.getItems().size() >= 100);
        robot.clickOn(robot.lookup((Node n) -> n instanceof TableCell<?, ?> cell
                && ("#" + preparing).equals(cell.getText())).queryAs(Node.class));
        // the detail is drawn again as the order's events arrive: wait for the one with its steps
        await(() -> robot.lookup(".history-detail .label").queryAllAs(Label.class).stream()
                .map(Label::getText).filter(t -> t.startsWith("Placed at") || t.startsWith("Received")
                        || t.startsWith("Bumped to")).count() >= 3);
        save(robot, "history.png");

        open(robot, "Staff");
        await(() -> robot.lookup((Node n) -> n instanceof Labeled l && "Robin Lee".equals(l.getText()))
                .tryQuery().isPresent());
        save(robot, "staff.png");

        open(robot, "Settings");
        save(robot, "settings.png");
    }
}
