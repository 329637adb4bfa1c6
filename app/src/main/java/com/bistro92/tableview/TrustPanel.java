package com.bistro92.tableview;

import com.bistro92.tls.Fingerprint;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;

/**
 * Set up a tablet: the QR code of this PC's {@code /trust} page, where a new tablet installs the
 * restaurant's root, and the root's fingerprint, which the tablet must show the same before the
 * person setting it up trusts it. Then the tablet pairs as any pad does.
 */
final class TrustPanel extends VBox {

    /** The page a tablet opens, on this PC's plain HTTP address ({@code http://host:8092}). */
    static String link(String mainPc) {
        return mainPc + "/trust";
    }

    TrustPanel(String mainPc, Fingerprint root, Runnable done) {
        getStyleClass().addAll("pair-dialog", "trust-panel");
        setAlignment(Pos.CENTER);
        setSpacing(10);
        Label title = new Label("Set up a tablet");
        title.getStyleClass().add("pair-title");
        String link = link(mainPc);
        ImageView qr = new ImageView(QrImage.of(link, 6));
        qr.getStyleClass().add("pair-qr");
        TextField linkText = new TextField(link);
        linkText.setId("trust-link");
        linkText.setEditable(false);
        linkText.getStyleClass().add("pair-link");
        Label how = new Label("On the tablet: scan this code, or open the link, and follow the steps for its system"
                + " to install the restaurant's root certificate. Once per tablet; then pair it with its table.");
        how.setWrapText(true);
        how.getStyleClass().add("pair-how");
        Label compare = new Label("Before trusting it, the tablet must show this fingerprint:");
        compare.setWrapText(true);
        compare.getStyleClass().add("pair-how");
        Label fingerprint = new Label(root.shortForm());
        fingerprint.setId("trust-fingerprint");
        fingerprint.getStyleClass().add("pair-fingerprint");
        Label full = new Label(String.join("\n", root.lines()));
        full.setId("trust-fingerprint-full");
        full.getStyleClass().add("trust-fingerprint-full");
        Button close = new Button("Done");
        close.setDefaultButton(true);
        close.setOnAction(e -> done.run());
        getChildren().setAll(title, qr, linkText, how, compare, fingerprint, full, close);
    }
}
