package com.bistro92.pad.ui;

import static com.bistro92.ViewFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.Bistro92;
import com.bistro92.ViewFixture;
import com.bistro92.ViewTest;
import com.bistro92.order.Order;
import com.bistro92.order.OrderFilter;
import com.bistro92.order.OrderStatus;
import com.bistro92.order.TicketChange;
import com.bistro92.pad.cli.Json;
import com.bistro92.pad.cli.Transport;
import com.bistro92.pad.client.PadClient;
import com.bistro92.pad.client.PadCredentials;
import com.bistro92.pad.client.PadFeed;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The pad window, headless, against a real server: an order placed with the buttons alone, and its status. */
@ViewTest
class PadViewTest {

    ViewFixture fx;
    Bistro92 server;
    Transport transport;
    final ObjectMapper json = Json.newMapper();
    PadModel model;
    PadFeed feed;
    Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        server = fx.suite().app();
        transport = fx.closeAfter(Transport.start());
        URI base = URI.create("http://127.0.0.1:" + server.port());
        PadCredentials pad = PadClient.pair(transport.http(), json, base, server.pairing().newCode(5).join().code(), "Pad 5");
        server.sessions().seat(5, 2).join();
        model = new PadModel(new PadClient(transport.http(), json, pad), Platform::runLater, fx.background(),
                Locale.UK);
        feed = fx.closeAfter(new PadFeed(transport.websockets(), json, pad, model));
        PadView view = new PadView(model, pad.table());
        fx.show(stage, view, 640, 460);
        view.requestFocus();
        model.start();
        feed.start();
    }

    private List<Order> orders() {
        List<Order> all = new ArrayList<>();
        all.addAll(server.orders().page(OrderFilter.ALL, null, 100_000));
        return all;
    }

    private boolean shows(String text) {
        return model.options().stream().anyMatch(o -> (o.label() + " " + o.detail()).contains(text));
    }

    @Test
    void aGuestOrdersWithTheButtonsAndFollowsTheStatus(FxRobot robot) throws Exception {
        await(() -> "Menu".equals(model.titleProperty().get()));
        robot.push(KeyCode.RIGHT).push(KeyCode.RIGHT).push(KeyCode.RIGHT).push(KeyCode.RIGHT);
        robot.push(KeyCode.ENTER);
        assertThat(model.titleProperty().get()).isEqualTo("Drinks");
        robot.push(KeyCode.RIGHT).push(KeyCode.RIGHT);
        robot.clickOn("●  Select");
        assertThat(model.screen()).isEqualTo(PadModel.Screen.NOTE);
        robot.push(KeyCode.RIGHT).push(KeyCode.ENTER);
        robot.push(KeyCode.RIGHT).push(KeyCode.ENTER);
        assertThat(model.screen()).isEqualTo(PadModel.Screen.CART);
        assertThat(shows("2× Espresso — No onions")).isTrue();
        WritableImage cart = PadPictures.shot(robot, stage.getScene());
        robot.push(KeyCode.ENTER);

        await(() -> orders().size() == 1);
        Order order = orders().getFirst();
        assertThat(order.table()).isEqualTo("Table 5");
        assertThat(order.items().getFirst().name()).isEqualTo("Espresso");
        assertThat(order.items().getFirst().quantity()).isEqualTo(2);
        assertThat(order.items().getFirst().instructions()).isEqualTo("No onions");
        await(() -> model.screen() == PadModel.Screen.STATUS && shows("Sent"));

        server.orders().changeStatus(order.id(), OrderStatus.RECEIVED, 1).join();
        server.orders().changeStatus(order.id(), OrderStatus.PREPARING, 2).join();
        await(() -> shows("Order #" + order.id() + " Preparing"));
        PadPictures.saveSideBySide("pad.png", cart, PadPictures.shot(robot, stage.getScene()));
        // a server holds the line for later, then fires it: the guest sees it is to follow
        server.orders().changeTicket(TicketChange.hold(order.id(), List.of(1), null), 3).join();
        await(() -> shows("Order #" + order.id() + " Preparing · 1 to follow"));
        server.orders().changeTicket(TicketChange.fire(order.id(), List.of(1), null), 4).join();
        await(() -> shows("Order #" + order.id() + " Preparing") && !shows("to follow"));
        server.orders().changeStatus(order.id(), OrderStatus.READY, 5).join();
        await(() -> shows("Ready"));

        server.sessions().close(5).join();
        await(() -> model.bannerProperty().get().contains("bill is closed"));
        await(() -> !shows("Order #" + order.id()));
        server.sessions().seat(5, 4).join();
        await(() -> model.bannerProperty().get().contains("table is ready"));
    }

    @Test
    void pricesShowTheMenusCurrencyWithTwoDecimals(FxRobot robot) throws Exception {
        await(() -> "Menu".equals(model.titleProperty().get()));
        robot.push(KeyCode.ENTER);
        await(() -> "Starters".equals(model.titleProperty().get()));
        assertThat(model.options()).extracting(PadModel.Option::detail)
                .containsExactly("€5.50", "€9.50", "€7.00", "€11.00", "€8.00");
        robot.push(KeyCode.ESCAPE);
        robot.push(KeyCode.RIGHT).push(KeyCode.RIGHT).push(KeyCode.RIGHT).push(KeyCode.RIGHT).push(KeyCode.ENTER);
        assertThat(model.titleProperty().get()).isEqualTo("Drinks");
        robot.push(KeyCode.ENTER);
        assertThat(model.screen()).isEqualTo(PadModel.Screen.MODIFIERS);
        assertThat(shows("Large +€1.50")).as("a modifier's price in the menu's currency").isTrue();
        assertThat(shows("Regular +")).as("a free choice shows no price").isFalse();
    }

    @Test
    void soldOutItemsCannotBeChosenAndTheWaiterCanBeCalled(FxRobot robot) throws Exception {
        await(() -> "Menu".equals(model.titleProperty().get()));
        server.menuChanges().setAvailability(1, false).join();
        robot.push(KeyCode.ENTER);
        await(() -> shows("sold out"));
        robot.push(KeyCode.ENTER);
        assertThat(model.screen()).as("a sold-out item does not open").isEqualTo(PadModel.Screen.ITEMS);
        robot.push(KeyCode.ESCAPE);
        for (int i = 0; i < 6; i++) {
            robot.push(KeyCode.RIGHT);
        }
        robot.push(KeyCode.ENTER);
        await(() -> model.bannerProperty().get().contains("waiter"));
        assertThat(server.orders().openServiceCalls()).hasSize(1);
    }
}
