package com.bistro92.menuedit;

import com.bistro92.menu.Menu;
import com.bistro92.uikit.ScreenHeader;
import java.io.File;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The menu editor: categories on the left, the chosen category's items with their 86 switches in
 * the middle, the chosen item's form and modifier groups on the right, CSV import and export on
 * top. Every change goes through the model and reaches the pads at once.
 */
public final class MenuEditorView extends BorderPane {

    private final MenuEditorModel model;
    private final Label notice = new Label();
    private final Label count = new Label();
    private final CategoryList categories;
    private final ItemTable items;
    private final ItemForm form;
    private final GroupsPane groups;

    public MenuEditorView(MenuEditorModel model) {
        this.model = model;
        this.categories = new CategoryList(model);
        this.items = new ItemTable(model, this::newItem);
        this.form = new ItemForm(model, id -> items.select(id));
        this.groups = new GroupsPane(model);
        createView();
        init();
    }

    private void createView() {
        getStyleClass().add("menu-editor");
        getStylesheets().add(MenuEditorView.class.getResource("menuedit.css").toExternalForm());
        count.getStyleClass().add("menu-subtitle");
        notice.getStyleClass().add("menu-notice");
        Button importCsv = new Button("Import CSV…");
        importCsv.setOnAction(e -> chooseImport());
        Button exportCsv = new Button("Export CSV…");
        exportCsv.setOnAction(e -> chooseExport());
        setTop(new ScreenHeader("Menu", "menu-bar").beside(count, notice).end(importCsv, exportCsv));

        VBox right = new VBox(18, form, new Separator(), groups);
        right.getStyleClass().add("menu-right");
        ScrollPane scroll = new ScrollPane(right);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("menu-right-scroll");
        SplitPane split = new SplitPane(categories, items, scroll);
        split.setDividerPositions(0.165, 0.645);
        split.getStyleClass().add("menu-split");
        SplitPane.setResizableWithParent(categories, false);
        setCenter(split);
    }

    private void init() {
        notice.textProperty().bind(model.noticeProperty());
        categories.selectedProperty().addListener((obs, old, c) -> {
            items.show(c);
            if (old == null || c == null || old.id() != c.id()) {
                openFirst(c);
            }
        });
        items.selectedProperty().addListener((obs, old, item) -> {
            if (item != null) {
                form.edit(item, categories.selectedProperty().get());
                groups.show(item);
            }
        });
        model.menuProperty().addListener((obs, old, menu) -> refresh(menu));
        model.groupsProperty().addListener((obs, old, g) -> groups.show(items.selectedProperty().get()));
        refresh(model.menuProperty().get());
        openFirst(categories.selectedProperty().get());
    }

    /** Opens the first item of {@code category}, or a new item's form when it has none. */
    private void openFirst(Menu.Category category) {
        items.show(category);
        items.clearSelection();
        if (category != null && !category.items().isEmpty()) {
            items.select(category.items().getFirst().id());
        } else {
            form.edit(null, category);
            groups.show(null);
        }
    }

    private void refresh(Menu menu) {
        int n = menu.categories().stream().mapToInt(c -> c.items().size()).sum();
        count.setText(n + " items in " + menu.categories().size() + " categories");
        Menu.Category shown = categories.selectedProperty().get();
        if (shown != null) {
            menu.categories().stream().filter(c -> c.id() == shown.id()).findFirst().ifPresent(items::show);
        }
        Menu.Item selected = items.selectedProperty().get();
        if (selected != null) {
            form.edit(selected, categories.selectedProperty().get());
            groups.show(selected);
        }
    }

    private void newItem() {
        items.clearSelection();
        form.edit(null, categories.selectedProperty().get());
        groups.show(null);
    }

    private void chooseImport() {
        FileChooser chooser = csvChooser("Import the menu from CSV");
        File file = chooser.showOpenDialog(getScene().getWindow());
        if (file != null) {
            importFrom(file.toPath());
        }
    }

    /** Previews the import of {@code file} off the FX thread, then asks the manager to confirm it. */
    public void importFrom(Path file) {
        model.previewImport(file).thenAccept(preview -> {
            ImportDialog dialog = new ImportDialog(getScene().getWindow(), file.getFileName().toString(), preview);
            dialog.showAndWait().filter(Boolean::booleanValue)
                    .ifPresent(ok -> model.confirmImport(preview, dialog.removeMissing()));
        });
    }

    private void chooseExport() {
        FileChooser chooser = csvChooser("Export the menu as CSV");
        chooser.setInitialFileName("menu.csv");
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            model.exportCsv(file.toPath());
        }
    }

    private static FileChooser csvChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files", "*.csv", "*.CSV"));
        return chooser;
    }
}
