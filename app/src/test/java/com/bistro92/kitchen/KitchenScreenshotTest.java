package com.bistro92.kitchen;

import static com.bistro92.ViewFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.bistro92.Bistro92;
import com.bistro92.Screenshots;
import com.bistro92.TestClock;
import com.bistro92.ViewFixture;
import com.bistro92.ViewTest;
import com.bistro92.menu.Allergen;
import com.bistro92.menu.Stations;
import com.bistro92.order.Allergy;
import com.bistro92.order.NewOrder;
import com.bistro92.order.OrderSource;
import com.bistro92.order.OrderStatus;
import com.bistro92.order.TicketChange;
import com.bistro92.orderstream.LocalOrderStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Fills the kitchen with real-looking tickets in all three colours and saves pictures of it:
 * to {@code target/screenshots}, or to the folder named by {@code -Dscreenshots.dir}
 * (docs/pictures.sh makes the pictures in docs/ this way).
 */
@ViewTest
class KitchenScreenshotTest {

    ViewFixture fx;
    final TestClock clock = new TestClock();
    Bistro92 app;
    Stage stage;
    KitchenModel model;
    KitchenView view;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        app = fx.suite(clock).app();
    }

    @AfterEach
    void stop() throws Exception {
        Platform.runLater(view::dispose);
        model.close();
    }

    private long place(String table, String notes, NewOrder.Line... lines) {
        return app.orders().place(new NewOrder(table, List.of(lines), notes, OrderSource.SEED, null)).join()
                .order().id();
    }

    /** The cooks have started on this one. */
    private void preparing(long id) {
        app.orders().changeStatus(id, OrderStatus.RECEIVED, 1).join();
        app.orders().changeStatus(id, OrderStatus.PREPARING, 2).join();
    }

    private static NewOrder.Line line(String name, int quantity, String instructions) {
        return new NewOrder.Line(name, quantity, instructions);
    }

    @Test
    void aBusyKitchenInAllThreeColours(FxRobot robot) throws Exception {
        // placed 12 and 11 minutes ago: red
        preparing(place("Table 4", "", line("Steak Frites", 2, "one medium rare, one well done"),
                line("Side Salad", 1, "")));
        clock.advance(Duration.ofMinutes(1));
        place("Table 12", "Birthday - bring the cake with a candle", line("Chocolate Lava Cake", 1, ""),
                line("Espresso", 3, ""));
        // 6 to 8 minutes ago: yellow
        clock.advance(Duration.ofMinutes(4));
        preparing(place("Table 7", "", line("Margherita Pizza", 2, "extra basil"), line("Truffle Fries", 2, "")));
        clock.advance(Duration.ofMinutes(1).plusSeconds(40));
        long allergic = app.orders().place(new NewOrder("Table 2", List.of(line("Classic Burger", 1, "no pickles"),
                line("Lemonade", 2, "")), "", OrderSource.SEED, null, null, null,
                new Allergy(List.of(Allergen.SESAME), "severe"))).join().order().id();
        clock.advance(Duration.ofMinutes(1));
        long salmon = place("Table 9", "", line("Grilled Salmon", 1, "sauce on the side"), line("Caesar Salad", 1, ""));
        // the last few minutes: green
        clock.advance(Duration.ofMinutes(3).plusSeconds(20));
        place("Table 5", "", line("Classic Burger", 2, ""), line("Onion Rings", 1, ""), line("Lobster roll", 1, ""));
        clock.advance(Duration.ofMinutes(1).plusSeconds(15));
        place("Patio 1", "", line("Mushroom Risotto", 1, "vegan - no parmesan"), line("Iced Tea", 2, ""));
        clock.advance(Duration.ofSeconds(50));
        long rush = place("Table 11", "", line("Chicken Curry", 2, "extra spicy"), line("Craft Beer", 2, ""));
        clock.advance(Duration.ofSeconds(25));
        // a rush, a line already done, and a main course held until the starters are eaten
        app.orders().changeTicket(TicketChange.urgent(rush, true, null), null).join();
        app.orders().changeTicket(TicketChange.done(rush, 2, null), null).join();
        app.orders().changeTicket(TicketChange.hold(salmon, List.of(1), null), null).join();

        Path folder = Screenshots.folder();
        shoot(robot, new PrimerDark().getUserAgentStylesheet(), folder.resolve("kitchen-dark.png"));
        shoot(robot, new PrimerLight().getUserAgentStylesheet(), folder.resolve("kitchen-light.png"));
        assertThat(folder.resolve("kitchen-dark.png")).isNotEmptyFile();
        // the allergic table's card alone, as the cooks see it
        TicketCard card = WaitForAsyncUtils.asyncFx(() -> view.cardsOnPage().stream()
                .filter(c -> c.order().id() == allergic).findFirst().orElseThrow()).get();
        assertThat(card.getStyleClass()).contains("ticket-has-allergy");
        Screenshots.saveNode(robot, card, "allergy-ticket.png");
    }

    /** Lines the kitchen has already done, by number from 1. */
    private void done(long id, Integer... lines) {
        app.orders().changeTicket(TicketChange.done(id, List.of(lines), null), null).join();
    }

    @Test
    void theGrillAndFryersDisplayAndTheExpo(FxRobot robot) throws Exception {
        long t4 = place("Table 4", "", line("Steak Frites", 2, "one medium rare, one well done"),
                line("Truffle Fries", 2, ""), line("Side Salad", 1, ""), line("House Red Wine", 2, ""));
        clock.advance(Duration.ofMinutes(2));
        long t12 = place("Table 12", "", line("Classic Burger", 2, "no pickles"), line("Onion Rings", 1, ""),
                line("Lemonade", 2, ""));
        clock.advance(Duration.ofMinutes(3));
        long t7 = place("Table 7", "", line("Grilled Salmon", 1, "sauce on the side"), line("Caesar Salad", 1, ""),
                line("Sparkling Water", 1, ""));
        clock.advance(Duration.ofMinutes(1).plusSeconds(10));
        long t2 = place("Table 2", "", line("Margherita Pizza", 1, "extra basil"), line("Crispy Calamari", 1, ""),
                line("Iced Tea", 2, ""));
        clock.advance(Duration.ofMinutes(1).plusSeconds(40));
        long t9 = place("Table 9", "", line("Chicken Curry", 1, "extra spicy"), line("Mushroom Risotto", 1,
                "vegan - no parmesan"), line("Chocolate Lava Cake", 2, ""));
        clock.advance(Duration.ofMinutes(1).plusSeconds(30));
        long patio = place("Patio 1", "", line("Steak Frites", 1, "medium"), line("Garlic Bread", 1, ""),
                line("Espresso", 2, ""));
        clock.advance(Duration.ofMinutes(1));
        long rush = place("Table 11", "", line("Classic Burger", 1, ""), line("Sweet Potato Fries", 1, ""),
                line("Craft Beer", 2, ""));
        clock.advance(Duration.ofSeconds(40));
        place("Table 5", "", line("Tomato Soup", 2, ""), line("Bruschetta", 1, ""), line("Cappuccino", 2, ""));
        clock.advance(Duration.ofSeconds(30));
        // the cold side and the bar are ahead on table 4, the burgers of table 12 rest, the calamari is up
        done(t4, 3, 4);
        done(t12, 1);
        done(t7, 3);
        done(t2, 2);
        done(patio, 3);
        app.orders().changeTicket(TicketChange.hold(t9, List.of(3), null), null).join();
        app.orders().changeTicket(TicketChange.urgent(rush, true, null), null).join();

        Path folder = Screenshots.folder();
        String dark = new PrimerDark().getUserAgentStylesheet();
        // the grill and fryers' display: tables 9 and 5 have nothing for them, table 2's calamari is done
        shoot(robot, dark, folder.resolve("kitchen-station.png"), Stations.parse("GRILL,FRY"), 5);
        assertThat(robot.lookup(".station-chip-elsewhere").queryAll()).isNotEmpty();
        robot.interact(view::requestFocus);
        robot.push(javafx.scene.input.KeyCode.DOWN).push(javafx.scene.input.KeyCode.DOWN);
        assertThat(robot.lookup(".ticket-line-cursor").queryAll()).hasSize(1);
        Screenshots.save(robot, view.getScene(), "kitchen-station.png");
        shoot(robot, dark, folder.resolve("expo.png"), Stations.EXPO, 8);
        assertThat(robot.lookup(".station-chip-done").queryAll()).isNotEmpty();
        assertThat(folder.resolve("expo.png")).isNotEmptyFile();
    }

    private void shoot(FxRobot robot, String theme, Path file) throws Exception {
        shoot(robot, theme, file, Stations.ALL, 8);
    }

    private void shoot(FxRobot robot, String theme, Path file, Stations stations, int tickets) throws Exception {
        if (view != null) {
            KitchenView old = view;
            Platform.runLater(old::dispose);
            model.close();
        }
        robot.interact(() -> {
            Application.setUserAgentStylesheet(theme);
            model = new KitchenModel(
                    new LocalOrderStream(app.orders(), app.events(), fx.background()), clock, Platform::runLater);
            view = new KitchenView(model, Ageing.DEFAULT, () -> false);
            model.stations(stations);
            model.start();
            fx.show(stage, view, 1280, 800);
        });
        // every ticket in the queue, and as many cards as fit on the first page
        await(() -> WaitForAsyncUtils.asyncFx(
                () -> model.tickets().size() == tickets && !view.cardsOnPage().isEmpty()).get());
        robot.interact(model::tick);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> colours = robot.lookup(".ticket").queryAll().stream()
                .flatMap(n -> n.getStyleClass().stream()).filter(c -> c.matches("ticket-(fresh|warning|late)"))
                .distinct().sorted().toList();
        assertThat(colours).containsExactly("ticket-fresh", "ticket-late", "ticket-warning");
        Screenshots.save(robot, view.getScene(), file.getFileName().toString());
    }
}
