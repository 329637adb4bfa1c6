package com.bistro92.tableview;

import static com.bistro92.ViewFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.bistro92.FeedClient;
import com.bistro92.TestApp;
import com.bistro92.ViewFixture;
import com.bistro92.ViewTest;
import java.net.http.HttpRequest;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The real Tables & Pads view, headless: pair a pad and see it go online; revoke it and see it go. */
@ViewTest
class TablesViewTest {

    ViewFixture fx;
    TestApp app;
    TablesModel model;
    TablesView view;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        app = fx.suite();
        model = TablesScreen.model(fx, app);
        view = TablesScreen.view(fx, model, app);
        model.start();
        fx.show(stage, view, 1280, 800);
    }

    private Node tile(FxRobot robot, String table) {
        return robot.lookup(".table-tile").queryAll().stream()
                .filter(n -> ((TableTile) n).table().label().equals(table)).findFirst().orElseThrow();
    }

    /** Presses a tile's button in one FX-thread step, so a refresh cannot swap the tile in between. */
    private void press(FxRobot robot, String table, String button) {
        robot.interact(() -> robot.from(tile(robot, table)).lookup(button).queryButton().fire());
    }

    private boolean tileShows(FxRobot robot, String table, String styleClass) {
        return !robot.from(tile(robot, table)).lookup("." + styleClass).queryAll().isEmpty();
    }

    @Test
    void pairingAPadShowsItOnlineAndRevokingItTakesItAway(FxRobot robot) throws Exception {
        await(() -> robot.lookup(".table-tile").queryAll().size() == 12);
        press(robot, "Table 5", "Pair pad");
        await(() -> !robot.lookup(".pair-code").queryAll().isEmpty());
        String code = robot.lookup(".pair-code").queryAs(Label.class).getText().replace(" ", "");
        assertThat(code).matches("\\d{6}");
        assertThat(robot.lookup(".pair-qr").queryAll()).hasSize(1);
        assertThat(robot.lookup(".pair-fingerprint").queryAs(Label.class).getText())
                .isEqualTo("Certificate " + app.app().fingerprint().shortForm());
        assertThat(robot.lookup(".pair-link").queryAs(TextField.class).getText()).isEqualTo("https://192.168.1.20:"
                + app.app().tlsPort() + "/pad/#code=" + code + "&fp=" + app.app().fingerprint());
        robot.clickOn("Done");

        String token = app.postJson("/api/v1/pads/pair", "{\"code\":\"" + code + "\",\"name\":\"Pad A\"}")
                .body().get("token").asText();
        try (FeedClient pad = FeedClient.connect(app.client(), app.ws("/ws/orders"), app.json(), token)) {
            pad.next();
            await(() -> tileShows(robot, "Table 5", "pad-online"));
        }
        await(() -> tileShows(robot, "Table 5", "pad-offline"));

        press(robot, "Table 5", "Revoke");
        await(() -> !tileShows(robot, "Table 5", "table-pad"));
        assertThat(app.send(HttpRequest.newBuilder(app.uri("/api/v1/pads/me"))
                .header("Authorization", "Bearer " + token).build()).status()).isEqualTo(401);
    }

    @Test
    void seatingAndACallForServiceShowOnTheTile(FxRobot robot) throws Exception {
        await(() -> robot.lookup(".table-tile").queryAll().size() == 12);
        press(robot, "Table 8", "Seat");
        await(() -> app.app().sessions().open(8).isPresent());
        await(() -> ((TableTile) tile(robot, "Table 8")).table().seated());
        app.app().orders().requestService(8, null, com.bistro92.order.ServiceCall.Kind.BILL).join();
        await(() -> tileShows(robot, "Table 8", "table-call"));
        press(robot, "Table 8", "Ack");
        await(() -> !tileShows(robot, "Table 8", "table-call"));
        assertThat(app.app().orders().openServiceCalls()).isEmpty();
    }

    @Test
    void pausedPairingIsShownUntilThePauseEnds(FxRobot robot) throws Exception {
        await(() -> robot.lookup(".table-tile").queryAll().size() == 12);
        Label paused = robot.lookup(".tables-paused").queryAs(Label.class);
        assertThat(paused.isVisible()).isFalse();
        app.app().pairing().pause(java.time.Instant.now().plusSeconds(2), 30);
        await(paused::isVisible);
        assertThat(paused.getText()).startsWith("Pairing paused until").contains("too many wrong codes");
        await(() -> !paused.isVisible());
    }
}
