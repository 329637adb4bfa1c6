package com.bistro92.displayclient;

import atlantafx.base.theme.PrimerDark;
import com.bistro92.json.Json;
import com.bistro92.kitchen.Ageing;
import com.bistro92.kitchen.KitchenModel;
import com.bistro92.kitchen.KitchenView;
import com.bistro92.kitchen.StationMemory;
import com.bistro92.menu.Stations;
import com.bistro92.orderstream.RemoteOrderStream;
import com.bistro92.readyboard.ReadyBoardWindow;
import com.bistro92.tls.Fingerprint;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code --display URL}: this PC is a second kitchen screen of the main PC at {@code URL}, or with
 * {@code --ready-board} the guests' board, with no database or server of its own. The first start
 * pairs (see {@link DisplayPairing}) and keeps the pairing in the display's folder; every start then
 * follows the main PC's feed over HTTPS, pinned to its certificate ({@link RemoteOrderStream}).
 */
public final class DisplayMode implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DisplayMode.class);

    private final URI mainPc;
    private final DisplayFolder folder;
    private final boolean readyBoard;
    private final Clock clock;
    private final RemoteOrderStream.Timing timing;
    private final ObjectMapper json = Json.newMapper();
    private final ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();
    private final Deque<AutoCloseable> open = new ArrayDeque<>();
    private KitchenModel kitchen;
    /** The kitchen fills the screen: so on a display PC; a window in the tests, which open a stage of their own. */
    private boolean fullScreen;
    private Stations stations;
    private String pairCode;

    public DisplayMode(URI mainPc, Path folder, boolean readyBoard, Clock clock) {
        this(mainPc, folder, readyBoard, clock, RemoteOrderStream.Timing.DEFAULT);
    }

    DisplayMode(URI mainPc, Path folder, boolean readyBoard, Clock clock, RemoteOrderStream.Timing timing) {
        this.mainPc = mainPc;
        this.folder = new DisplayFolder(folder, json);
        this.readyBoard = readyBoard;
        this.clock = clock;
        this.timing = timing;
    }

    /** The kitchen shows these stations ({@code --stations}) in place of the choice remembered on this PC. */
    public DisplayMode stations(Stations shown) {
        this.stations = shown;
        return this;
    }

    /**
     * Pairs with these twelve digits ({@code --pair-code}) when this display is not paired yet, without
     * asking for them; if they are refused, the pairing screen says why.
     */
    public DisplayMode pairCode(String digits) {
        this.pairCode = digits;
        return this;
    }

    /** Starts JavaFX and shows the display; {@code onClosed} runs when its window is closed. */
    public void show(Runnable onClosed) {
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setOnHidden(e -> onClosed.run());
            fullScreen = true;
            open(stage);
        });
    }

    /** Shows the display in {@code stage}: the pairing first, unless this display is paired with this main PC. */
    void open(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
        var kept = folder.load().filter(c -> c.mainPc().equals(mainPc));
        if (kept.isPresent()) {
            follow(stage, kept.get());
            return;
        }
        if (pairCode != null) {
            LOG.info("This display is not paired with {} yet; pairing with the code given", mainPc);
            String digits = pairCode;
            pairCode = null; // used once
            pair(digits, hostName()).whenComplete((credentials, failure) -> Platform.runLater(() -> {
                if (failure == null) {
                    follow(stage, credentials);
                } else {
                    Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                    LOG.error("Pairing with the code given failed: {}", cause.getMessage());
                    askForCode(stage);
                }
            }));
            return;
        }
        askForCode(stage);
    }

    private void askForCode(Stage stage) {
        LOG.info("This display is not paired with {} yet; showing the pairing screen", mainPc);
        stage.setTitle("Bistro92 — pair this display");
        stage.setScene(new Scene(new PairingView(mainPc, hostName(), this::pair, c -> follow(stage, c)), 900, 640));
        stage.show();
    }

    private CompletableFuture<DisplayCredentials> pair(String code, String name) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                DisplayCredentials credentials = DisplayPairing.pair(mainPc, code, name, json);
                folder.save(credentials);
                LOG.info("Paired as display \"{}\" with {}, certificate {}; the pairing is kept in {}",
                        credentials.name(), credentials.server(), credentials.fingerprint(), folder.folder());
                return credentials;
            } catch (DisplayPairing.Refused e) {
                throw new java.util.concurrent.CompletionException(e);
            } catch (java.io.IOException e) {
                throw new java.util.concurrent.CompletionException(
                        new DisplayPairing.Refused("Paired, but the pairing could not be kept in " + folder.folder()
                                + ": " + e.getMessage(), e));
            }
        }, background);
    }

    /** Keeps the root an older main PC's certificate vouched for; the old pin still works if it cannot. */
    private void keepPin(DisplayCredentials credentials, Fingerprint root) {
        try {
            folder.save(new DisplayCredentials(credentials.mainPc(), credentials.server(), root.toString(),
                    credentials.token(), credentials.displayId(), credentials.name()));
            LOG.info("The main PC now has a restaurant root certificate; this display pins it: {}", root);
        } catch (java.io.IOException e) {
            LOG.warn("Cannot keep the main PC's new root pin {} in {}: {}", root, folder.folder(), e.toString());
        }
    }

    /** Follows the main PC's orders on the kitchen view, or on the ready board. */
    private void follow(Stage stage, DisplayCredentials credentials) {
        HttpClient http = DisplayPairing.client(Fingerprint.parse(credentials.fingerprint()),
                root -> keepPin(credentials, root));
        open.push(http::shutdownNow);
        RemoteOrderStream orders = new RemoteOrderStream(http, credentials.server(), credentials.token(), json,
                timing);
        LOG.info("Display \"{}\" following {}", credentials.name(), credentials.server());
        if (readyBoard) {
            ReadyBoardWindow board = new ReadyBoardWindow(orders);
            open.push(board);
            board.showIn(stage);
            return;
        }
        kitchen = new KitchenModel(orders, clock, Platform::runLater);
        open.push(kitchen);
        KitchenView view = new KitchenView(kitchen, Ageing.DEFAULT, () -> true);
        open.push(() -> Platform.runLater(view::dispose));
        // a wall-mounted display is often one station's: as in the suite, a local preference
        StationMemory memory = StationMemory.preferences(StationMemory.userNode(), folder.folder());
        kitchen.stations(stations != null ? stations : memory.load());
        view.rememberStations(memory);
        kitchen.start();
        // full screen, as the kitchen PC's --kitchen: sized to the screen first, for desktops whose
        // window manager ignores full screen
        Rectangle2D screen = Screen.getPrimary().getBounds();
        Scene scene = new Scene(view, screen.getWidth(), screen.getHeight());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F11), () -> stage.setFullScreen(!stage.isFullScreen()));
        stage.setTitle("Bistro92 — kitchen display of " + credentials.server().getHost());
        stage.setScene(scene);
        if (fullScreen) {
            stage.setX(screen.getMinX());
            stage.setY(screen.getMinY());
            stage.setWidth(screen.getWidth());
            stage.setHeight(screen.getHeight());
            stage.setFullScreenExitHint("F11 leaves full screen");
            stage.setFullScreen(true);
        }
        stage.show();
        view.requestFocus();
    }

    /** The kitchen this display shows, once it follows the main PC; null before. For tests. */
    KitchenModel kitchen() {
        return kitchen;
    }

    private static String hostName() {
        try {
            String name = InetAddress.getLocalHost().getHostName();
            return name.length() > 60 ? name.substring(0, 60) : name;
        } catch (UnknownHostException e) {
            return "Display";
        }
    }

    @Override
    public void close() {
        while (!open.isEmpty()) {
            try {
                open.pop().close();
            } catch (Exception e) {
                LOG.warn("A part of the display did not close cleanly", e);
            }
        }
        background.shutdownNow();
    }
}
