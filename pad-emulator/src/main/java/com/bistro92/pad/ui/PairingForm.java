package com.bistro92.pad.ui;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * The pad's first start: the server address (the app's window title shows it) and the
 * six-digit code from Tables & Pads. A real pad would scan the QR code instead.
 */
final class PairingForm extends VBox {

    /** Pairs with the entered address and code; calls {@code failed} with a message if that fails. */
    @FunctionalInterface
    interface Pairer {
        void pair(String server, String code, Consumer<String> failed);
    }

    PairingForm(Pairer pairer) {
        getStyleClass().addAll("pad", "pad-setup");
        getStylesheets().add(PairingForm.class.getResource("pad.css").toExternalForm());
        setAlignment(Pos.CENTER);
        setSpacing(12);
        Label title = new Label("Pair this pad");
        title.getStyleClass().add("pad-setup-title");
        TextField server = new TextField("http://");
        server.setPromptText("Server address, e.g. http://192.168.1.20:8092");
        server.setMaxWidth(380);
        TextField code = new TextField();
        code.setPromptText("Six-digit code from Tables & Pads");
        code.setMaxWidth(380);
        Label message = new Label();
        message.getStyleClass().add("pad-setup-message");
        Button pair = new Button("Pair");
        pair.setDefaultButton(true);
        pair.setOnAction(e -> {
            message.setText("Pairing…");
            pair.setDisable(true);
            pairer.pair(server.getText().strip(), code.getText().strip(), failure -> {
                message.setText(failure);
                pair.setDisable(false);
            });
        });
        Label hint = new Label("The address is in the Bistro92 window's title.");
        hint.getStyleClass().add("pad-hint");
        getChildren().setAll(title, server, code, pair, message, hint);
    }
}
