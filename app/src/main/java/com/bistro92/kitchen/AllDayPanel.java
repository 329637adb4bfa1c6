package com.bistro92.kitchen;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The all-day panel: pending quantity per item across every open ticket, updated live. */
final class AllDayPanel extends VBox {

    private final ObservableList<AllDay.Line> lines;
    private final GridPane grid = new GridPane();

    AllDayPanel(ObservableList<AllDay.Line> lines) {
        this.lines = lines;
        createView();
        init();
    }

    private void createView() {
        getStyleClass().add("all-day");
        Label title = new Label("ALL DAY");
        title.getStyleClass().add("all-day-title");
        grid.getStyleClass().add("all-day-grid");
        grid.setHgap(12);
        grid.setVgap(4);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("all-day-scroll");
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        getChildren().setAll(title, scroll);
    }

    private void init() {
        lines.addListener((ListChangeListener<AllDay.Line>) change -> render());
        render();
    }

    private void render() {
        grid.getChildren().clear();
        int row = 0;
        for (AllDay.Line line : lines) {
            Label quantity = new Label(String.valueOf(line.quantity()));
            quantity.getStyleClass().add("all-day-quantity");
            quantity.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            Label name = new Label(line.name());
            name.getStyleClass().add("all-day-name");
            grid.addRow(row++, quantity, name);
        }
    }
}
