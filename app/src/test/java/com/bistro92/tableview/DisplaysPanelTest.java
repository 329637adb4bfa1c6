package com.bistro92.tableview;

import static com.bistro92.ViewFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.bistro92.TestApp;
import com.bistro92.ViewFixture;
import com.bistro92.ViewTest;
import com.bistro92.tls.PairingCheck;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Tables & Pads, Displays: staff make a display's twelve-digit code, see the display paired, and
 * revoke it. And Set up a tablet: the page where a tablet installs the restaurant's root.
 */
@ViewTest
class DisplaysPanelTest {

    ViewFixture fx;
    TestApp app;
    TablesModel tables;
    DisplaysModel displays;
    TablesView view;

    Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        app = fx.suite();
        tables = TablesScreen.model(fx, app);
        PadAddress address = TablesScreen.address(app);
        view = TablesScreen.view(fx, tables, app);
        displays = fx.closeAfter(new DisplaysModel(app.app().displays(), app.app().events(), address, () -> null,
                Platform::runLater, fx.background()));
        view.displays(displays, "http://192.168.1.20:" + app.app().port());
        tables.start();
        displays.start();
        fx.show(stage, view, 1280, 800);
    }

    @Test
    void staffPairADisplayWithTheTwelveDigitsShownAndRevokeIt(FxRobot robot) throws Exception {
        robot.clickOn("#displays");
        robot.clickOn("#pair-display");
        await(() -> robot.lookup("#display-code-shown").tryQuery().isPresent());
        String shown = robot.lookup("#display-code-shown").queryLabeled().getText().replaceAll("\\D", "");
        assertThat(shown).hasSize(12);
        String code = shown.substring(0, 6);
        assertThat(shown.substring(6)).isEqualTo(PairingCheck.digits(code, app.app().fingerprint()));
        assertThat(robot.lookup(".displays-panel").queryAs(DisplaysPanel.class)).isNotNull();

        TestApp.Reply paired = app.sendAnonymous(app.post("/api/v1/displays/pair",
                "{\"code\":\"" + code + "\",\"name\":\"Pass screen\"}", "application/json"));
        assertThat(paired.status()).isEqualTo(201);
        await(() -> robot.lookup(".display-name").tryQuery().isPresent());
        assertThat(robot.lookup(".display-name").queryLabeled().getText()).isEqualTo("Pass screen");

        // the list is drawn again as the display is first seen: the button is looked up as it is now
        ViewFixture.click(robot, "Revoke");
        await(() -> app.app().displays().displays().isEmpty());
        await(() -> robot.lookup(".display-name").tryQuery().isEmpty());
        String token = paired.body().get("token").asText();
        assertThat(app.send(java.net.http.HttpRequest.newBuilder(app.uri("/api/v1/displays/me"))
                .header("Authorization", "Bearer " + token).build()).status()).isEqualTo(401);
    }

    @Test
    void setUpATabletShowsTheTrustPageAsACodeAndTheRootsFingerprint(FxRobot robot) throws Exception {
        robot.clickOn("#set-up-tablet");
        await(() -> robot.lookup("#trust-link").tryQuery().isPresent());
        assertThat(robot.lookup("#trust-link").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo("http://192.168.1.20:" + app.app().port() + "/trust");
        com.bistro92.tls.Fingerprint root = app.app().fingerprint();
        assertThat(root).isEqualTo(com.bistro92.tls.Fingerprint.of(app.app().identity().root()));
        assertThat(robot.lookup("#trust-fingerprint").queryLabeled().getText()).isEqualTo(root.shortForm());
        String full = robot.lookup("#trust-fingerprint-full").queryLabeled().getText();
        assertThat(full.lines().toList()).hasSize(4);
        assertThat(full.replace("\n", ":")).isEqualTo(root.toString());
        assertThat(robot.lookup(".trust-panel .pair-qr").tryQuery()).isPresent();
        com.bistro92.Screenshots.save(robot, stage.getScene(), "tablet-setup.png");

        robot.clickOn("Done");
        await(() -> robot.lookup(".trust-panel").tryQuery().isEmpty());
    }
}
