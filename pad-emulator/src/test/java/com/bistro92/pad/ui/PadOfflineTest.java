package com.bistro92.pad.ui;

import static com.bistro92.ViewFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.bistro92.Bistro92;
import com.bistro92.CheapStart;
import com.bistro92.Options;
import com.bistro92.ViewFixture;
import com.bistro92.ViewTest;
import com.bistro92.pad.cli.Json;
import com.bistro92.pad.cli.Transport;
import com.bistro92.pad.client.PadClient;
import com.bistro92.pad.client.PadCredentials;
import com.bistro92.pad.client.PadFeed;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Platform;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The server goes away mid-order: the pad says so, and sending again when it is back places one order. */
@ViewTest
class PadOfflineTest {

    ViewFixture fx;
    /** Its own suite, which a test stops and starts again on the same port and data. */
    @TempDir
    Path data;
    Bistro92 server;
    int port;
    Transport transport;
    final ObjectMapper json = Json.newMapper();
    PadModel model;
    PadFeed feed;

    @Start
    void start(Stage stage) throws Exception {
        server = CheapStart.start(new Options(true, false, 0, data), Clock.systemDefaultZone());
        fx.closeAfter(() -> server.close());
        port = server.port();
        transport = fx.closeAfter(Transport.start());
        PadCredentials pad = PadClient.pair(transport.http(), json, URI.create("http://127.0.0.1:" + port),
                server.pairing().newCode(4).join().code(), "Pad 4");
        server.sessions().seat(4, 2).join();
        model = new PadModel(new PadClient(transport.http(), json, pad), Platform::runLater, fx.background());
        feed = fx.closeAfter(new PadFeed(transport.websockets(), json, pad, model));
        PadView view = new PadView(model, pad.table());
        fx.show(stage, view, 640, 460);
        view.requestFocus();
        model.start();
        feed.start();
    }

    @Test
    void anOrderSentWhileOfflineIsPlacedOnceWhenTheServerIsBack(FxRobot robot) throws Exception {
        await(() -> "Menu".equals(model.titleProperty().get()));
        // Drinks → Espresso → no note → quantity 1 → cart
        robot.push(KeyCode.RIGHT).push(KeyCode.RIGHT).push(KeyCode.RIGHT).push(KeyCode.RIGHT).push(KeyCode.ENTER);
        robot.push(KeyCode.RIGHT).push(KeyCode.RIGHT).push(KeyCode.ENTER);
        robot.push(KeyCode.ENTER).push(KeyCode.ENTER);
        assertThat(model.screen()).isEqualTo(PadModel.Screen.CART);

        server.close();
        await(() -> model.bannerProperty().get().startsWith("Offline"));
        robot.push(KeyCode.ENTER);
        await(() -> model.bannerProperty().get().contains("try again"));
        assertThat(model.screen()).as("the cart is kept").isEqualTo(PadModel.Screen.CART);

        server = CheapStart.start(new Options(true, false, port, data), Clock.systemDefaultZone());
        robot.push(KeyCode.ENTER);
        await(() -> model.screen() == PadModel.Screen.STATUS);
        assertThat(server.orders().count()).as("one order, whatever the retries").isEqualTo(1);
    }
}
