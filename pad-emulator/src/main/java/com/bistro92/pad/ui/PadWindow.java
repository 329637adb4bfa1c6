package com.bistro92.pad.ui;

import com.bistro92.pad.cli.Transport;
import com.bistro92.pad.client.CertificatePins;
import com.bistro92.pad.client.PadClient;
import com.bistro92.pad.client.PadCredentials;
import com.bistro92.pad.client.PadException;
import com.bistro92.pad.client.PadFeed;
import com.bistro92.pad.client.PadStore;
import com.bistro92.pad.client.PairingLink;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.websocket.client.WebSocketClient;

/**
 * The pad's window, started by {@link PadCommand}: pairs (or reuses the pairing saved under the
 * pad's name) and shows the pad until its window is closed. The link is the
 * one in the pairing QR code; over HTTPS the pad then accepts only the certificate it names.
 */
public final class PadWindow {

    /** What the command line gave: each may be null but the name and the state folder. */
    public record Flags(String server, String code, String fingerprint, String name, Path state) {
    }

    private final HttpClient http;
    private final WebSocketClient websockets;
    private final CertificatePins pins;
    private final ObjectMapper json;

    private PadWindow(Transport transport, ObjectMapper json) {
        this.http = transport.http();
        this.websockets = transport.websockets();
        this.pins = transport.pins();
        this.json = json;
    }

    /**
     * Pairs (or reuses the pairing saved under the pad's name) and shows the pad until its window
     * closes. The clients are the process's, started; the caller stops them once this returns.
     *
     * @return the exit status: 0 the window was closed, 1 pairing failed, 2 bad arguments
     */
    public static int run(Flags flags, PrintStream out, Transport transport, ObjectMapper json) {
        return new PadWindow(transport, json).open(flags, out);
    }

    private int open(Flags flags, PrintStream out) {
        String name = flags.name();
        PadStore store = new PadStore(flags.state());
        PadCredentials pad;
        try {
            if (flags.server() != null && (flags.code() != null || flags.server().contains("code="))) {
                PairingLink link;
                try {
                    link = PairingLink.parse(flags.server(), flags.code(), flags.fingerprint());
                } catch (IllegalArgumentException e) {
                    out.println(e.getMessage());
                    return 2;
                }
                pad = pair(link, name);
                store.save(name, pad);
            } else if (flags.code() != null) {
                out.println("A pairing code needs the server too: give --server with the code.");
                return 2;
            } else {
                var saved = store.load(name);
                if (saved.isEmpty()) {
                    if (flags.server() != null || Boolean.getBoolean("java.awt.headless")) {
                        out.println("This pad is not paired yet: give --server with the link from Tables & Pads.");
                        return 2;
                    }
                    pairOnScreen(store, name);
                    return 0;
                }
                pad = saved.get();
                pins.pin(pad);
                PadCredentials kept = pad;
                pins.onMoved(fingerprint -> keep(store, name, kept.withFingerprint(fingerprint), out));
            }
        } catch (PadException e) {
            out.println("Pairing failed: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            out.println("Cannot keep the pairing: " + e.getMessage());
            return 1;
        }
        show(pad);
        return 0;
    }

    /** Keeps a pin that moved to the restaurant's root; the old one keeps working if it cannot be written. */
    private static void keep(PadStore store, String name, PadCredentials pad, PrintStream out) {
        try {
            store.save(name, pad);
            out.println("The server now has a restaurant root certificate; this pad pins it: "
                    + pad.fingerprint());
        } catch (IOException e) {
            out.println("Cannot keep the new certificate pin: " + e.getMessage());
        }
    }

    /** Pins the link's certificate, if it names one, then pairs: nothing goes to a server that shows another. */
    private PadCredentials pair(PairingLink link, String name) throws PadException {
        if (!link.fingerprint().isEmpty()) {
            pins.pin(link.server(), link.fingerprint());
        }
        return PadClient.pair(http, json, link, name);
    }

    /** First start without a code: a setup form asks for the pairing link, or an address and a code. */
    private void pairOnScreen(PadStore store, String name) {
        CountDownLatch closed = new CountDownLatch(1);
        ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();
        Platform.startup(() -> {
            Stage stage = withIcon(new Stage());
            stage.setTitle("Bistro92 pad — pair " + name);
            stage.setOnHidden(e -> closed.countDown());
            stage.setScene(new Scene(new PairingForm((server, code, done) -> background.execute(() -> {
                try {
                    PadCredentials pad = pair(PairingLink.parse(server, code, ""), name);
                    store.save(name, pad);
                    Platform.runLater(() -> showIn(stage, pad, background));
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

    private void show(PadCredentials pad) {
        CountDownLatch closed = new CountDownLatch(1);
        ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();
        Platform.startup(() -> {
            Stage stage = withIcon(new Stage());
            stage.setOnHidden(e -> closed.countDown());
            showIn(stage, pad, background);
        });
        await(closed);
        background.shutdownNow();
        Platform.exit();
    }

    /** Puts the pad for {@code pad} into {@code stage}; its feed stops when the window closes. */
    /** The project's icon on the window, as in the desktop menu. */
    private static Stage withIcon(Stage stage) {
        stage.getIcons().setAll(new javafx.scene.image.Image(
                PadWindow.class.getResource("bistro92.png").toExternalForm()));
        return stage;
    }

    private void showIn(Stage stage, PadCredentials pad, ExecutorService background) {
        PadModel model = new PadModel(new PadClient(http, json, pad), Platform::runLater, background);
        PadFeed feed = new PadFeed(websockets, json, pad, model);
        PadView view = new PadView(model, pad.table());
        stage.setTitle("Bistro92 pad — " + pad.padName() + " at " + pad.table() + " (" + pad.server()
                + (pad.pinned() ? ", certificate " + pad.certificate() : "") + ")");
        stage.setScene(new Scene(view, 640, 460));
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> feed.close());
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
