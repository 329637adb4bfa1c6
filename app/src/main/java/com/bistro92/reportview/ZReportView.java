package com.bistro92.reportview;

import com.bistro92.money.Money;
import com.bistro92.report.ZReport;
import com.bistro92.report.ZReportRows;
import com.bistro92.uikit.ScreenHeader;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.scene.control.Button;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * Reports (managers only): the end-of-day (Z) report of the day chosen, today unless another is
 * picked. The day's figures at a glance, then sales by category and by item, payments, ticket
 * times, orders by hour, voids and comps with who approved them, and the reconciliation; kept
 * current while shown. Save PDF… and Save CSV… write the report shown.
 */
public final class ZReportView extends BorderPane {

    private static final DateTimeFormatter UPDATED = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final ZReportModel model;
    private final ReportCards cards;
    private final DatePicker day = new DatePicker();
    private final Button today = new Button("Today");
    private final Button savePdf = new Button("Save PDF…");
    private final Button saveCsv = new Button("Save CSV…");
    private final ProgressIndicator progress = new ProgressIndicator();
    private final Label subtitle = new Label();
    private final Label notice = new Label();
    /** The figures at a glance: as many tiles as {@link ZReportRows#glance()} has figures, named after them. */
    private final List<Tile> tiles = java.util.stream.IntStream.range(0, 8).mapToObj(i -> new Tile()).toList();
    private final VBox left = new VBox(16);
    private final VBox right = new VBox(16);

    public ZReportView(ZReportModel model) {
        this.model = model;
        this.cards = new ReportCards(model.money());
        createView();
        init();
    }

    private void createView() {
        getStyleClass().add("report");
        getStylesheets().add(ZReportView.class.getResource("report.css").toExternalForm());
        subtitle.getStyleClass().add("report-subtitle");
        notice.getStyleClass().add("report-notice");
        notice.setId("report-notice");
        progress.getStyleClass().add("report-progress");
        progress.setId("report-progress");
        progress.setPrefSize(26, 26);
        day.setId("report-day");
        day.setPrefWidth(150);
        savePdf.setId("report-save-pdf");
        saveCsv.setId("report-save-csv");
        setTop(new ScreenHeader("End-of-day report", "report-bar").under(subtitle, notice)
                .end(progress, day, today, savePdf, saveCsv));

        GridPane glance = new GridPane();
        glance.getStyleClass().add("report-glance");
        for (int i = 0; i < tiles.size(); i++) {
            glance.add(tiles.get(i), i % 4, i / 4);
        }
        for (int c = 0; c < 4; c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(25);
            glance.getColumnConstraints().add(column);
        }
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        left.setPrefWidth(1);
        right.setPrefWidth(1);
        HBox columns = new HBox(16, left, right);
        VBox body = new VBox(16, glance, columns);
        body.getStyleClass().add("report-body");
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("report-scroll");
        setCenter(scroll);
    }

    private void init() {
        day.valueProperty().bindBidirectional(model.dayProperty());
        day.setDayCellFactory(picker -> new DateCell() {
            @Override
            public void updateItem(LocalDate date, boolean empty) {
                super.updateItem(date, empty);
                setDisable(empty || date.isAfter(model.today()));
            }
        });
        today.setOnAction(e -> model.dayProperty().set(model.today()));
        progress.visibleProperty().bind(model.computingProperty().or(model.savingProperty()));
        savePdf.disableProperty().bind(model.reportProperty().isNull().or(model.savingProperty()));
        saveCsv.disableProperty().bind(model.reportProperty().isNull().or(model.savingProperty()));
        notice.textProperty().bind(model.noticeProperty());
        savePdf.setOnAction(e -> choose("PDF", "pdf").ifPresent(model::savePdf));
        saveCsv.setOnAction(e -> choose("CSV", "csv").ifPresent(model::saveCsv));
        model.reportProperty().addListener((obs, was, now) -> show(now));
        sceneProperty().addListener((obs, was, now) -> model.active(now != null));
        model.active(getScene() != null);
        show(model.reportProperty().get());
    }

    /** Saves the report shown to {@code file}: a PDF unless its name ends in ".csv". */
    CompletableFuture<Path> saveTo(Path file) {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")
                ? model.saveCsv(file) : model.savePdf(file);
    }

    private java.util.Optional<Path> choose(String kind, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the end-of-day report as " + kind);
        chooser.setInitialFileName(model.fileName(extension));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind + " files", "*." + extension));
        File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        return java.util.Optional.ofNullable(file).map(File::toPath);
    }

    private void show(ZReport report) {
        if (report == null) {
            return;
        }
        Money money = model.money();
        ZoneId zone = report.zone();
        String date = report.day().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL));
        subtitle.setText(date + " · updated " + UPDATED.format(report.generatedAt().atZone(zone))
                + (report.day().equals(model.today()) ? " · follows the day live" : ""));
        List<ZReportRows.Figure> figures = new ZReportRows(report, money).glance();
        for (int i = 0; i < tiles.size(); i++) {
            tiles.get(i).set(figures.get(i));
        }
        left.getChildren().setAll(cards.categories(report), cards.payments(report), cards.ticketTimes(report),
                cards.hours(report), cards.items(report));
        right.getChildren().setAll(cards.reconciliation(report), cards.adjustments(report, true),
                cards.adjustments(report, false), cards.refunds(report));
    }

    /** One figure at a glance: what it is, the figure, and a line under it; its id comes from its label. */
    private static final class Tile extends VBox {

        private final Label title = new Label();
        private final Label value = new Label();
        private final Label sub = new Label();

        Tile() {
            title.getStyleClass().add("report-tile-caption");
            value.getStyleClass().add("report-tile-value");
            sub.getStyleClass().add("report-tile-sub");
            getChildren().addAll(title, value, sub);
            getStyleClass().add("report-tile");
        }

        void set(ZReportRows.Figure figure) {
            title.setText(figure.label().toUpperCase(java.util.Locale.ROOT));
            setId("report-tile-" + figure.label().toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
            value.setText(figure.value());
            sub.setText(figure.detail());
        }
    }
}
