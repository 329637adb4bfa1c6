package com.bistro92.menuedit;

import com.bistro92.menu.Menu;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.ToggleSwitch;

/**
 * The items of one category, in menu order, with the 86 switch on every row. Rows reorder by
 * drag or Alt+Up/Down; selecting one opens it in the item form.
 */
final class ItemTable extends VBox {

    private final MenuEditorModel model;
    private final Runnable newItem;
    private final Label title = new Label();
    private final Label summary = new Label();
    private final TableView<Menu.Item> table = new TableView<>();

    ItemTable(MenuEditorModel model, Runnable newItem) {
        this.model = model;
        this.newItem = newItem;
        createView();
        init();
    }

    private void createView() {
        getStyleClass().add("menu-items");
        title.getStyleClass().add("menu-pane-title");
        summary.getStyleClass().add("menu-hint");
        Button add = new Button("New item");
        add.getStyleClass().addAll("accent", "menu-new-item");
        add.setOnAction(e -> newItem.run());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(12, title, summary, gap, add);
        head.setAlignment(Pos.CENTER_LEFT);

        TableColumn<Menu.Item, Menu.Item> name = column("Item", 260);
        name.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Menu.Item item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                Label n = new Label(item.name());
                n.getStyleClass().add("menu-item-name");
                Label d = new Label(item.description());
                d.getStyleClass().add("menu-item-description");
                setGraphic(new VBox(2, n, d));
            }
        });
        TableColumn<Menu.Item, Menu.Item> price = textColumn("Price", 84, i -> model.money().format(i.price()));
        price.setMinWidth(84);
        price.setMaxWidth(84);
        price.getStyleClass().add("menu-price-column");
        TableColumn<Menu.Item, Menu.Item> station = textColumn("Station", 76, Menu.Item::station);
        station.setMinWidth(76);
        station.setMaxWidth(76);
        TableColumn<Menu.Item, Menu.Item> prep = textColumn("Prep", 66, i -> i.prepMinutes() + " min");
        prep.setMinWidth(66);
        prep.setMaxWidth(66);
        TableColumn<Menu.Item, Menu.Item> on = column("On", 64);
        on.setMinWidth(64);
        on.setMaxWidth(64);
        on.setCellFactory(c -> new EightySixCell());
        table.getColumns().setAll(List.of(name, price, station, prep, on));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(new Label("No items in this category yet. Press New item to add one."));
        table.getStyleClass().add("menu-item-table");
        VBox.setVgrow(table, Priority.ALWAYS);
        Label hint = new Label("Drag or Alt+↑/↓ to reorder · the switch 86s an item at once");
        hint.getStyleClass().add("menu-hint");
        getChildren().addAll(head, table, hint);
    }

    private void init() {
        table.setRowFactory(t -> {
            TableRow<Menu.Item> row = new TableRow<>();
            Reorder.drag(row, "menu-drop-target", this::move);
            return row;
        });
        Reorder.keys(table, () -> table.getSelectionModel().getSelectedIndex(), this::move);
    }

    /** Shows {@code category}'s items, keeping the selected item selected. */
    void show(Menu.Category category) {
        Menu.Item selected = table.getSelectionModel().getSelectedItem();
        if (category == null) {
            title.setText("");
            summary.setText("");
            table.getItems().clear();
            return;
        }
        title.setText(category.name());
        long off = category.items().stream().filter(i -> !i.available()).count();
        summary.setText(category.items().size() + (category.items().size() == 1 ? " item" : " items")
                + (off > 0 ? " · " + off + " 86'd" : ""));
        table.getItems().setAll(category.items());
        if (selected != null) {
            select(selected.id());
        }
    }

    void select(int itemId) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).id() == itemId) {
                table.getSelectionModel().select(i);
                table.scrollTo(i);
                return;
            }
        }
    }

    void clearSelection() {
        table.getSelectionModel().clearSelection();
    }

    ReadOnlyObjectProperty<Menu.Item> selectedProperty() {
        return table.getSelectionModel().selectedItemProperty();
    }

    private void move(int from, int to) {
        if (from < 0 || from >= table.getItems().size() || to < 0 || from == to) {
            return;
        }
        model.moveItem(table.getItems().get(from).id(), Math.min(to, table.getItems().size() - 1));
    }

    private static TableColumn<Menu.Item, Menu.Item> column(String title, double width) {
        TableColumn<Menu.Item, Menu.Item> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setReorderable(false);
        c.setCellValueFactory(d -> new SimpleObjectProperty<>(d.getValue()));
        return c;
    }

    private static TableColumn<Menu.Item, Menu.Item> textColumn(String title, double width,
                                                                java.util.function.Function<Menu.Item, String> text) {
        TableColumn<Menu.Item, Menu.Item> c = column(title, width);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Menu.Item item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        });
        return c;
    }

    /** The 86 switch of one row: on means the item can be ordered. */
    private final class EightySixCell extends TableCell<Menu.Item, Menu.Item> {
        private final ToggleSwitch toggle = new ToggleSwitch();
        private boolean showing;

        EightySixCell() {
            toggle.getStyleClass().add("menu-86-switch");
            toggle.selectedProperty().addListener((obs, was, on) -> {
                Menu.Item item = getItem();
                if (!showing && item != null && item.available() != on) {
                    model.setAvailable(item, on);
                }
            });
            setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(Menu.Item item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            showing = true;
            toggle.setSelected(item.available());
            showing = false;
            setGraphic(toggle);
        }
    }
}
