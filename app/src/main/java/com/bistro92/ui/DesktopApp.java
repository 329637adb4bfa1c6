package com.bistro92.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.bistro92.backup.Backups;
import com.bistro92.bill.Bills;
import com.bistro92.dashboard.DashboardQueries;
import com.bistro92.history.OrderHistory;
import com.bistro92.journal.EventStream;
import com.bistro92.journal.LogVerifier;
import com.bistro92.menu.MenuChanges;
import com.bistro92.menu.MenuLookup;
import com.bistro92.money.Money;
import com.bistro92.order.Orders;
import com.bistro92.report.ZReports;
import com.bistro92.kitchen.Stations;
import com.bistro92.settings.Settings;
import com.bistro92.signin.SignInModel;
import com.bistro92.signin.SignInView;
import com.bistro92.settings.SettingsChanged;
import com.bistro92.settings.SettingsStore;
import com.bistro92.staff.FirstPin;
import com.bistro92.staff.Role;
import com.bistro92.staff.Staff;
import com.bistro92.staff.StaffMember;
import com.bistro92.table.Displays;
import com.bistro92.table.Pairing;
import com.bistro92.table.TableOverview;
import com.bistro92.table.TableSessions;
import com.bistro92.tls.Fingerprint;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.controlsfx.control.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop side's composition: builds the shell and its views on the FX thread, wired to
 * the running server's order stream. JavaFX is started with {@link Platform#startup} (see
 * {@link #startJavaFx}) so that no static hand-over to an {@code Application} subclass is needed.
 */
public final class DesktopApp implements AutoCloseable {

    /**
     * What the desktop needs of the running suite: its features, its event stream, its log's check,
     * its ports, and the fingerprint of the certificate on its HTTPS port.
     */
    public record Parts(Orders orders, EventStream events, TableOverview tableOverview, Pairing pairing,
                        TableSessions sessions, LogVerifier logVerifier, Staff staff, int port, int tlsPort,
                        Fingerprint fingerprint, SettingsStore settings, Backups backups, MenuLookup menu,
                        MenuChanges menuChanges, Money money, Bills bills, DashboardQueries dashboard,
                        OrderHistory history, ZReports reports, Displays displays) {
    }

    /** Restores a backup over the running suite and hands back the parts of the restored one. */
    @FunctionalInterface
    public interface Restarts {
        Restarted restore(Path backup) throws Exception;
    }

    /**
     * The parts of the suite now running, and the folder the replaced data went to; or, when the
     * restored data would not start, the parts of the data as it was and why.
     */
    public record Restarted(Parts parts, Path replaced, Exception failure) {
    }

    private static final Restarts NO_RESTORE = backup -> {
        throw new UnsupportedOperationException("Restoring is not available here");
    };

    private static final Logger LOG = LoggerFactory.getLogger(DesktopApp.class);

    private Parts app;
    private final Restarts restarts;
    private final Path data;
    private final boolean kitchenMode;
    private final Clock clock;
    private final ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();
    private final Operator operator = new Operator();
    private volatile boolean closed;
    private final java.time.Duration autoLockOverride;
    private Screens screens;
    private Shell shell;
    private SignInModel signIn;
    private SignInView signInView;
    private IdleLock idleLock;
    private AutoCloseable settingsChanges;
    private Stage stage;
    private Stations stations;
    private final CompletableFuture<Void> drawn = new CompletableFuture<>();

    public DesktopApp(Parts app, Path data, boolean kitchenMode, Clock clock) {
        this(app, data, kitchenMode, clock, NO_RESTORE, null);
    }

    /** @param restarts how a restore from the Settings screen swaps the running suite for the restored one */
    public DesktopApp(Parts app, Path data, boolean kitchenMode, Clock clock, Restarts restarts) {
        this(app, data, kitchenMode, clock, restarts, null);
    }

    /** With the suite locking itself after {@code autoLock} without input, whatever the settings say. */
    public DesktopApp(Parts app, Path data, boolean kitchenMode, Clock clock, java.time.Duration autoLock) {
        this(app, data, kitchenMode, clock, NO_RESTORE, autoLock);
    }

    private DesktopApp(Parts app, Path data, boolean kitchenMode, Clock clock, Restarts restarts,
                       java.time.Duration autoLock) {
        this.autoLockOverride = autoLock;
        this.app = app;
        this.data = data;
        this.kitchenMode = kitchenMode;
        this.clock = clock;
        this.restarts = restarts;
    }

    /** The kitchen view shows these stations ({@code --stations}) in place of the choice remembered on this PC. */
    public DesktopApp stations(Stations shown) {
        this.stations = shown;
        return this;
    }

    /**
     * Starts JavaFX on a thread of its own, so that it loads beside the suite's database and server
     * rather than after them; completes once it runs. {@link #show} opens the window on it.
     */
    public static CompletableFuture<Void> startJavaFx() {
        CompletableFuture<Void> started = new CompletableFuture<>();
        Thread.ofPlatform().name("javafx-start").daemon(true).start(() -> {
            try {
                Platform.startup(() -> started.complete(null));
            } catch (RuntimeException e) {
                started.completeExceptionally(e);
            }
        });
        return started;
    }

    /**
     * Shows the main window once {@code javaFx} (from {@link #startJavaFx}) runs; {@code onClosed}
     * runs when the window is closed. Without JavaFX (no display), says so and shows nothing.
     */
    public void show(CompletionStage<Void> javaFx, Runnable onClosed) {
        javaFx.whenComplete((started, failure) -> {
            if (failure != null) {
                LOG.error("The window cannot open: {}", failure.toString());
                drawn.completeExceptionally(failure);
                return;
            }
            Platform.runLater(() -> {
                Stage stage = new Stage();
                stage.setOnHidden(e -> onClosed.run());
                try {
                    open(stage);
                } catch (RuntimeException e) {
                    drawn.completeExceptionally(e);
                    throw e;
                }
            });
        });
    }

    /** Builds the shell into {@code stage} and shows it (full screen in kitchen mode). Runs on the FX thread. */
    public Shell open(Stage stage) {
        return open(stage, kitchenMode);
    }

    /** As {@link #open(Stage)}, in a window however the suite runs: for tests of kitchen mode. */
    Shell open(Stage stage, boolean fullScreen) {
        this.stage = stage;
        Scene scene = new Scene(buildRoot(), 1280, 800);
        shell.installShortcuts(scene, stage);
        idleLock = new IdleLock(autoLock(), this::lock);
        idleLock.watch(scene);
        stage.setScene(scene);
        stage.setFullScreenExitHint("F11 leaves full screen");
        stage.getIcons().setAll(new Image(DesktopApp.class.getResource("bistro92.png").toExternalForm()));
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
            screens.kitchenView().requestFocus();
        } else {
            signInView.focus();
        }
        CompletableFuture.allOf(FirstFrame.of(scene), showFirstPin(stage))
                .whenComplete((shown, failure) -> drawn.complete(null));
        return shell;
    }

    /**
     * Completes once the main window has been drawn for the first time (signed out, usable) and,
     * on a first start, the manager's first PIN is shown over it: what waits behind the window
     * (the warm-up) begins then. Completes exceptionally when the window could not open.
     */
    public CompletionStage<Void> drawn() {
        return drawn;
    }

    /**
     * Nobody is signed in: the sign-in screen covers the suite; in kitchen mode the queue stays
     * open as the KITCHEN role, and only leaving it asks for a PIN.
     */
    void lock() {
        if (closed) {
            return;
        }
        operator.set(null);
        if (kitchenMode) {
            signInView.setVisible(false);
            shell.allow("Kitchen: no one signed in", Role.KITCHEN::may);
            screens.kitchenView().requestFocus();
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

    /** The shell under the sign-in screen, nobody signed in yet. */
    private StackPane buildRoot() {
        shell = buildShell();
        signIn = new SignInModel(app.staff(), Platform::runLater, clock.getZone());
        signIn.onSignedIn(this::signedIn);
        signInView = new SignInView(signIn);
        signInView.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && kitchenMode) {
                lock();
            }
        });
        shell.onSwitchUser(this::showSignIn, kitchenMode ? "Sign in" : "Switch user");
        StackPane root = new StackPane(shell, signInView);
        lock();
        return root;
    }

    private java.time.Duration autoLock() {
        java.time.Duration fromSettings = app.settings().current().autoLock();
        return autoLockOverride != null ? autoLockOverride
                : fromSettings.isZero() ? java.time.Duration.ofDays(3650) : fromSettings;
    }

    /** Builds the views and their models on the running suite's parts. */
    private Shell buildShell() {
        applyTheme(app.settings().current());
        screens = new Screens(app, operator, clock, background, stations);
        Shell built = screens.shell(data, this::restore);
        settingsChanges = app.events().subscribe(SettingsChanged.class, e -> Platform.runLater(() -> apply(e.settings())));
        stage.setTitle("Bistro92 — pads connect to " + screens.address());
        return built;
    }

    /** A saved change reaches the screens at once: ticket colours, and the theme. */
    private void apply(Settings settings) {
        screens.apply(settings);
        applyTheme(settings);
    }

    private void applyTheme(Settings settings) {
        boolean dark = kitchenMode || settings.theme() == Settings.Theme.DARK;
        Application.setUserAgentStylesheet(dark
                ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
    }

    /** Restores off the FX thread, then rebuilds every screen on the restored suite. */
    private Path restore(Path backup) throws Exception {
        Restarted restarted = restarts.restore(backup);
        Platform.runLater(() -> {
            try {
                closeViews();
            } catch (Exception e) {
                LOG.warn("The screens of the replaced data did not close cleanly", e);
            }
            app = restarted.parts();
            Scene scene = stage.getScene();
            scene.getAccelerators().clear();
            // the restored data has its own staff: everyone signs in again
            scene.setRoot(buildRoot());
            shell.installShortcuts(scene, stage);
            shell.select("Settings");
            if (restarted.failure() == null) {
                Notifications.create().owner(stage).title("Backup restored")
                        .text("The data it replaced is kept in " + restarted.replaced())
                        .hideAfter(javafx.util.Duration.seconds(10)).showInformation();
            }
        });
        if (restarted.failure() != null) {
            throw restarted.failure();
        }
        return restarted.replaced();
    }

    /**
     * On the first start, shows the manager's first PIN once; noting it deletes its file. Completes
     * once the PIN is shown, or at once when there is none to show.
     */
    private CompletableFuture<Void> showFirstPin(Stage stage) {
        FirstPin firstPin = new FirstPin(data);
        CompletableFuture<Void> shown = new CompletableFuture<>();
        background.execute(() -> {
            try {
                firstPin.read().ifPresentOrElse(pin -> Platform.runLater(() -> {
                    new FirstPinDialog(stage, pin, () -> forgetLater(firstPin)).show();
                    shown.complete(null);
                }), () -> shown.complete(null));
            } catch (IOException e) {
                LOG.warn("Cannot read the manager's first PIN from {}: {}", firstPin.file(), e.toString());
                shown.complete(null);
            }
        });
        return shown;
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
        closed = true;
        closeViews();
        background.shutdownNow();
    }

    private void closeViews() throws Exception {
        if (idleLock != null) {
            idleLock.stop();
        }
        if (settingsChanges != null) {
            settingsChanges.close();
        }
        if (screens != null) {
            screens.close();
        }
    }
}
