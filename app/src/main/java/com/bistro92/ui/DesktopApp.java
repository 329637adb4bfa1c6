package com.bistro92.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.bistro92.kitchen.Ageing;
import com.bistro92.kitchen.KitchenModel;
import com.bistro92.kitchen.KitchenView;
import com.bistro92.journal.EventStream;
import com.bistro92.net.LanAddress;
import com.bistro92.order.Orders;
import com.bistro92.settings.Settings;
import com.bistro92.tables.PadAddress;
import com.bistro92.tables.TablesModel;
import com.bistro92.tables.TablesView;
import com.bistro92.table.Pairing;
import com.bistro92.table.TableOverview;
import com.bistro92.table.TableSessions;
import com.bistro92.tls.Fingerprint;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The desktop side's composition: builds the shell and its views on the FX thread, wired to
 * the running server's order stream. Started with {@link Platform#startup} so that no static
 * hand-over to an {@code Application} subclass is needed.
 */
public final class DesktopApp implements AutoCloseable {

    /**
     * What the desktop needs of the running suite: its features, its event stream, its ports, and
     * the fingerprint of the certificate on its HTTPS port.
     */
    public record Parts(Orders orders, EventStream events, TableOverview tableOverview, Pairing pairing,
                        TableSessions sessions, int port, int tlsPort, Fingerprint fingerprint) {
    }

    private final Parts app;
    private final Path data;
    private final boolean kitchenMode;
    private final Clock clock;
    private final ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();
    private KitchenModel kitchen;
    private KitchenView kitchenView;
    private TablesModel tables;
    private TablesView tablesView;

    public DesktopApp(Parts app, Path data, boolean kitchenMode, Clock clock) {
        this.app = app;
        this.data = data;
        this.kitchenMode = kitchenMode;
        this.clock = clock;
    }

    /** Starts JavaFX and shows the main window; {@code onClosed} runs when the window is closed. */
    public void show(Runnable onClosed) {
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setOnHidden(e -> onClosed.run());
            open(stage);
        });
    }

    /** Builds the shell into {@code stage} and shows it. Runs on the FX thread. */
    public Shell open(Stage stage) {
        Settings settings = Settings.load(data);
        Application.setUserAgentStylesheet(kitchenMode
                ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
        kitchen = new KitchenModel(app.orders(), app.events(), clock, Platform::runLater, background);
        kitchenView = new KitchenView(kitchen, new Ageing(settings.warnAfter(), settings.lateAfter()), settings::sound);
        kitchen.start();
        PadAddress pads = new PadAddress(LanAddress.best(), app.tlsPort(), app.fingerprint());
        String address = pads.https() + " (certificate " + pads.fingerprint().shortForm() + ")";
        tables = new TablesModel(app.tableOverview(), app.pairing(), app.sessions(), app.orders(), app.events(),
                Platform::runLater, background);
        tablesView = new TablesView(tables, clock, pads);
        tables.start();
        Shell shell = new Shell(address, data, kitchenView, tablesView);
        Scene scene = new Scene(shell, 1280, 800);
        shell.installShortcuts(scene, stage);
        stage.setTitle("Bistro92 — pads connect to " + address);
        stage.setScene(scene);
        stage.setFullScreenExitHint("F11 leaves full screen");
        if (kitchenMode) {
            // sized to the screen first, for desktops whose window manager ignores full screen
            Rectangle2D screen = Screen.getPrimary().getBounds();
            stage.setX(screen.getMinX());
            stage.setY(screen.getMinY());
            stage.setWidth(screen.getWidth());
            stage.setHeight(screen.getHeight());
            stage.setFullScreen(true);
        }
        stage.show();
        kitchenView.requestFocus();
        return shell;
    }

    @Override
    public void close() throws Exception {
        if (kitchenView != null) {
            kitchenView.dispose();
        }
        if (kitchen != null) {
            kitchen.close();
        }
        if (tablesView != null) {
            tablesView.dispose();
        }
        if (tables != null) {
            tables.close();
        }
        background.shutdownNow();
    }
}
