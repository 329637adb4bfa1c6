package com.bistro92.pad.ui;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The table pad as a device: a 480×320 screen (not a touch screen) and its four physical
 * buttons under it, clickable and mapped to keys: Esc Menu/Back, Enter Select, ← −, → +.
 */
public final class PadView extends VBox {

    private final PadModel model;
    private final VBox lines = new VBox(2);
    private final Label title = new Label();
    private final Label banner = new Label();

    public PadView(PadModel model, String tableName) {
        this.model = model;
        createView(tableName);
        init();
    }

    private void createView(String tableName) {
        getStyleClass().add("pad");
        getStylesheets().add(PadView.class.getResource("pad.css").toExternalForm());
        title.getStyleClass().add("pad-title");
        Label table = new Label(tableName);
        table.getStyleClass().add("pad-table");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(8, title, gap, table);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("pad-top");
        banner.getStyleClass().add("pad-banner");
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.managedProperty().bind(banner.visibleProperty());
        lines.getStyleClass().add("pad-lines");
        BorderPane screen = new BorderPane(lines, new VBox(top, banner), null, null, null);
        screen.getStyleClass().add("pad-screen");
        screen.setMinSize(480, 320);
        screen.setPrefSize(480, 320);
        screen.setMaxSize(480, 320);
        HBox buttons = new HBox(14,
                button("☰  Back", "Esc · Menu", model::back),
                button("●  Select", "Enter", model::select),
                button("◀  −", "←", model::left),
                button("▶  +", "→", model::right));
        buttons.setAlignment(Pos.CENTER);
        buttons.getStyleClass().add("pad-buttons");
        setAlignment(Pos.CENTER);
        setSpacing(16);
        getChildren().setAll(screen, buttons);
        setFocusTraversable(true);
    }

    private static VBox button(String text, String key, Runnable action) {
        Button button = new Button(text);
        button.getStyleClass().add("pad-button");
        button.setFocusTraversable(false);
        button.setOnAction(e -> action.run());
        Label hint = new Label(key);
        hint.getStyleClass().add("pad-hint");
        VBox box = new VBox(4, button, hint);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private void init() {
        title.textProperty().bind(model.titleProperty());
        banner.textProperty().bind(model.bannerProperty());
        banner.visibleProperty().bind(model.bannerProperty().isNotEmpty());
        model.options().addListener((ListChangeListener<PadModel.Option>) c -> render());
        model.cursorProperty().addListener((obs, o, n) -> render());
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
    }

    private void onKey(KeyEvent e) {
        switch (e.getCode()) {
            case ESCAPE -> model.back();
            case ENTER -> model.select();
            case LEFT -> model.left();
            case RIGHT -> model.right();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void render() {
        lines.getChildren().clear();
        int at = 0;
        int cursor = model.cursorProperty().get();
        // a small screen: show a window of six lines around the cursor
        int first = Math.max(0, Math.min(cursor - 2, model.options().size() - 6));
        for (PadModel.Option option : model.options()) {
            if (at >= first && at < first + 6) {
                Label label = new Label(option.label());
                Label detail = new Label(option.detail());
                Region gap = new Region();
                HBox.setHgrow(gap, Priority.ALWAYS);
                HBox line = new HBox(8, label, gap, detail);
                line.getStyleClass().add("pad-line");
                if (at == cursor) {
                    line.getStyleClass().add("pad-line-selected");
                }
                if (!option.enabled()) {
                    line.getStyleClass().add("pad-line-disabled");
                }
                lines.getChildren().add(line);
            }
            at++;
        }
        int below = model.options().size() - (first + 6);
        if (below > 0) {
            Label more = new Label("▼ " + below + " more");
            more.getStyleClass().add("pad-more");
            lines.getChildren().add(more);
        }
    }
}
