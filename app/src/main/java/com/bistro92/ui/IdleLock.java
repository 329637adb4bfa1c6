package com.bistro92.ui;

import java.time.Duration;
import javafx.animation.PauseTransition;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;

/** Locks the suite after a time without a key, a click or a touch. */
final class IdleLock {

    private final PauseTransition idle;
    private final EventHandler<InputEvent> activity;

    IdleLock(Duration after, Runnable lock) {
        this.idle = new PauseTransition(javafx.util.Duration.millis(after.toMillis()));
        this.idle.setOnFinished(e -> lock.run());
        this.activity = e -> idle.playFromStart();
    }

    /** Starts counting on {@code scene}'s input. */
    void watch(Scene scene) {
        scene.addEventFilter(InputEvent.ANY, activity);
        idle.playFromStart();
    }

    /** Counting again from now, e.g. after a sign-in. */
    void restart() {
        idle.playFromStart();
    }

    void stop() {
        idle.stop();
    }
}
