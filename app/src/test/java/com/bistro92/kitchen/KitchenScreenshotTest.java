package com.bistro92.kitchen;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.bistro92.Bistro92;
import com.bistro92.Options;
import com.bistro92.Screenshots;
import com.bistro92.TestClock;
import com.bistro92.order.NewOrder;
import com.bistro92.order.OrderSource;
import com.bistro92.order.OrderStatus;
import com.bistro92.order.TicketChange;
import com.bistro92.orderstream.LocalOrderStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Fills the kitchen with real-looking tickets in all three colours and saves pictures of it:
 * to {@code target/screenshots}, or to the folder named by {@code -Dscreenshots.dir}
 * (the README's pictures come from {@code -Dscreenshots.dir=docs}).
 */
@ExtendWith(ApplicationExtension.class)
class KitchenScreenshotTest {

    @TempDir
    Path data;
    final TestClock clock = new TestClock();
    final ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();
    Bistro92 app;
    Stage stage;
    KitchenModel model;
    KitchenView view;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        app = Bistro92.start(new Options(true, false, 0, data), clock);
    }

    @AfterEach
    void stop() throws Exception {
        Platform.runLater(view::dispose);
        model.close();
        background.shutdownNow();
        app.close();
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
        place("Table 2", "", line("Classic Burger", 1, "no pickles"), line("Lemonade", 2, ""));
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
    }

    private void shoot(FxRobot robot, String theme, Path file) throws Exception {
        if (view != null) {
            KitchenView old = view;
            Platform.runLater(old::dispose);
            model.close();
        }
        robot.interact(() -> {
            Application.setUserAgentStylesheet(theme);
            model = new KitchenModel(
                    new LocalOrderStream(app.orders(), app.events(), background), clock, Platform::runLater);
            view = new KitchenView(model, Ageing.DEFAULT, () -> false);
            model.start();
            stage.setScene(new Scene(view, 1280, 800));
            stage.show();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".ticket").queryAll().size() == 8);
        robot.interact(model::tick);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> colours = robot.lookup(".ticket").queryAll().stream()
                .flatMap(n -> n.getStyleClass().stream()).filter(c -> c.matches("ticket-(fresh|warning|late)"))
                .distinct().sorted().toList();
        assertThat(colours).containsExactly("ticket-fresh", "ticket-late", "ticket-warning");
        Screenshots.save(robot, view.getScene(), file.getFileName().toString());
    }
}
