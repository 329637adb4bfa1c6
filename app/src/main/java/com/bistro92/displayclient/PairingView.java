package com.bistro92.displayclient;

import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * The display's first screen: the twelve digits shown on the main PC, a name for this display, and
 * Pair. What went wrong is said in words; nothing is sent until the code checks out.
 */
final class PairingView extends VBox {

    private final TextField code = new TextField();
    private final TextField name = new TextField();
    private final Button pair = new Button("Pair");
    private final Label message = new Label();

    /**
     * @param pairing pairs with (code, name), off the FX thread
     * @param paired  runs on the FX thread once paired
     */
    PairingView(URI mainPc, String defaultName,
                BiFunction<String, String, CompletableFuture<DisplayCredentials>> pairing,
                Consumer<DisplayCredentials> paired) {
        getStyleClass().add("display-pairing");
        getStylesheets().add(PairingView.class.getResource("display.css").toExternalForm());
        Label title = new Label("Pair this display with the main PC");
        title.getStyleClass().add("display-title");
        Label where = new Label("Main PC: " + mainPc);
        Label how = new Label("On the main PC, open Tables & Pads, press Displays, then Pair a display. Type the"
                + " twelve digits it shows. The last six check the main PC's certificate: a wrong or forged"
                + " certificate is refused before anything is sent.");
        how.setWrapText(true);
        how.getStyleClass().add("display-how");
        code.setId("display-code");
        code.setPromptText("123 456 – 789 012");
        code.getStyleClass().add("display-code");
        name.setId("display-name");
        name.setText(defaultName);
        name.setPromptText("A name for this display, e.g. Pass screen");
        message.setId("display-message");
        message.setWrapText(true);
        message.getStyleClass().add("display-error");
        pair.setId("display-pair");
        pair.setDefaultButton(true);
        pair.setOnAction(e -> {
            pair.setDisable(true);
            message.setText("Pairing…");
            pairing.apply(code.getText(), name.getText()).whenComplete((credentials, failure) -> Platform.runLater(() -> {
                pair.setDisable(false);
                if (failure == null) {
                    message.setText("");
                    paired.accept(credentials);
                } else {
                    Throwable cause = failure instanceof CompletionException c && c.getCause() != null
                            ? c.getCause() : failure;
                    message.setText(cause.getMessage());
                }
            }));
        });
        VBox box = new VBox(title, where, how, new Label("Code"), code, new Label("Name"), name, pair, message);
        box.getStyleClass().add("display-pairing-box");
        box.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(box);
    }
}
