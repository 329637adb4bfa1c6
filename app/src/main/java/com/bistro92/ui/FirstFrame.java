package com.bistro92.ui;

import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Tells when a window has been drawn for the first time: at the pulse after its scene's first
 * layout, by which time that layout's frame has been rendered. What waits behind the window (the
 * warm-up) starts from there.
 */
final class FirstFrame implements Runnable {

    /** Pulses the scene has been laid out in: the first lays it out, the second comes once it is drawn. */
    private static final int PULSES = 2;

    private final Scene scene;
    private final CompletableFuture<Void> drawn = new CompletableFuture<>();
    private int pulses;

    private FirstFrame(Scene scene) {
        this.scene = scene;
    }

    /** Completes, on the FX thread, once {@code scene}'s window has been drawn. Call on the FX thread. */
    static CompletableFuture<Void> of(Scene scene) {
        FirstFrame frame = new FirstFrame(scene);
        scene.addPostLayoutPulseListener(frame);
        Platform.requestNextPulse();
        return frame.drawn;
    }

    @Override
    public void run() {
        if (drawn.isDone()) {
            return;
        }
        if (++pulses < PULSES) {
            Platform.requestNextPulse();
            return;
        }
        // not while the scene runs its listeners
        Platform.runLater(() -> scene.removePostLayoutPulseListener(this));
        drawn.complete(null);
    }
}
