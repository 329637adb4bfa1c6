package com.bistro92.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.bistro92.backup.Backups;
import com.bistro92.bill.Bills;
import com.bistro92.dashboard.DashboardQueries;
import com.bistro92.history.OrderHistory;
import com.bistro92.integration.Integrations;
import com.bistro92.journal.EventStream;
import com.bistro92.journal.LogVerifier;
import com.bistro92.menu.MenuChanges;
import com.bistro92.menu.MenuLookup;
import com.bistro92.money.Money;
import com.bistro92.order.Orders;
import com.bistro92.print.Printers;
import com.bistro92.report.ZReports;
import com.bistro92.menu.Stations;
import com.bistro92.settings.Settings;
import com.bistro92.signin.SignInModel;
import com.bistro92.signin.SignInView;
import com.bistro92.settings.SettingsChanged;
import com.bistro92.settings.SettingsStore;
import com.bistro92.staff.FirstPin;
import com.bistro92.staff.Role;
import com.bistro92.staff.Staff;
import com.bistro92.staff.StaffMember;
import com.bistro92.stock.Stock;
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
                        OrderHistory history, ZReports reports, Displays displays, DataPlace dataPlace,
                        Printers printers, Stock stock, Integrations integrations) {
    }

    /**
     * Where the suite keeps its data, for the status line.
     *
     * @param server    the database server, or null for the data folder's H2
     * @param node      this computer's name: which node of a shared database this suite is
     * @param reachable whether the database can be reached now
     */
    public record DataPlace(com.bistro92.store.PostgresAddress server, String node,
                            java.util.function.BooleanSupplier reachable) {
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
    /** Held while the screens close, and while a section is built ahead of being opened. */
    private final Object closing = new Object();
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
    private final CompletableFuture<Void> shown = new CompletableFuture<>();
    private final ThemeMemory themes;
    /** The running suite's parts, once it runs: a window may open before the suite has opened its data. */
    private final CompletableFuture<Parts> attached = new CompletableFuture<>();

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
        this.themes = new ThemeMemory(data);
        if (app != null) {
            attached.complete(app);
        }
    }

    /**
     * The desktop of a suite that is still starting: {@link #show} opens the window (the sign-in,
     * saying the data is opening) as soon as JavaFX runs, and {@link #attach} gives it the suite's
     * parts once they are ready. The window then comes in about a second, not after the database,
     * the server and every screen.
     */
    public static DesktopApp beforeTheSuite(Path data, boolean kitchenMode, Clock clock, Restarts restarts) {
        return new DesktopApp(null, data, kitchenMode, clock, restarts, null);
    }

    /** The running suite's parts, for a desktop made {@link #beforeTheSuite}; its sign-in and screens follow. */
    public void attach(Parts parts) {
        attached.complete(parts);
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
                shown.completeExceptionally(failure);
                drawn.completeExceptionally(failure);
                return;
            }
            Platform.runLater(() -> {
                Stage stage = new Stage();
                stage.setOnHidden(e -> onClosed.run());
                try {
                    openEarly(stage);
                } catch (RuntimeException e) {
                    shown.completeExceptionally(e);
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
        app = attached.getNow(null);
        if (app == null) {
            throw new IllegalStateException("The suite's parts are not attached yet");
        }
        Scene scene = new Scene(buildRoot(), 1280, 800);
        frame(stage, scene, fullScreen);
        ready(scene);
        return shell;
    }

    /**
     * Shows the window at once, with the sign-in saying the data is opening; the suite's screens
     * come into it once {@link #attach}ed. Runs on the FX thread.
     */
    private void openEarly(Stage stage) {
        this.stage = stage;
        applyTheme(themes.load());
        signIn = new SignInModel(attached.thenApply(Parts::staff), Platform::runLater, clock.getZone());
        signInView = new SignInView(signIn);
        Scene scene = new Scene(new StackPane(signInView), 1280, 800);
        stage.setTitle("Bistro92");
        frame(stage, scene, kitchenMode);
        signInView.focus();
        FirstFrame.of(scene).thenRun(() -> shown.complete(null));
        attached.thenAcceptAsync(parts -> {
            if (closed) {
                return;
            }
            app = parts;
            StackPane root = (StackPane) scene.getRoot();
            root.getChildren().addFirst(buildShell());
            wireSignIn();
            lock();
            ready(scene);
        }, Platform::runLater);
    }

    /** Sets {@code scene} in {@code stage}, sized to the screen and full screen if asked, and shows it. */
    private void frame(Stage stage, Scene scene, boolean fullScreen) {
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
    }

    /**
     * The suite's screens are in {@code scene}: shortcuts and the idle lock on, the focus where the
     * user starts; once drawn (and a first start's PIN shown), {@link #drawn()} completes and the
     * sections not open yet are built, one at a time.
     */
    private void ready(Scene scene) {
        shell.installShortcuts(scene, stage);
        idleLock = new IdleLock(autoLock(), this::lock);
        idleLock.watch(scene);
        if (kitchenMode) {
            screens.kitchenView().requestFocus();
        } else {
            signInView.focus();
        }
        Shell built = shell;
        CompletableFuture.allOf(FirstFrame.of(scene), showFirstPin(stage)).whenComplete((done, failure) -> {
            shown.complete(null);
            drawn.complete(null);
            buildRest(built);
        });
    }

    /** Builds the sections of {@code built} not opened yet, one per turn of the FX thread, while it is the shell shown. */
    private void buildRest(Shell built) {
        Platform.runLater(() -> {
            boolean more;
            // not while the screens close (from any thread), nor once they are closed
            synchronized (closing) {
                more = !closed && built == shell && built.buildNext();
            }
            if (more) {
                buildRest(built);
            }
        });
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
     * Completes once the window is first drawn: for a desktop made {@link #beforeTheSuite}, the
     * sign-in saying the data is opening, before the suite runs; otherwise with {@link #drawn()}.
     */
    public CompletionStage<Void> shown() {
        return shown;
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
        // the sections this member may open first, then the sign-in goes: nothing else shows in between
        shell.allow(member.name() + " · " + member.role().name().charAt(0)
                + member.role().name().substring(1).toLowerCase(java.util.Locale.ROOT), member::may);
        signInView.setVisible(false);
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
        Shell built = buildShell();
        signIn = new SignInModel(app.staff(), Platform::runLater, clock.getZone());
        signInView = new SignInView(signIn);
        wireSignIn();
        StackPane root = new StackPane(built, signInView);
        lock();
        return root;
    }

    private void wireSignIn() {
        signIn.onSignedIn(this::signedIn);
        signInView.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && kitchenMode) {
                lock();
            }
        });
        shell.onSwitchUser(this::showSignIn, kitchenMode ? "Sign in" : "Switch user");
    }

    private java.time.Duration autoLock() {
        java.time.Duration fromSettings = app.settings().current().autoLock();
        return autoLockOverride != null ? autoLockOverride
                : fromSettings.isZero() ? java.time.Duration.ofDays(3650) : fromSettings;
    }

    /** The main window's frame and its sections (built as they open) on the running suite's parts. */
    private Shell buildShell() {
        applyTheme(app.settings().current());
        screens = new Screens(app, operator, clock, background, stations, data);
        shell = screens.shell(this::restore);
        settingsChanges = app.events().subscribe(SettingsChanged.class, e -> Platform.runLater(() -> apply(e.settings())));
        stage.setTitle("Bistro92 — pads connect to " + screens.address());
        return shell;
    }

    /** A saved change reaches the screens at once: ticket colours, and the theme. */
    private void apply(Settings settings) {
        screens.apply(settings);
        applyTheme(settings);
    }

    private void applyTheme(Settings settings) {
        themes.save(settings.theme());
        applyTheme(settings.theme());
    }

    private void applyTheme(Settings.Theme theme) {
        boolean dark = kitchenMode || theme == Settings.Theme.DARK;
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
            buildRest(shell);
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
        synchronized (closing) {
            closed = true;
            closeViews();
        }
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
