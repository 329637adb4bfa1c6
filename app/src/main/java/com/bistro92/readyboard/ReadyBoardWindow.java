package com.bistro92.readyboard;

import com.bistro92.journal.EventStream;
import com.bistro92.order.Orders;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
    private final ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();

    public ReadyBoardWindow(Orders orders, EventStream events) {
        this.model = new ReadyBoardModel(orders, events, Platform::runLater, background);
    }

    /** Starts JavaFX and shows the board; {@code onClosed} runs when its window is closed. */
    public void show(Runnable onClosed) {
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setTitle("Bistro92 — orders ready");
            // the whole screen, also where a window manager does not honour full screen
            Rectangle2D screen = Screen.getPrimary().getBounds();
            stage.setScene(new Scene(new ReadyBoardView(model), screen.getWidth(), screen.getHeight()));
            stage.setFullScreenExitKeyCombination(KeyCombination.valueOf("Esc"));
            stage.setFullScreenExitHint("");
            stage.setFullScreen(true);
            stage.setOnHidden(e -> onClosed.run());
            model.start();
            stage.show();
        });
    }

    @Override
    public void close() throws Exception {
        model.close();
        background.shutdownNow();
    }
}
