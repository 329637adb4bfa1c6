package com.bistro92.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.bistro92.kitchen.Ageing;
import com.bistro92.kitchen.KitchenModel;
import com.bistro92.kitchen.KitchenView;
import com.bistro92.journal.EventStream;
import com.bistro92.journal.LogVerifier;
import com.bistro92.net.LanAddress;
import com.bistro92.order.Orders;
import com.bistro92.settings.Settings;
import com.bistro92.signin.SignInModel;
import com.bistro92.signin.SignInView;
import com.bistro92.staff.FirstPin;
import com.bistro92.staff.Permission;
import com.bistro92.staff.Role;
import com.bistro92.staff.Staff;
import com.bistro92.staff.StaffMember;
import com.bistro92.staffview.StaffModel;
import com.bistro92.staffview.StaffView;
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
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
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
                        TableSessions sessions, LogVerifier logVerifier, Staff staff, int port, int tlsPort,
                        Fingerprint fingerprint) {
    }

    /** How long the suite waits without a key, a click or a touch before it locks itself. */
    static final java.time.Duration AUTO_LOCK = java.time.Duration.ofMinutes(5);

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
    private final Operator operator = new Operator();
    private final java.time.Duration autoLock;
    private Shell shell;
    private SignInModel signIn;
    private SignInView signInView;
    private IdleLock idleLock;
    private StaffModel staffModel;

    public DesktopApp(Parts app, Path data, boolean kitchenMode, Clock clock) {
        this(app, data, kitchenMode, clock, AUTO_LOCK);
    }

    /** With the suite locking itself after {@code autoLock} without input. */
    public DesktopApp(Parts app, Path data, boolean kitchenMode, Clock clock, java.time.Duration autoLock) {
        this.autoLock = autoLock;
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

    /** Builds the shell into {@code stage} and shows it (full screen in kitchen mode). Runs on the FX thread. */
    public Shell open(Stage stage) {
        return open(stage, kitchenMode);
    }

    /** As {@link #open(Stage)}, in a window however the suite runs: for tests of kitchen mode. */
    Shell open(Stage stage, boolean fullScreen) {
        Settings settings = Settings.load(data);
        Application.setUserAgentStylesheet(kitchenMode
                ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
        kitchen = new KitchenModel(app.orders(), app.events(), clock, Platform::runLater, background);
        kitchenView = new KitchenView(kitchen, new Ageing(settings.warnAfter(), settings.lateAfter()), settings::sound);
        kitchen.actingAs(operator::id);
        kitchen.start();
        PadAddress pads = new PadAddress(LanAddress.best(), app.tlsPort(), app.fingerprint());
        String address = pads.https() + " (certificate " + pads.fingerprint().shortForm() + ")";
        tables = new TablesModel(app.tableOverview(), app.pairing(), app.sessions(), app.orders(), app.events(),
                Platform::runLater, background);
        tablesView = new TablesView(tables, clock, pads);
        tables.actingAs(operator::id);
        tables.start();
        logStatus = new LogStatus(app.logVerifier(), app.events(), Platform::runLater);
        logStatus.start();
        List<Shell.Section> sections = new ArrayList<>();
        sections.add(new Shell.Section("Kitchen", kitchenView, Permission.BUMP));
        sections.add(new Shell.Section("Tables & Pads", tablesView, Permission.USE_TABLES));
        staffModel = new StaffModel(app.staff(), app.events(), Platform::runLater, background, operator::id);
        staffModel.start();
        sections.add(new Shell.Section("Staff", new StaffView(staffModel), Permission.MANAGE_STAFF));
        shell = new Shell(address, data, new LogStatusLabel(logStatus.check()), sections);
        signIn = new SignInModel(app.staff(), Platform::runLater, clock.getZone());
        signIn.onSignedIn(this::signedIn);
        signInView = new SignInView(signIn);
        shell.onSwitchUser(this::showSignIn, kitchenMode ? "Sign in" : "Switch user");
        Scene scene = new Scene(new StackPane(shell, signInView), 1280, 800);
        shell.installShortcuts(scene, stage);
        idleLock = new IdleLock(autoLock, this::lock);
        idleLock.watch(scene);
        signInView.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && kitchenMode) {
                lock();
            }
        });
        lock();
        stage.setTitle("Bistro92 — pads connect to " + address);
        stage.setScene(scene);
        stage.setFullScreenExitHint("F11 leaves full screen");
        if (fullScreen) {
            // sized to the screen first, for desktops whose window manager ignores full screen
            Rectangle2D screen = Screen.getPrimary().getBounds();
            stage.setX(screen.getMinX());
            stage.setY(screen.getMinY());
            stage.setWidth(screen.getWidth());
            stage.setHeight(screen.getHeight());
            stage.setFullScreen(true);
        }
        stage.show();
        if (kitchenMode) {
            kitchenView.requestFocus();
        } else {
            signInView.focus();
        }
        showFirstPin(stage);
        return shell;
    }

    /**
     * Nobody is signed in: the sign-in screen covers the suite; in kitchen mode the queue stays
     * open as the KITCHEN role, and only leaving it asks for a PIN.
     */
    void lock() {
        operator.set(null);
        if (kitchenMode) {
            signInView.setVisible(false);
            shell.allow("Kitchen: no one signed in", Role.KITCHEN::may);
            kitchenView.requestFocus();
        } else {
            showSignIn();
        }
    }

    private void showSignIn() {
        signIn.reload(background);
        signInView.setVisible(true);
        signInView.focus();
    }

    private void signedIn(StaffMember member) {
        operator.set(member);
        signInView.setVisible(false);
        shell.allow(member.name() + " · " + member.role().name().charAt(0)
                + member.role().name().substring(1).toLowerCase(java.util.Locale.ROOT), member::may);
        idleLock.restart();
        if (shell.getCenter() != null) {
            shell.getCenter().requestFocus();
        }
    }

    /** Who is signed in, for the models that send commands. */
    public Operator operator() {
        return operator;
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
        if (idleLock != null) {
            idleLock.stop();
        }
        if (staffModel != null) {
            staffModel.close();
        }
        background.shutdownNow();
    }
}
