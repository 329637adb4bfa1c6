package com.bistro92.menuedit;

import com.bistro92.menu.ImportPreview;
import com.bistro92.menu.MenuCsv;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * What a CSV import would do, before anything is written: counts, every row as new, changed (and
 * how) or unchanged, and every bad row with its line and reason. Import stays disabled while any
 * row is bad; the manager confirms, or cancels and nothing happens.
 */
final class ImportDialog extends Dialog<Boolean> {

    static final ButtonType IMPORT = new ButtonType("Import", ButtonBar.ButtonData.OK_DONE);
    private final CheckBox removeMissing = new CheckBox();

    ImportDialog(Window owner, String file, ImportPreview preview) {
        initOwner(owner);
        setTitle("Import " + file);
        setHeaderText(preview.importable()
                ? "Check what the import will change, then press Import."
                : preview.bad().isEmpty() ? "The file has no rows to import."
                : preview.bad().size() + (preview.bad().size() == 1 ? " row is" : " rows are")
                        + " bad. Nothing will be imported until the file is fixed.");
        getDialogPane().getStylesheets().add(ImportDialog.class.getResource("menuedit.css").toExternalForm());
        getDialogPane().getStyleClass().add("menu-import");
        Label counts = new Label(preview.count(ImportPreview.Change.NEW) + " new · "
                + preview.count(ImportPreview.Change.CHANGED) + " changed · "
                + preview.count(ImportPreview.Change.UNCHANGED) + " unchanged · "
                + preview.notInFile().size() + " on the menu but not in the file");
        counts.getStyleClass().add("menu-import-counts");
        VBox content = new VBox(10, counts);
        if (!preview.bad().isEmpty()) {
            TableView<MenuCsv.BadRow> bad = new TableView<>();
            bad.getStyleClass().add("menu-import-bad");
            bad.getColumns().add(column("Line", 60, r -> String.valueOf(r.line())));
            bad.getColumns().add(column("Why the row is bad", 620, MenuCsv.BadRow::reason));
            bad.getItems().setAll(preview.bad());
            bad.setPrefHeight(Math.min(260, 40 + 28 * preview.bad().size()));
            Label title = new Label("Bad rows");
            title.getStyleClass().add("menu-import-bad-title");
            content.getChildren().addAll(title, bad);
        }
        TableView<ImportPreview.Row> rows = new TableView<>();
        rows.getStyleClass().add("menu-import-rows");
        rows.getColumns().add(column("Line", 60, r -> String.valueOf(r.item().line())));
        rows.getColumns().add(column("", 100, r -> switch (r.change()) {
            case NEW -> "New";
            case CHANGED -> "Changed";
            case UNCHANGED -> "Unchanged";
        }));
        rows.getColumns().add(column("Item", 200, r -> r.item().name()));
        rows.getColumns().add(column("What changes", 320, ImportPreview.Row::what));
        rows.getItems().setAll(preview.rows().stream().filter(r -> r.change() != ImportPreview.Change.UNCHANGED)
                .toList());
        rows.setPlaceholder(new Label("No good row changes anything."));
        rows.setPrefHeight(260);
        content.getChildren().add(rows);
        if (!preview.notInFile().isEmpty()) {
            removeMissing.setText("Also take the " + preview.notInFile().size()
                    + " items the file does not list off the menu");
            content.getChildren().add(removeMissing);
        }
        content.setPrefWidth(760);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().addAll(IMPORT, ButtonType.CANCEL);
        Button ok = (Button) getDialogPane().lookupButton(IMPORT);
        ok.setDisable(!preview.importable());
        ok.getStyleClass().add("accent");
        setResultConverter(b -> b == IMPORT);
    }

    /** Whether items missing from the file should leave the menu. */
    boolean removeMissing() {
        return removeMissing.isSelected();
    }

    private static <R> TableColumn<R, String> column(String title, double width,
                                                     java.util.function.Function<R, String> text) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(text.apply(d.getValue())));
        return c;
    }
}
