package com.bistro92.tables;

import com.bistro92.table.Pairing;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;

/**
 * The pairing code, large, and as a QR code holding the server address and the code, so that a
 * pad with a camera can scan it and a pad without one can type it.
 */
final class PairDialog extends VBox {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    PairDialog(Pairing.Code code, String serverAddress, Runnable done) {
        getStyleClass().add("pair-dialog");
        setAlignment(Pos.CENTER);
        setSpacing(10);
        Label title = new Label("Pair a pad with " + code.table());
        title.getStyleClass().add("pair-title");
        Label digits = new Label(code.code().substring(0, 3) + " " + code.code().substring(3));
        digits.getStyleClass().add("pair-code");
        ImageView qr = new ImageView(QrImage.of(link(serverAddress, code.code()), 6));
        qr.getStyleClass().add("pair-qr");
        Label how = new Label("On the pad: enter the server address " + serverAddress + " and this code, or scan it.");
        how.setWrapText(true);
        how.getStyleClass().add("pair-how");
        Label expiry = new Label("Valid once, until " + TIME.format(code.expiresAt().atZone(ZoneId.systemDefault())));
        expiry.getStyleClass().add("pair-expiry");
        Button close = new Button("Done");
        close.setDefaultButton(true);
        close.setOnAction(e -> done.run());
        getChildren().setAll(title, digits, qr, how, expiry, close);
    }

    /** What the QR code says: where the server is and which code to use. */
    static String link(String serverAddress, String code) {
        return "bistro92://pair?server=" + serverAddress + "&code=" + code;
    }
}
