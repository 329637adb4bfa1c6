package com.bistro92.tableview;

import com.bistro92.table.Pairing;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;

/**
 * The pairing code, large, and as a QR code holding the server's HTTPS address, the code and the
 * certificate's fingerprint, so that a pad with a camera can scan it and a pad without one can
 * take the link. The fingerprint's short form is shown for staff to read aloud: the pad shows the
 * same once paired.
 */
final class PairDialog extends VBox {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    PairDialog(Pairing.Code code, PadAddress server, Runnable done) {
        getStyleClass().add("pair-dialog");
        setAlignment(Pos.CENTER);
        setSpacing(10);
        Label title = new Label("Pair a pad with " + code.table());
        title.getStyleClass().add("pair-title");
        Label digits = new Label(code.code().substring(0, 3) + " " + code.code().substring(3));
        digits.getStyleClass().add("pair-code");
        String link = server.pairingLink(code.code());
        ImageView qr = new ImageView(QrImage.of(link, 6));
        qr.getStyleClass().add("pair-qr");
        Label fingerprint = new Label("Certificate " + server.fingerprint().shortForm());
        fingerprint.getStyleClass().add("pair-fingerprint");
        TextField linkText = new TextField(link);
        linkText.setEditable(false);
        linkText.getStyleClass().add("pair-link");
        Label how = new Label("On a tablet that trusts this PC (Set up a tablet): scan this code with its camera,"
                + " and the pad opens, paired. In the pad emulator: paste the link; it then shows the certificate,"
                + " which must read the same as here.");
        how.setWrapText(true);
        how.getStyleClass().add("pair-how");
        Label expiry = new Label("Valid once, until " + TIME.format(code.expiresAt().atZone(ZoneId.systemDefault())));
        expiry.getStyleClass().add("pair-expiry");
        Button close = new Button("Done");
        close.setDefaultButton(true);
        close.setOnAction(e -> done.run());
        getChildren().setAll(title, digits, qr, fingerprint, linkText, how, expiry, close);
    }
}
