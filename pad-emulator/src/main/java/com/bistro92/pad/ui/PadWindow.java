package com.bistro92.pad.ui;

import com.bistro92.pad.client.PadClient;
import com.bistro92.pad.client.PadCredentials;
import com.bistro92.pad.client.PadException;
import com.bistro92.pad.client.PadFeed;
import com.bistro92.pad.client.PadStore;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * {@code pad-emulator pad --server URL --code 123456 [--name "Pad 5"] [--state DIR]}: pairs (or
 * reuses the pairing saved under that name) and opens the pad's window until it is closed.
 */
public final class PadWindow {

    static final String USAGE = """
            usage: pad-emulator pad [--server http://HOST:8092 --code 123456] [--name "Pad 5"] [--state DIR]
              The first start pairs with a code from Tables & Pads; later starts reuse the pairing
              saved under the pad's name (in --state, default ~/.bistro92-pad).
            """;

    private PadWindow() {
    }

    public static int run(List<String> args, PrintStream out) {
        Map<String, String> flags = new HashMap<>();
        for (int i = 0; i + 1 < args.size(); i += 2) {
            flags.put(args.get(i), args.get(i + 1));
        }
        if (args.size() % 2 != 0 || flags.keySet().stream().anyMatch(k -> !List.of("--server", "--code", "--name",
                "--state").contains(k))) {
            out.print(USAGE);
            return 2;
        }
        String name = flags.getOrDefault("--name", "Pad");
        PadStore store = new PadStore(Path.of(flags.getOrDefault("--state",
                Path.of(System.getProperty("user.home"), ".bistro92-pad").toString())));
        HttpClient http = HttpClient.newHttpClient();
        PadCredentials pad;
        try {
            if (flags.containsKey("--code")) {
                if (!flags.containsKey("--server")) {
                    out.print(USAGE);
                    return 2;
                }
                pad = PadClient.pair(http, URI.create(flags.get("--server")), flags.get("--code"), name);
                store.save(name, pad);
            } else {
                var saved = store.load(name);
                if (saved.isEmpty()) {
                    if (flags.containsKey("--server") || Boolean.getBoolean("java.awt.headless")) {
                        out.println("This pad is not paired yet: give --server and --code from Tables & Pads.");
                        return 2;
                    }
                    pairOnScreen(http, store, name);
                    return 0;
                }
                pad = saved.get();
            }
        } catch (PadException e) {
            out.println("Pairing failed: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            out.println("Cannot keep the pairing: " + e.getMessage());
            return 1;
        }
        show(http, pad);
        return 0;
    }

    /** First start without a code: a setup form asks for the server address and the pairing code. */
    private static void pairOnScreen(HttpClient http, PadStore store, String name) {
        CountDownLatch closed = new CountDownLatch(1);
        ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setTitle("Bistro92 pad — pair " + name);
            stage.setOnHidden(e -> closed.countDown());
            stage.setScene(new Scene(new PairingForm((server, code, done) -> background.execute(() -> {
                try {
                    PadCredentials pad = PadClient.pair(http, URI.create(server), code, name);
                    store.save(name, pad);
                    Platform.runLater(() -> showIn(stage, http, pad, background));
                } catch (PadException | IOException | IllegalArgumentException e) {
                    Platform.runLater(() -> done.accept(e.getMessage()));
                }
            })), 640, 460));
            stage.show();
        });
        await(closed);
        background.shutdownNow();
        Platform.exit();
    }

    private static void show(HttpClient http, PadCredentials pad) {
        CountDownLatch closed = new CountDownLatch(1);
        ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setOnHidden(e -> closed.countDown());
            showIn(stage, http, pad, background);
        });
        await(closed);
        background.shutdownNow();
        Platform.exit();
    }

    /** Puts the pad for {@code pad} into {@code stage}; its feed stops when the window closes. */
    private static void showIn(Stage stage, HttpClient http, PadCredentials pad, ExecutorService background) {
        PadModel model = new PadModel(new PadClient(http, pad), Platform::runLater, background);
        PadFeed feed = new PadFeed(http, pad, model);
        PadView view = new PadView(model, pad.table());
        stage.setTitle("Bistro92 pad — " + pad.padName() + " at " + pad.table() + " (" + pad.server() + ")");
        stage.setScene(new Scene(view, 640, 460));
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> feed.close());
        stage.show();
        view.requestFocus();
        model.start();
        feed.start();
    }

    private static void await(CountDownLatch closed) {
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
