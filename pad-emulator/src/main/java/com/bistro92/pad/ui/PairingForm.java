package com.bistro92.pad.ui;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * The pad's first start: the link under the pairing QR code in Tables & Pads (a real pad would
 * scan the code), or, on the server's own computer, its plain address and the six-digit code.
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
        TextField server = new TextField();
        server.setPromptText("Pairing link, e.g. https://192.168.1.20:8093/pad/#code=…&fp=…");
        server.setMaxWidth(380);
        TextField code = new TextField();
        code.setPromptText("Six-digit code (when the address is not a link)");
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
        Label hint = new Label("The link is under the QR code in Tables & Pads; on the server's own computer,"
                + " http://127.0.0.1:8092 and the code will do.");
        hint.setWrapText(true);
        hint.setMaxWidth(380);
        hint.getStyleClass().add("pad-hint");
        getChildren().setAll(title, server, code, pair, message, hint);
    }
}
