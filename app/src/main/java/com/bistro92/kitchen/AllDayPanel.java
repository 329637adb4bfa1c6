package com.bistro92.kitchen;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The all-day panel: pending quantity per item across every open ticket, updated live. */
final class AllDayPanel extends VBox {

    private final ObservableList<AllDay.Line> lines;
    private final GridPane grid = new GridPane();
    private final List<Label[]> rows = new ArrayList<>();

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
        // the count is never cut short ("1…" for 120): its column keeps the width of its widest count,
        // and a long item name gives way instead
        ColumnConstraints quantity = new ColumnConstraints();
        quantity.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints name = new ColumnConstraints();
        name.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(quantity, name);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("all-day-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().setAll(title, scroll);
    }

    private void init() {
        lines.addListener((ListChangeListener<AllDay.Line>) change -> render());
        render();
    }

    /**
     * Shows the counts in the rows already made, adding or removing rows only when the number of
     * items changes: a count that changes is one label's text, not a new row.
     */
    private void render() {
        while (rows.size() < lines.size()) {
            Label quantity = new Label();
            quantity.getStyleClass().add("all-day-quantity");
            quantity.setMinWidth(Region.USE_PREF_SIZE);
            Label name = new Label();
            name.getStyleClass().add("all-day-name");
            grid.addRow(rows.size(), quantity, name);
            rows.add(new Label[] {quantity, name});
        }
        while (rows.size() > lines.size()) {
            grid.getChildren().removeAll(rows.removeLast());
        }
        for (int i = 0; i < lines.size(); i++) {
            rows.get(i)[0].setText(String.valueOf(lines.get(i).quantity()));
            rows.get(i)[1].setText(lines.get(i).name());
        }
    }
}
