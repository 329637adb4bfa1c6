package com.bistro92.readyboard;

import com.bistro92.orderstream.OrderStream;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * {@code --ready-board}: the suite's only window is the guests' ready board, full screen, with no
 * sign-in (it shows order numbers and nothing else). Escape leaves full screen; closing the
 * window stops the suite.
 */
public final class ReadyBoardWindow implements AutoCloseable {

    private final ReadyBoardModel model;

    /** @param orders in the suite, or on the main PC when this is a display */
    public ReadyBoardWindow(OrderStream orders) {
        this.model = new ReadyBoardModel(orders, Platform::runLater);
    }

    /** Starts JavaFX and shows the board; {@code onClosed} runs when its window is closed. */
    public void show(Runnable onClosed) {
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setOnHidden(e -> onClosed.run());
            showIn(stage);
        });
    }

    /** Shows the board in {@code stage}, full screen, and starts following the orders. FX thread only. */
    public void showIn(Stage stage) {
        stage.setTitle("Bistro92 — orders ready");
        // the whole screen, also where a window manager does not honour full screen
        Rectangle2D screen = Screen.getPrimary().getBounds();
        stage.setScene(new Scene(new ReadyBoardView(model), screen.getWidth(), screen.getHeight()));
        stage.setFullScreenExitKeyCombination(KeyCombination.valueOf("Esc"));
        stage.setFullScreenExitHint("");
        stage.setFullScreen(true);
        model.start();
        stage.show();
    }

    @Override
    public void close() throws Exception {
        model.close();
    }
}
