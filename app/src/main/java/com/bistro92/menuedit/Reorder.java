package com.bistro92.menuedit;

import java.util.function.BiConsumer;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Control;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;

/**
 * Reordering a list by drag and drop and by keyboard (Alt+Up, Alt+Down), the same way for
 * categories and items: {@code move} gets the row's index and where it should go.
 */
final class Reorder {

    private static final DataFormat ROW = new DataFormat("application/x-bistro92-menu-row");

    private Reorder() {
    }

    /** Alt+Up and Alt+Down move the selected row of {@code control} one place. */
    static void keys(Control control, java.util.function.IntSupplier selected, BiConsumer<Integer, Integer> move) {
        control.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!e.isAltDown() || (e.getCode() != KeyCode.UP && e.getCode() != KeyCode.DOWN)) {
                return;
            }
            int from = selected.getAsInt();
            if (from >= 0) {
                move.accept(from, e.getCode() == KeyCode.UP ? from - 1 : from + 1);
            }
            e.consume();
        });
    }

    /** Lets {@code cell} be dragged onto another cell of its list; dropping moves it there. */
    static void drag(IndexedCell<?> cell, String dragClass, BiConsumer<Integer, Integer> move) {
        cell.setOnDragDetected(e -> {
            if (cell.isEmpty()) {
                return;
            }
            var board = cell.startDragAndDrop(TransferMode.MOVE);
            ClipboardContent content = new ClipboardContent();
            content.put(ROW, cell.getIndex());
            board.setContent(content);
            board.setDragView(cell.snapshot(null, null));
            e.consume();
        });
        cell.setOnDragOver(e -> {
            if (e.getDragboard().hasContent(ROW) && e.getGestureSource() != cell) {
                e.acceptTransferModes(TransferMode.MOVE);
            }
            e.consume();
        });
        cell.setOnDragEntered(e -> {
            if (e.getDragboard().hasContent(ROW)) {
                cell.getStyleClass().add(dragClass);
            }
        });
        cell.setOnDragExited(e -> cell.getStyleClass().remove(dragClass));
        cell.setOnDragDropped(e -> {
            boolean done = false;
            if (e.getDragboard().hasContent(ROW)) {
                int from = (Integer) e.getDragboard().getContent(ROW);
                int to = cell.isEmpty() ? Integer.MAX_VALUE : cell.getIndex();
                move.accept(from, to);
                done = true;
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }
}
