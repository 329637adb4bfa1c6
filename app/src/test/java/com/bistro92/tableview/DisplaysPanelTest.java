package com.bistro92.tableview;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.bistro92.TestApp;
import com.bistro92.tls.PairingCheck;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
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

/** Tables & Pads, Displays: staff make a display's twelve-digit code, see the display paired, and revoke it. */
@ExtendWith(ApplicationExtension.class)
class DisplaysPanelTest {

    @TempDir
    Path data;
    TestApp app;
    final ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();
    TablesModel tables;
    DisplaysModel displays;
    TablesView view;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        app = TestApp.start(data);
        tables = new TablesModel(app.app().tableOverview(), app.app().pairing(), app.app().sessions(),
                new PartyModel.Services(app.app().orders(), app.app().bills(), app.app().staff(), app.app().events(),
                        app.app().money(), Clock.systemDefaultZone()), Platform::runLater, background);
        PadAddress address = new PadAddress("192.168.1.20", app.app().tlsPort(), app.app().fingerprint());
        view = new TablesView(tables, Clock.systemDefaultZone(), address);
        displays = new DisplaysModel(app.app().displays(), app.app().events(), address, () -> null,
                Platform::runLater, background);
        view.displays(displays, "http://192.168.1.20:" + app.app().port());
        tables.start();
        displays.start();
        stage.setScene(new Scene(view, 1280, 800));
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        Platform.runLater(view::dispose);
        displays.close();
        tables.close();
        background.shutdownNow();
        app.close();
    }

    private static void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
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

        robot.clickOn("Revoke");
        await(() -> app.app().displays().displays().isEmpty());
        await(() -> robot.lookup(".display-name").tryQuery().isEmpty());
        String token = paired.body().get("token").asText();
        assertThat(app.send(java.net.http.HttpRequest.newBuilder(app.uri("/api/v1/displays/me"))
                .header("Authorization", "Bearer " + token).build()).status()).isEqualTo(401);
    }
}
