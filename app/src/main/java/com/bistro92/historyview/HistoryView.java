package com.bistro92.historyview;

import com.bistro92.history.HistoryRow;
import com.bistro92.order.OrderStatus;
import com.bistro92.uikit.ScreenHeader;
import java.io.File;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * Order history: every past order, newest first, in a table that reads the next page as the user
 * scrolls towards its end; filters above it; the selected order's detail beside it; and an export
 * of what the filters list as CSV, with its progress and Cancel. Ctrl+F goes to the item search,
 * Ctrl+E exports.
 */
public final class HistoryView extends BorderPane {

    /** How close to the end of the rows read so far a visible row makes the next page load. */
    static final int NEAR_END = 40;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private final HistoryModel model;
    private final FilterBar filters;
    private final TableView<HistoryRow> table = new TableView<>();
    private final DetailPane detail;
    private final Label count = new Label();
    private final Label notice = new Label();
    private final Button export = new Button("Export CSV…");
    private final ProgressBar progress = new ProgressBar();
    private final Label exportStatus = new Label();
    private final Button cancel = new Button("Cancel");

    public HistoryView(HistoryModel model) {
        this.model = model;
        this.filters = new FilterBar(model.zone());
        this.detail = new DetailPane(model.money(), model.zone());
        createView();
        init();
    }

    private void createView() {
        getStyleClass().add("history");
        getStylesheets().add(HistoryView.class.getResource("history.css").toExternalForm());
        count.getStyleClass().add("history-subtitle");
        count.setId("history-count");
        notice.getStyleClass().add("history-notice");
        export.setId("history-export");
        setTop(new VBox(new ScreenHeader("History", "history-bar").beside(count, notice).end(export), filters));

        table.setId("history-table-view");
        table.getStyleClass().add("history-orders");
        table.getColumns().setAll(java.util.List.of(
                fixed(column("#", r -> "#" + r.id()), 72, "history-id-column"),
                fixed(column("Time", r -> WHEN.withZone(model.zone()).format(r.createdAt())), 176, null),
                fixed(column("Table", HistoryRow::table), 88, null),
                fixed(statusColumn(), 108, null),
                column("Items", HistoryRow::items),
                fixed(column("Total", r -> model.money().format(r.total())), 96, "history-money-column")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setRowFactory(t -> new NearEndRow(model));
        table.setItems(model.rows());
        Label empty = new Label("No orders match these filters");
        empty.getStyleClass().add("history-empty");
        table.setPlaceholder(empty);
        SplitPane split = new SplitPane(table, detail);
        split.setDividerPositions(0.66);
        split.getStyleClass().add("history-split");
        SplitPane.setResizableWithParent(detail, false);
        setCenter(split);

        progress.setPrefWidth(280);
        cancel.setId("history-cancel");
        exportStatus.setId("history-export-status");
        HBox strip = new HBox(12, exportStatus, progress, cancel);
        strip.setAlignment(Pos.CENTER_LEFT);
        strip.getStyleClass().add("history-export-strip");
        setBottom(strip);
    }

    private void init() {
        HistoryExport exporting = model.export();
        filters.onChange(() -> model.apply(filters.filter()));
        model.tablesProperty().addListener((obs, was, now) -> filters.tables(now));
        filters.tables(model.tablesProperty().get());
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, row) -> {
            if (row == null || was == null || row.id() != was.id()) {
                model.select(row == null ? null : row.id());
            }
        });
        model.detailProperty().addListener((obs, was, now) -> detail.show(now));
        count.textProperty().bind(Bindings.createStringBinding(() -> {
            int n = model.matchingProperty().get();
            return n < 0 ? "Counting…" : n == 1 ? "1 order" : "%,d orders".formatted(n);
        }, model.matchingProperty()));
        notice.textProperty().bind(model.noticeProperty());
        export.disableProperty().bind(exporting.runningProperty());
        export.setOnAction(e -> chooseExport());
        progress.progressProperty().bind(exporting.progressProperty());
        progress.visibleProperty().bind(exporting.runningProperty());
        cancel.visibleProperty().bind(exporting.runningProperty());
        cancel.setOnAction(e -> exporting.cancel());
        exportStatus.textProperty().bind(exporting.statusProperty());
        getBottom().visibleProperty().bind(exporting.statusProperty().isNotEmpty());
        getBottom().managedProperty().bind(getBottom().visibleProperty());
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN).match(e)) {
                filters.lookup("#history-item").requestFocus();
                e.consume();
            } else if (new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN).match(e)
                    && !exporting.runningProperty().get()) {
                chooseExport();
                e.consume();
            }
        });
    }

    private void chooseExport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the listed orders as CSV");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files", "*.csv", "*.CSV"));
        chooser.setInitialFileName("orders-" + LocalDate.now(model.zone()) + ".csv");
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            model.exportTo(file.toPath());
        }
    }

    /** A coloured pill naming the status, as the table and the detail show it. */
    static Label statusPill(OrderStatus status) {
        Label pill = new Label(FilterBar.words(status));
        pill.getStyleClass().addAll("history-status", "history-status-" + status.name().toLowerCase(Locale.ROOT));
        return pill;
    }

    private TableColumn<HistoryRow, OrderStatus> statusColumn() {
        TableColumn<HistoryRow, OrderStatus> c = new TableColumn<>("Status");
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().status()));
        c.setCellFactory(col -> new StatusCell());
        c.setSortable(false);
        return c;
    }

    private static TableColumn<HistoryRow, String> column(String name, Function<HistoryRow, String> value) {
        TableColumn<HistoryRow, String> c = new TableColumn<>(name);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        // the rows are a keyset walk, newest first: sorting a column would sort only the pages read
        c.setSortable(false);
        return c;
    }

    private static <T> TableColumn<HistoryRow, T> fixed(TableColumn<HistoryRow, T> c, double width, String style) {
        c.setMinWidth(width);
        c.setPrefWidth(width);
        c.setMaxWidth(width);
        if (style != null) {
            c.getStyleClass().add(style);
        }
        return c;
    }

    /** A table row that asks for the next page once it shows one of the last rows read. */
    private static final class NearEndRow extends javafx.scene.control.TableRow<HistoryRow> {
        private final HistoryModel model;

        NearEndRow(HistoryModel model) {
            this.model = model;
        }

        @Override
        protected void updateItem(HistoryRow row, boolean empty) {
            super.updateItem(row, empty);
            if (!empty && row != null && getIndex() >= model.rows().size() - NEAR_END) {
                model.loadMore();
            }
        }
    }

    private static final class StatusCell extends TableCell<HistoryRow, OrderStatus> {
        @Override
        protected void updateItem(OrderStatus status, boolean empty) {
            super.updateItem(status, empty);
            setText(null);
            setGraphic(empty || status == null ? null : statusPill(status));
        }
    }
}
