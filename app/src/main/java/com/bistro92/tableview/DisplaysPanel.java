package com.bistro92.tableview;

import com.bistro92.table.Displays;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Displays, over Tables & Pads: the second kitchen screens and ready boards paired with this PC,
 * each with Revoke, and Pair a display, which shows the twelve digits to type on the display PC and
 * the command that starts it there.
 */
final class DisplaysPanel extends VBox {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM HH:mm");

    private final DisplaysModel model;
    private final String mainPc;
    private final VBox list = new VBox(6);
    private final VBox code = new VBox(6);

    /** @param mainPc this PC's plain address as a display is started with it, {@code http://192.168.1.20:8092} */
    DisplaysPanel(DisplaysModel model, String mainPc, Runnable done) {
        this.model = model;
        this.mainPc = mainPc;
        getStyleClass().addAll("pair-dialog", "displays-panel");
        getStylesheets().add(DisplaysPanel.class.getResource("displays.css").toExternalForm());
        setSpacing(10);
        setAlignment(Pos.CENTER);
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        Label title = new Label("Displays");
        title.getStyleClass().add("pair-title");
        Label how = new Label("A second kitchen screen, or the guests' ready board, on another PC of the"
                + " restaurant's network. It shows every kitchen order and may only bump, recall and mark lines done.");
        how.setWrapText(true);
        how.getStyleClass().add("pair-how");
        Label notice = new Label();
        notice.textProperty().bind(model.noticeProperty());
        notice.getStyleClass().add("tables-notice");
        Button pair = new Button("Pair a display");
        pair.setId("pair-display");
        pair.setOnAction(e -> model.newCode().thenAccept(shown -> javafx.application.Platform.runLater(
                () -> showCode(shown))));
        Button close = new Button("Done");
        close.setDefaultButton(true);
        close.setOnAction(e -> done.run());
        code.setAlignment(Pos.CENTER);
        getChildren().setAll(title, how, list, pair, code, notice, close);
        model.displays().addListener((ListChangeListener<Displays.Listed>) c -> render());
        render();
    }

    private void render() {
        list.getChildren().clear();
        if (model.displays().isEmpty()) {
            Label none = new Label("No display is paired.");
            none.getStyleClass().add("pair-how");
            list.getChildren().add(none);
        }
        for (Displays.Listed display : model.displays()) {
            Label name = new Label(display.name());
            name.getStyleClass().add("display-name");
            Label seen = new Label(display.lastSeenAt() == null ? "" : "seen "
                    + TIME.format(display.lastSeenAt().atZone(ZoneId.systemDefault())));
            seen.getStyleClass().add("pair-how");
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            Button revoke = new Button("Revoke");
            revoke.getStyleClass().add("danger");
            revoke.setOnAction(e -> model.revoke(display.displayId()));
            HBox row = new HBox(12, name, seen, gap, revoke);
            row.setAlignment(Pos.CENTER_LEFT);
            list.getChildren().add(row);
        }
    }

    private void showCode(DisplaysModel.ShownCode shown) {
        Label digits = new Label(shown.spoken());
        digits.setId("display-code-shown");
        digits.getStyleClass().add("pair-code");
        Label start = new Label("On the display PC: bistro92 --display " + mainPc
                + "   (add --ready-board for the guests' board), then type these twelve digits.");
        start.setWrapText(true);
        start.getStyleClass().add("pair-how");
        Label certificate = new Label("Certificate " + model.address().fingerprint().shortForm());
        certificate.getStyleClass().add("pair-fingerprint");
        Label expiry = new Label("Valid once, until " + DateTimeFormatter.ofPattern("HH:mm")
                .format(shown.expiresAt().atZone(ZoneId.systemDefault())));
        expiry.getStyleClass().add("pair-expiry");
        code.getChildren().setAll(digits, start, certificate, expiry);
    }
}
