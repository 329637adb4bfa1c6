package com.bistro92.menuedit;

import com.bistro92.menu.Menu;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The menu's categories, in menu order: add, rename, remove, and reorder by drag or Alt+Up/Down. */
final class CategoryList extends VBox {

    private final MenuEditorModel model;
    private final ListView<Menu.Category> list = new ListView<>();

    CategoryList(MenuEditorModel model) {
        this.model = model;
        createView();
        init();
    }

    private void createView() {
        getStyleClass().add("menu-categories");
        Label title = new Label("Categories");
        title.getStyleClass().add("menu-pane-title");
        Button add = button("+", "Add a category", this::add);
        add.getStyleClass().add("menu-add-category");
        Button rename = button("Rename", "Rename the selected category", this::rename);
        Button remove = button("Remove", "Take the selected category off the menu (it must be empty)", this::remove);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(8, title, gap, add);
        head.setAlignment(Pos.CENTER_LEFT);
        HBox actions = new HBox(6, rename, remove);
        Label hint = new Label("Drag or Alt+↑/↓ to reorder");
        hint.getStyleClass().add("menu-hint");
        list.getStyleClass().add("menu-category-list");
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(head, list, actions, hint);
        rename.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
    }

    private void init() {
        list.setCellFactory(v -> {
            ListCell<Menu.Category> cell = new ListCell<>() {
                @Override
                protected void updateItem(Menu.Category c, boolean empty) {
                    super.updateItem(c, empty);
                    if (empty || c == null) {
                        setGraphic(null);
                        setText(null);
                        return;
                    }
                    Label name = new Label(c.name());
                    name.getStyleClass().add("menu-category-name");
                    Label count = new Label(String.valueOf(c.items().size()));
                    count.getStyleClass().add("menu-count");
                    Region gap = new Region();
                    HBox.setHgrow(gap, Priority.ALWAYS);
                    HBox row = new HBox(6, name, gap, count);
                    row.setAlignment(Pos.CENTER_LEFT);
                    setText(null);
                    setGraphic(row);
                }
            };
            Reorder.drag(cell, "menu-drop-target", this::move);
            return cell;
        });
        Reorder.keys(list, () -> list.getSelectionModel().getSelectedIndex(), this::move);
        model.menuProperty().addListener((obs, old, menu) -> show(menu));
        show(model.menuProperty().get());
    }

    private void show(Menu menu) {
        Integer selected = selectedId();
        list.getItems().setAll(menu.categories());
        select(selected == null && !menu.categories().isEmpty() ? menu.categories().getFirst().id() : selected);
    }

    void select(Integer id) {
        if (id == null) {
            return;
        }
        List<Menu.Category> items = list.getItems();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id() == id) {
                list.getSelectionModel().select(i);
                return;
            }
        }
        if (!items.isEmpty()) {
            list.getSelectionModel().selectFirst();
        }
    }

    private Integer selectedId() {
        Menu.Category c = list.getSelectionModel().getSelectedItem();
        return c == null ? null : c.id();
    }

    ReadOnlyObjectProperty<Menu.Category> selectedProperty() {
        return list.getSelectionModel().selectedItemProperty();
    }

    private void move(int from, int to) {
        if (from < 0 || from >= list.getItems().size() || to < 0 || from == to) {
            return;
        }
        int id = list.getItems().get(from).id();
        model.moveCategory(id, Math.min(to, list.getItems().size() - 1));
    }

    private void add() {
        ask("New category", "Name of the new category", "").ifPresent(name ->
                model.addCategory(name).thenAccept(this::select));
    }

    private void rename() {
        Menu.Category c = list.getSelectionModel().getSelectedItem();
        ask("Rename category", "New name for " + c.name(), c.name()).ifPresent(name -> model.renameCategory(c.id(), name));
    }

    private void remove() {
        Menu.Category c = list.getSelectionModel().getSelectedItem();
        model.removeCategory(c.id());
    }

    private Optional<String> ask(String title, String header, String value) {
        TextInputDialog dialog = new TextInputDialog(value);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        if (getScene() != null) {
            dialog.initOwner(getScene().getWindow());
        }
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    private static Button button(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }
}
