package com.bistro92.kitchen;

import com.bistro92.ViewFixture;
import com.bistro92.ViewTest;
import com.bistro92.menu.Stations;

import static com.bistro92.ViewFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.bistro92.TestApp;
import com.bistro92.TestClock;
import com.bistro92.order.Order;
import com.bistro92.order.OrderItem;
import com.bistro92.order.OrderStatus;
import com.bistro92.orderstream.LocalOrderStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Station displays, expo and the line cursor: real kitchen views, headless, against a real server
 * and H2 in the same JVM. In the demo menu the burger is the GRILL's, espresso and beer the BAR's.
 */
@ViewTest
class KitchenStationsTest {

    ViewFixture fx;
    TestApp app;
    final TestClock clock = new TestClock();
    final List<Runnable> closing = new ArrayList<>();
    final Remembered remembered = new Remembered();
    Stage stage;
    KitchenModel model;
    KitchenView view;

    /** A station memory that keeps what it is told, to see that the picker's choice is kept. */
    static final class Remembered implements StationMemory {
        volatile Stations saved;

        @Override
        public Stations load() {
            return saved == null ? Stations.ALL : saved;
        }

        @Override
        public void save(Stations chosen) {
            saved = chosen;
        }
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        app = fx.suite();
        model = fx.closeAfter(kitchenModel());
        view = new KitchenView(model, Ageing.DEFAULT, () -> false);
        fx.closeAfter(() -> Platform.runLater(view::dispose));
        view.rememberStations(remembered);
        model.start();
        fx.show(stage, view, 1280, 800);
        view.requestFocus();
    }

    private KitchenModel kitchenModel() {
        return new KitchenModel(new LocalOrderStream(app.app().orders(), app.app().events(), fx.background()), clock,
                Platform::runLater);
    }

    @AfterEach
    void stop() throws Exception {
        closing.forEach(Runnable::run);
    }

    /** The cards on the display's page, in the order on screen (the scene's order may differ). */
    private static List<TicketCard> cards(FxRobot robot, KitchenView display) {
        try {
            return WaitForAsyncUtils.asyncFx(display::cardsOnPage).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static TicketCard card(FxRobot robot, KitchenView display, long id) {
        return cards(robot, display).stream().filter(c -> c.order() != null && c.order().id() == id).findFirst()
                .orElse(null);
    }

    private static List<String> texts(FxRobot robot, Node root) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.from(root).lookup(".label").queryAllAs(Label.class).stream()
                .filter(Node::isVisible).map(Label::getText).toList()).get(5, TimeUnit.SECONDS);
    }

    private Order stored(long id) {
        return app.app().orders().find(id).orElseThrow();
    }

    private long order(String table, String items) throws Exception {
        return app.postJson("/api/order", "{\"table\":\"" + table + "\",\"items\":[" + items + "]}").body().get("id")
                .asLong();
    }

    private static String item(String name, int quantity) {
        return "{\"name\":\"" + name + "\",\"quantity\":" + quantity + "}";
    }

    @Test
    void aStationDisplayShowsOnlyItsLinesCountsTheOthersAndItsBumpDoesItsLines(FxRobot robot) throws Exception {
        robot.interact(() -> model.stations(Stations.parse("GRILL")));
        long drinks = order("Table 5", item("Espresso", 2));
        long mixed = order("Table 4", item("Classic Burger", 2) + "," + item("Espresso", 1) + "," + item("Craft Beer", 3));
        await(() -> card(robot, view, mixed) != null && card(robot, view, mixed).order().status() == OrderStatus.RECEIVED);
        // the drinks came first, so this screen has heard of them by now: not the grill's, not on its screen
        assertThat(cards(robot, view)).hasSize(1);
        assertThat(stored(drinks).status()).isEqualTo(OrderStatus.PLACED);
        assertThat(texts(robot, card(robot, view, mixed))).contains("2× Classic Burger", "+2 at BAR")
                .doesNotContain("1× Espresso", "3× Craft Beer");
        assertThat(model.allDay()).containsExactly(new AllDay.Line("Classic Burger", 2));
        assertThat(texts(robot, robot.lookup(".kitchen-bar").query())).contains("GRILL", "Stations");

        // 1 is "the grill's lines on ticket 1 are done": the bar's are still to make
        robot.push(KeyCode.DIGIT1);
        await(() -> stored(mixed).items().getFirst().done());
        assertThat(stored(mixed).items()).extracting(OrderItem::done).containsExactly(true, false, false);
        assertThat(stored(mixed).status()).isEqualTo(OrderStatus.PREPARING);
        await(() -> cards(robot, view).isEmpty());
        assertThat(model.allDay()).isEmpty();

        // Ctrl+Z gives the grill its lines back
        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        await(() -> !stored(mixed).items().getFirst().done());
        await(() -> card(robot, view, mixed) != null);
    }

    @Test
    void theGuestsAllergyIsARedBandOnEveryStationWithALineOfItAndTheLineThatContainsItSaysSo(FxRobot robot)
            throws Exception {
        long id = app.postJson("/api/order", """
                {"table":"Table 6","items":[{"name":"Classic Burger","quantity":1},{"name":"Espresso","quantity":2}],
                 "allergy":{"allergens":["milk"],"note":"severe"}}""").body().get("id").asLong();
        await(() -> card(robot, view, id) != null);
        assertThat(texts(robot, card(robot, view, id))).as("the whole kitchen")
                .contains("⚠ ALLERGY: MILK · SEVERE", "⚠ CONTAINS MILK");

        // the bar's espresso contains no milk, yet the bar is making the allergic table's order
        robot.interact(() -> model.stations(Stations.parse("BAR")));
        await(() -> card(robot, view, id) != null && !texts(robot, card(robot, view, id)).contains("1× Classic Burger"));
        assertThat(texts(robot, card(robot, view, id))).contains("⚠ ALLERGY: MILK · SEVERE",
                "2× Espresso").doesNotContain("⚠ CONTAINS MILK");
        robot.interact(() -> model.stations(Stations.parse("GRILL")));
        await(() -> card(robot, view, id) != null && texts(robot, card(robot, view, id)).contains("1× Classic Burger"));
        assertThat(texts(robot, card(robot, view, id))).contains("⚠ ALLERGY: MILK · SEVERE",
                "⚠ CONTAINS MILK");
        assertThat(card(robot, view, id).getStyleClass()).contains("ticket-has-allergy");

        // an unknown allergen is refused, and nothing is written
        var refused = app.postJson("/api/order", """
                {"table":"Table 6","items":[{"name":"Espresso","quantity":1}],"allergy":{"allergens":["walnut"]}}""");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().toString()).contains("allergy.allergens[0]", "walnut is not one of the 14 allergens");
        assertThat(app.app().orders().find(id + 1)).isEmpty();
    }

    @Test
    void aStationBumpLeavesHeldLinesAndRushesStillComeFirst(FxRobot robot) throws Exception {
        robot.interact(() -> model.stations(Stations.parse("GRILL")));
        long first = order("Table 1", item("Classic Burger", 1));
        long second = order("Table 2", item("Classic Burger", 1) + "," + item("Grilled Salmon", 1) + ","
                + item("Espresso", 1));
        await(() -> cards(robot, view).size() == 2);
        assertThat(app.postJson("/api/v1/orders/" + second + "/urgent", "{\"urgent\":true}").status()).isEqualTo(200);
        assertThat(app.postJson("/api/v1/orders/" + second + "/hold", "{\"lines\":[2]}").status()).isEqualTo(200);
        await(() -> cards(robot, view).getFirst().order().id() == second
                && cards(robot, view).getFirst().order().items().get(1).held());
        assertThat(texts(robot, cards(robot, view).getFirst())).contains("RUSH", "HELD – waiting to be fired");
        assertThat(model.allDay()).as("a held line is not pending").containsExactly(
                new AllDay.Line("Classic Burger", 2));

        robot.push(KeyCode.DIGIT1);
        await(() -> stored(second).items().getFirst().done());
        assertThat(stored(second).items()).extracting(OrderItem::done).containsExactly(true, false, false);
        assertThat(stored(second).items().get(1).held()).isTrue();
        // its held salmon keeps the ticket on the grill's screen, where a bump has nothing left to do
        await(() -> card(robot, view, second) != null && card(robot, view, second).order().items().getFirst().done());
        int version = stored(second).version();
        robot.push(KeyCode.DIGIT1);
        await(() -> model.noticeProperty().get().contains("held"));
        assertThat(stored(second).version()).isEqualTo(version);
        assertThat(card(robot, view, first)).isNotNull();
    }

    @Test
    void theArrowKeysMoveALineCursorAndSpaceOrEnterMarksItsLine(FxRobot robot) throws Exception {
        long first = order("Table 1", item("Classic Burger", 1) + "," + item("Espresso", 1));
        long second = order("Table 2", item("Craft Beer", 1));
        await(() -> cards(robot, view).size() == 2);
        assertThat(robot.lookup(".ticket-line-cursor").queryAll()).as("no cursor until an arrow key").isEmpty();

        robot.push(KeyCode.DOWN);
        assertThat(view.cursorAt()).isEqualTo(first + "/1");
        robot.push(KeyCode.DOWN);
        assertThat(view.cursorAt()).isEqualTo(first + "/2");
        assertThat(robot.lookup(".ticket-line-cursor").queryAll()).hasSize(1);
        robot.push(KeyCode.SPACE);
        await(() -> stored(first).items().get(1).done());
        assertThat(stored(first).items().getFirst().done()).isFalse();
        await(() -> card(robot, view, first).order().items().get(1).done());
        assertThat(view.cursorAt()).as("the cursor stays on its line").isEqualTo(first + "/2");

        robot.push(KeyCode.ENTER);
        await(() -> !stored(first).items().get(1).done());

        robot.push(KeyCode.RIGHT);
        assertThat(view.cursorAt()).isEqualTo(second + "/1");
        robot.push(KeyCode.ENTER);
        // its only line done: the ticket is READY and leaves; the cursor keeps its place in the queue
        await(() -> stored(second).status() == OrderStatus.READY);
        await(() -> card(robot, view, second) == null);
        assertThat(view.cursorAt()).isEqualTo(first + "/1");
    }

    @Test
    void thePickerChoosesStationsAndTheChoiceIsRemembered(FxRobot robot) throws Exception {
        long id = order("Table 3", item("Classic Burger", 1) + "," + item("Espresso", 1));
        await(() -> card(robot, view, id) != null);
        robot.clickOn(".kitchen-stations");
        robot.clickOn("BAR");
        await(() -> model.stationsProperty().get().equals(Stations.parse("BAR")));
        assertThat(remembered.saved).isEqualTo(Stations.parse("BAR"));
        await(() -> texts(robot, card(robot, view, id)).contains("+1 at GRILL"));
        assertThat(texts(robot, card(robot, view, id))).contains("1× Espresso").doesNotContain("1× Classic Burger");
        robot.clickOn("All stations");
        await(() -> model.stationsProperty().get().all());
        assertThat(remembered.saved).isEqualTo(Stations.ALL);
        await(() -> texts(robot, card(robot, view, id)).contains("1× Classic Burger"));
    }

    /**
     * The grill's display and the bar's, below the expo's, in the same window: one window, because a
     * second one would outlive the test in the toolkit that every test class shares.
     */
    private List<KitchenView> grillAndBar(FxRobot robot) {
        List<KitchenView> views = new ArrayList<>();
        robot.interact(() -> {
            VBox all = new VBox();
            view.getScene().setRoot(new VBox());
            all.getChildren().add(view);
            for (String station : List.of("GRILL", "BAR")) {
                KitchenModel m = kitchenModel();
                m.stations(Stations.parse(station));
                KitchenView v = new KitchenView(m, Ageing.DEFAULT, () -> false);
                all.getChildren().add(v);
                m.start();
                views.add(v);
                closing.add(() -> {
                    Platform.runLater(v::dispose);
                    try {
                        m.close();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
            }
            all.getChildren().forEach(v -> VBox.setVgrow(v, Priority.ALWAYS));
            stage.setScene(new Scene(all, 1280, 800));
        });
        return views;
    }

    @Test
    void expoSeesEachStationFinishAndTheLastStationBumpMakesTheTicketReady(FxRobot robot) throws Exception {
        robot.interact(() -> model.stations(Stations.EXPO));
        List<KitchenView> stations = grillAndBar(robot);
        KitchenView grill = stations.get(0);
        KitchenView bar = stations.get(1);
        long id = order("Table 8", item("Classic Burger", 1) + "," + item("Espresso", 2) + "," + item("Craft Beer", 1));
        await(() -> card(robot, view, id) != null && card(robot, grill, id) != null && card(robot, bar, id) != null);
        await(() -> texts(robot, card(robot, view, id)).containsAll(List.of("GRILL 1 left", "BAR 2 left")));
        assertThat(texts(robot, card(robot, view, id))).as("expo sees the whole ticket")
                .contains("1× Classic Burger", "2× Espresso", "1× Craft Beer");

        // a click on the card, not on one of its lines (that would mark only that line)
        robot.clickOn(card(robot, grill, id).lookup(".ticket-header"));
        await(() -> card(robot, grill, id) == null);
        await(() -> texts(robot, card(robot, view, id)).containsAll(List.of("GRILL ✓", "BAR 2 left")));
        assertThat(stored(id).status()).isEqualTo(OrderStatus.PREPARING);

        robot.clickOn(card(robot, bar, id).lookup(".ticket-header"));
        await(() -> stored(id).status() == OrderStatus.READY);
        await(() -> card(robot, view, id) == null && card(robot, bar, id) == null);
        assertThat(stored(id).items()).allMatch(OrderItem::done);
    }

    @Test
    void anExpoBumpMakesTheTicketReadyAtOnce(FxRobot robot) throws Exception {
        robot.interact(() -> model.stations(Stations.EXPO));
        long id = order("Table 6", item("Classic Burger", 1) + "," + item("Espresso", 1));
        await(() -> card(robot, view, id) != null && card(robot, view, id).order().status() == OrderStatus.RECEIVED);
        assertThat(texts(robot, robot.lookup(".kitchen-bar").query())).contains("Expo");

        robot.push(KeyCode.DIGIT1);
        await(() -> stored(id).status() == OrderStatus.READY);
        await(() -> card(robot, view, id) == null);
        assertThat(stored(id).items()).as("expo sends it out; no line was marked").noneMatch(OrderItem::done);

        // expo's bump can be taken back like any other
        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        await(() -> stored(id).status() == OrderStatus.PREPARING);
        await(() -> card(robot, view, id) != null);
    }
}
