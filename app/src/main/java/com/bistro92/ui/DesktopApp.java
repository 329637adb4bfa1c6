package com.bistro92.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.bistro92.kitchen.Ageing;
import com.bistro92.kitchen.EightySixModel;
import com.bistro92.kitchen.KitchenModel;
import com.bistro92.kitchen.KitchenView;
import com.bistro92.journal.EventStream;
import com.bistro92.journal.LogVerifier;
import com.bistro92.menu.MenuChanges;
import com.bistro92.menu.MenuLookup;
import com.bistro92.menuedit.MenuEditorModel;
import com.bistro92.menuedit.MenuEditorView;
import com.bistro92.money.Money;
import com.bistro92.net.LanAddress;
import com.bistro92.order.Orders;
import com.bistro92.settings.Settings;
import com.bistro92.staff.FirstPin;
import com.bistro92.tables.PadAddress;
import com.bistro92.tables.TablesModel;
import com.bistro92.tables.TablesView;
import com.bistro92.table.Pairing;
import com.bistro92.table.TableOverview;
import com.bistro92.table.TableSessions;
import com.bistro92.tls.Fingerprint;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop side's composition: builds the shell and its views on the FX thread, wired to
 * the running server's order stream. Started with {@link Platform#startup} so that no static
 * hand-over to an {@code Application} subclass is needed.
 */
public final class DesktopApp implements AutoCloseable {

    /**
     * What the desktop needs of the running suite: its features, its event stream, its log's check,
     * its ports, and the fingerprint of the certificate on its HTTPS port.
     */
    public record Parts(Orders orders, EventStream events, TableOverview tableOverview, Pairing pairing,
                        TableSessions sessions, LogVerifier logVerifier, int port, int tlsPort,
                        Fingerprint fingerprint, MenuLookup menu, MenuChanges menuChanges, Money money) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(DesktopApp.class);

    private final Parts app;
    private final Path data;
    private final boolean kitchenMode;
    private final Clock clock;
    private final ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();
    private KitchenModel kitchen;
    private KitchenView kitchenView;
    private TablesModel tables;
    private TablesView tablesView;
    private LogStatus logStatus;
    private EightySixModel eightySix;
    private MenuEditorModel menuEditor;
    /** The staff member signed in, for the menu's audit trail; nobody yet, until sign-in comes. */
    private final Supplier<Integer> signedIn = () -> null;

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
        eightySix = new EightySixModel(app.menu(), app.menuChanges(), app.events(), signedIn, Platform::runLater);
        eightySix.start();
        kitchenView = new KitchenView(kitchen, new Ageing(settings.warnAfter(), settings.lateAfter()), settings::sound,
                eightySix, app.money());
        kitchen.start();
        PadAddress pads = new PadAddress(LanAddress.best(), app.tlsPort(), app.fingerprint());
        String address = pads.https() + " (certificate " + pads.fingerprint().shortForm() + ")";
        tables = new TablesModel(app.tableOverview(), app.pairing(), app.sessions(), app.orders(), app.events(),
                Platform::runLater, background);
        tablesView = new TablesView(tables, clock, pads);
        tables.start();
        menuEditor = new MenuEditorModel(app.menu(), app.menuChanges(), app.events(), app.money(), signedIn,
                Platform::runLater, background);
        menuEditor.start();
        MenuEditorView menuEditorView = new MenuEditorView(menuEditor);
        logStatus = new LogStatus(app.logVerifier(), app.events(), Platform::runLater);
        logStatus.start();
        List<Shell.Section> sections = new ArrayList<>();
        sections.add(new Shell.Section("Kitchen", kitchenView));
        sections.add(new Shell.Section("Tables & Pads", tablesView));
        sections.add(new Shell.Section("Menu", menuEditorView));
        Shell shell = new Shell(address, data, new LogStatusLabel(logStatus.check()), sections);
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
        showFirstPin(stage);
        return shell;
    }

    /** On the first start, shows the manager's first PIN once; noting it deletes its file. */
    private void showFirstPin(Stage stage) {
        FirstPin firstPin = new FirstPin(data);
        background.execute(() -> {
            try {
                firstPin.read().ifPresent(pin -> Platform.runLater(
                        () -> new FirstPinDialog(stage, pin, () -> forgetLater(firstPin)).show()));
            } catch (IOException e) {
                LOG.warn("Cannot read the manager's first PIN from {}: {}", firstPin.file(), e.toString());
            }
        });
    }

    /** Off the FX thread, and on a thread of its own: the dialog may be closed as the app shuts down. */
    private static void forgetLater(FirstPin firstPin) {
        Thread.ofVirtual().name("first-pin").start(() -> {
            try {
                firstPin.forget();
            } catch (IOException e) {
                LOG.warn("Cannot delete {}; delete it by hand once the PIN is noted: {}", firstPin.file(),
                        e.toString());
            }
        });
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
        if (logStatus != null) {
            logStatus.close();
        }
        if (menuEditor != null) {
            menuEditor.close();
        }
        if (eightySix != null) {
            eightySix.close();
        }
        background.shutdownNow();
    }
}
