package com.bistro92.kitchen;

import static com.bistro92.ViewFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.bistro92.FeedClient;
import com.bistro92.TestApp;
import com.bistro92.TestClock;
import com.bistro92.ViewFixture;
import com.bistro92.ViewTest;
import com.bistro92.order.OrderStatus;
import com.bistro92.orderstream.LocalOrderStream;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real kitchen view, headless, against a real server and H2 in the same JVM. */
@ViewTest
class KitchenViewTest {

    ViewFixture fx;
    TestApp app;
    final TestClock clock = new TestClock();
    KitchenModel model;
    KitchenView view;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        app = fx.suite();
        model = fx.closeAfter(new KitchenModel(
                new LocalOrderStream(app.app().orders(), app.app().events(), fx.background()), clock,
                Platform::runLater));
        view = new KitchenView(model, Ageing.DEFAULT, () -> false);
        fx.closeAfter(() -> Platform.runLater(view::dispose));
        model.start();
        fx.show(stage, view, 1280, 800);
        view.requestFocus();
    }

    /** The cards on screen, in the queue's order (the nodes' order in the scene is not the screen's). */
    private List<TicketCard> cards(FxRobot robot) throws Exception {
        return WaitForAsyncUtils.asyncFx(view::cardsOnPage).get(5, TimeUnit.SECONDS);
    }

    /** Every ticket card node in the scene. */
    private static List<TicketCard> cardNodes(FxRobot robot) {
        return robot.lookup(".ticket").queryAllAs(TicketCard.class).stream().toList();
    }

    private TicketCard card(FxRobot robot, long id) throws Exception {
        return cards(robot).stream().filter(c -> c.order() != null && c.order().id() == id).findFirst().orElse(null);
    }

    private OrderStatus stored(long id) {
        return app.app().orders().find(id).orElseThrow().status();
    }

    private List<String> texts(FxRobot robot, javafx.scene.Node root) {
        return robot.from(root).lookup(".label").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    @Test
    void aPlacedOrderAppearsAsACardWithItsLines(FxRobot robot) throws Exception {
        app.postJson("/api/order", """
                {"table":"Table 5","items":[{"name":"Classic Burger","quantity":2,"instructions":"no pickles"},
                {"name":"Lobster roll","quantity":1}]}""");
        await(() -> cards(robot).size() == 1);
        TicketCard card = cards(robot).getFirst();
        assertThat(texts(robot, card)).contains("Table 5", "2× Classic Burger", "  » no pickles", "1× Lobster roll",
                "OPEN ITEM – not on the menu", "1");
        await(() -> card.order().status() == OrderStatus.RECEIVED);
        assertThat(texts(robot, card)).contains("RECEIVED");
        // the kitchen's own measure of order -> screen, small in the corner
        await(() -> WaitForAsyncUtils.asyncFx(() -> ((Label) robot.lookup(".kitchen-latency").query()).getText())
                .get(5, TimeUnit.SECONDS).matches("on screen in \\d+ ms"));
    }

    @Test
    void aLongTableLabelGivesWayAndTheAgeIsAlwaysShownWhole(FxRobot robot) throws Exception {
        String longLabel = "Terrace corner table by the big window under the olive tree";
        app.placeOrder(longLabel, "Steak Frites", 1);
        await(() -> cards(robot).size() == 1);
        TicketCard card = cards(robot).getFirst();

        // once the card is laid out, its table label is drawn cut short...
        await(() -> WaitForAsyncUtils.asyncFx(() -> drawnText((Label) card.lookup(".ticket-table")).endsWith("…"))
                .get(5, TimeUnit.SECONDS));
        List<String> drawn = WaitForAsyncUtils.asyncFx(() -> {
            Label age = (Label) card.lookup(".ticket-age");
            Label table = (Label) card.lookup(".ticket-table");
            boolean ageInside = age.localToScene(age.getBoundsInLocal()).getMaxX()
                    <= card.localToScene(card.getBoundsInLocal()).getMaxX();
            return List.of(age.getText(), drawnText(age), table.getText(), drawnText(table),
                    String.valueOf(ageInside));
        }).get(20, TimeUnit.SECONDS);

        // ...and its age whole, inside the card
        assertThat(drawn.get(1)).as("the age as drawn").isEqualTo(drawn.get(0)).doesNotContain("…");
        assertThat(drawn.get(0)).matches("\\d+:\\d\\d");
        assertThat(drawn.get(2)).isEqualTo(longLabel);
        assertThat(drawn.get(3)).as("the table label as drawn").startsWith("Terrace").endsWith("…")
                .hasSizeLessThan(longLabel.length());
        assertThat(drawn.get(4)).as("the age lies within the card").isEqualTo("true");
    }

    /**
     * Taps the n-th node of {@code selector} where it is on screen now. The point is taken on the FX
     * thread: a node looked up from the test's thread may be replaced before the click reaches it.
     */
    private static void tap(FxRobot robot, String selector, int n) throws Exception {
        javafx.geometry.Point2D at = WaitForAsyncUtils.asyncFx(() -> {
            javafx.scene.Node node = robot.lookup(selector).nth(n).queryAs(javafx.scene.Node.class);
            javafx.geometry.Bounds b = node.localToScreen(node.getBoundsInLocal());
            return new javafx.geometry.Point2D(b.getCenterX(), b.getCenterY());
        }).get(5, TimeUnit.SECONDS);
        robot.clickOn(at);
    }

    /** The text a label's skin actually draws, which ends in "…" when it is cut. */
    private static String drawnText(Label label) {
        javafx.scene.Node text = label.lookup(".text");
        return text instanceof javafx.scene.text.Text t ? t.getText() : "";
    }

    @Test
    void tappingALineMarksItDoneAndTheLastOneMakesTheTicketReady(FxRobot robot) throws Exception {
        app.postJson("/api/order", """
                {"table":"Table 4","items":[{"name":"Classic Burger","quantity":1},{"name":"Truffle Fries","quantity":1}]}""");
        await(() -> cards(robot).size() == 1);
        long id = cards(robot).getFirst().order().id();

        tap(robot, ".ticket-line", 0);
        await(() -> app.app().orders().find(id).orElseThrow().items().getFirst().done());
        await(() -> robot.lookup(".ticket-line-done").queryAll().size() == 1);
        assertThat(stored(id)).isEqualTo(OrderStatus.PREPARING);

        // the second line done: the whole ticket is ready and leaves the queue
        tap(robot, ".ticket-line", 1);
        await(() -> stored(id) == OrderStatus.READY);
        await(() -> cards(robot).isEmpty());
    }

    @Test
    void aRushGoesFirstAndAHeldLineIsShownButNotCooked(FxRobot robot) throws Exception {
        long first = app.placeOrder("Table 1", "Classic Burger", 1).get("id").asLong();
        long second = app.postJson("/api/order", """
                {"table":"Table 2","items":[{"name":"Caesar Salad","quantity":1},{"name":"Grilled Salmon","quantity":1}]}""")
                .body().get("id").asLong();
        await(() -> cards(robot).size() == 2);
        assertThat(cards(robot).getFirst().order().id()).isEqualTo(first);

        assertThat(app.postJson("/api/v1/orders/" + second + "/urgent", "{\"urgent\":true}").status()).isEqualTo(200);
        assertThat(app.postJson("/api/v1/orders/" + second + "/hold", "{\"lines\":[2]}").status()).isEqualTo(200);
        await(() -> cards(robot).getFirst().order().id() == second
                && cards(robot).getFirst().getStyleClass().contains("ticket-urgent"));
        await(() -> robot.lookup(".ticket-line-held").queryAll().size() == 1);
        assertThat(texts(robot, cards(robot).getFirst())).contains("RUSH", "HELD – waiting to be fired");

        // tapping the held line sends nothing and says why
        int version = app.app().orders().find(second).orElseThrow().version();
        tap(robot, ".ticket-line-held", 0);
        await(() -> model.noticeProperty().get().contains("held"));
        assertThat(app.app().orders().find(second).orElseThrow().version()).isEqualTo(version);
    }

    @Test
    void movingTheClockTurnsTheCardYellowThenRed(FxRobot robot) throws Exception {
        app.placeOrder("Table 2", "Steak Frites", 1);
        await(() -> cards(robot).size() == 1);
        TicketCard card = cards(robot).getFirst();
        assertThat(card.getStyleClass()).contains("ticket-fresh");
        // the test clock started before the server did, so a minute of margin either way
        clock.advance(Duration.ofMinutes(6));
        robot.interact(model::tick);
        assertThat(card.getStyleClass()).contains("ticket-warning").doesNotContain("ticket-fresh");
        clock.advance(Duration.ofMinutes(5));
        robot.interact(model::tick);
        assertThat(card.getStyleClass()).contains("ticket-late").doesNotContain("ticket-warning");
        assertThat(texts(robot, card)).anyMatch(t -> t.matches("1[01]:\\d\\d"));
    }

    @Test
    void aNumberKeyBumpsTheTicketAndTheDatabaseAndTheFeedSeeIt(FxRobot robot) throws Exception {
        long id = app.placeOrder("Table 3", "Mushroom Risotto", 1).get("id").asLong();
        await(() -> card(robot, id) != null && card(robot, id).order().status() == OrderStatus.RECEIVED);
        try (FeedClient feed = FeedClient.connect(app.client(), app.ws("/ws/orders"), app.json())) {
            assertThat(feed.next().get("type").asText()).isEqualTo("initial");
            robot.push(KeyCode.DIGIT1);
            await(() -> stored(id) == OrderStatus.PREPARING);
            JsonNode update = feed.next();
            assertThat(update.get("type").asText()).isEqualTo("order_updated");
            assertThat(update.get("order").get("status").asText()).isEqualTo("PREPARING");
        }
        await(() -> card(robot, id).order().status() == OrderStatus.PREPARING);
    }

    @Test
    void recallBringsBackTheTicketThatLeftTheQueue(FxRobot robot) throws Exception {
        long id = app.placeOrder("Table 6", "Chicken Curry", 1).get("id").asLong();
        await(() -> card(robot, id) != null && card(robot, id).order().status() == OrderStatus.RECEIVED);
        robot.push(KeyCode.DIGIT1);
        await(() -> card(robot, id) != null && card(robot, id).order().status() == OrderStatus.PREPARING);
        robot.clickOn(card(robot, id));
        await(() -> card(robot, id) == null);
        assertThat(stored(id)).isEqualTo(OrderStatus.READY);
        robot.push(KeyCode.R);
        await(() -> card(robot, id) != null);
        assertThat(stored(id)).isEqualTo(OrderStatus.PREPARING);
    }

    @Test
    void twoKitchenViewsBumpingTheSameTicketOneWinsTheOtherIsTold(FxRobot robot) throws Exception {
        KitchenModel other = new KitchenModel(
                new LocalOrderStream(app.app().orders(), app.app().events(), fx.background()), clock,
                Platform::runLater);
        other.start();
        long id = app.placeOrder("Table 9", "Grilled Salmon", 1).get("id").asLong();
        await(() -> card(robot, id) != null && card(robot, id).order().status() == OrderStatus.RECEIVED);
        await(() -> other.tickets().stream().anyMatch(o -> o.id() == id && o.status() == OrderStatus.RECEIVED));
        var seenHere = card(robot, id).order();
        var seenThere = other.tickets().stream().filter(o -> o.id() == id).findFirst().orElseThrow();
        robot.interact(() -> {
            model.bump(seenHere);
            other.bump(seenThere);
        });
        await(() -> !model.noticeProperty().get().isEmpty() || !other.noticeProperty().get().isEmpty());
        String told = model.noticeProperty().get() + other.noticeProperty().get();
        assertThat(told).contains("changed on another screen");
        assertThat(stored(id)).isEqualTo(OrderStatus.PREPARING);
        assertThat(app.app().orders().find(id).orElseThrow().version()).isEqualTo(3);
        other.close();
    }

    @Test
    void theAllDayPanelCountsRightAfterBumps(FxRobot robot) throws Exception {
        long first = app.placeOrder("Table 1", "Classic Burger", 2).get("id").asLong();
        app.placeOrder("Table 2", "Classic Burger", 3);
        await(() -> model.allDay().equals(List.of(new AllDay.Line("Classic Burger", 5))));
        await(() -> card(robot, first) != null && card(robot, first).order().status() == OrderStatus.RECEIVED);
        robot.push(KeyCode.DIGIT1);
        await(() -> card(robot, first).order().status() == OrderStatus.PREPARING);
        robot.push(KeyCode.DIGIT1);
        await(() -> model.allDay().equals(List.of(new AllDay.Line("Classic Burger", 3))));
        var panel = robot.lookup(".all-day").query();
        assertThat(texts(robot, panel)).contains("3", "Classic Burger");
    }

    private List<Long> onPage() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> view.cardsOnPage().stream().map(c -> c.order().id()).toList())
                .get(5, TimeUnit.SECONDS);
    }

    @Test
    void withMoreTicketsThanFitOnlyThoseOnScreenAreCardsAndTheRestAreCounted(FxRobot robot) throws Exception {
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ids.add(app.placeOrder("Table " + (i % 12 + 1), "Espresso", 1).get("id").asLong());
        }
        // every ticket reached the screen, as a card or counted below, and the kitchen sent its receipt
        await(() -> ids.stream().allMatch(id -> stored(id) == OrderStatus.RECEIVED));
        await(() -> model.tickets().size() == 40 && !cards(robot).isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        int shown = cards(robot).size();
        assertThat(shown).as("cards on screen").isBetween(3, 39);
        assertThat(cardNodes(robot)).as("only the tickets on screen are card nodes").hasSize(shown);
        assertThat(onPage()).as("the oldest tickets, in order").isEqualTo(ids.subList(0, shown));
        assertThat(view.offScreenText()).startsWith("▼ " + (40 - shown) + " more below");
        boolean allInside = WaitForAsyncUtils.asyncFx(() -> view.cardsOnPage().stream().allMatch(card -> {
            javafx.geometry.Bounds b = card.localToScene(card.getBoundsInLocal());
            return b.getMinY() >= 0 && b.getMaxY() <= view.getScene().getHeight() - 30 && b.getMaxX() <= 1280;
        })).get(5, TimeUnit.SECONDS);
        assertThat(allInside).as("every card is wholly on screen").isTrue();
    }

    @Test
    void pageDownShowsTheNextTicketsAndTheDigitKeysBumpWhatIsOnThatPage(FxRobot robot) throws Exception {
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ids.add(app.placeOrder("Table " + (i % 12 + 1), "Caesar Salad", 1).get("id").asLong());
        }
        await(() -> ids.stream().allMatch(id -> stored(id) == OrderStatus.RECEIVED));
        await(() -> model.tickets().size() == 40 && !cards(robot).isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        int firstPage = onPage().size();

        robot.push(KeyCode.PAGE_DOWN);
        await(() -> onPage().getFirst().equals(ids.get(firstPage)));
        assertThat(view.offScreenText()).startsWith("▲ " + firstPage + " above");
        assertThat(cardNodes(robot)).as("a page's cards, no more").hasSizeLessThanOrEqualTo(firstPage + 3);

        robot.push(KeyCode.DIGIT1);
        await(() -> stored(ids.get(firstPage)) == OrderStatus.PREPARING);
        assertThat(stored(ids.getFirst())).as("the first page's ticket 1 is untouched").isEqualTo(OrderStatus.RECEIVED);

        robot.push(KeyCode.PAGE_UP);
        await(() -> onPage().getFirst().equals(ids.getFirst()));
        assertThat(view.offScreenText()).startsWith("▼ ").doesNotContain("above");
    }
}
