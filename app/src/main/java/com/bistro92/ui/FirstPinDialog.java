package com.bistro92.ui;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The first start's screen: the manager's first PIN, shown once. Closing it, by its button or
 * the window's, counts as "noted", and {@code onNoted} runs.
 */
final class FirstPinDialog extends Dialog<ButtonType> {

    static final ButtonType NOTED = new ButtonType("I have noted the PIN", ButtonBar.ButtonData.OK_DONE);

    private final String pin;

    FirstPinDialog(Window owner, String pin, Runnable onNoted) {
        this.pin = pin;
        initOwner(owner);
        createView();
        setOnHidden(e -> {
            if (getResult() == NOTED) {
                onNoted.run();
            }
        });
    }

    private void createView() {
        setTitle("Welcome to Bistro92");
        setHeaderText("The manager's first PIN");
        Label value = new Label(pin);
        value.getStyleClass().add("first-pin-value");
        Label note = new Label("Write it down now: it is shown only this once. The Manager account must change it"
                + " at the first login.");
        note.setWrapText(true);
        note.setMaxWidth(420);
        VBox content = new VBox(14, value, note);
        content.getStyleClass().add("first-pin");
        getDialogPane().setContent(content);
        getDialogPane().getStylesheets().add(FirstPinDialog.class.getResource("shell.css").toExternalForm());
        getDialogPane().getButtonTypes().setAll(NOTED);
    }
}
