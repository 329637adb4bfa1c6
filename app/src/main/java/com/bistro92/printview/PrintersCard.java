package com.bistro92.printview;

import com.bistro92.print.Printer;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Settings' card of printers: each with its address, stations and state, Edit… and Remove, and
 * Add a printer…; the notice under them says what was saved or what was wrong.
 */
public final class PrintersCard extends VBox {

    private final PrintersModel model;
    private final Supplier<Collection<String>> stations;
    private final VBox list = new VBox();
    private final Label notice = new Label();

    /** @param stations the stations the menu names, to choose from */
    public PrintersCard(PrintersModel model, Supplier<Collection<String>> stations) {
        this.model = model;
        this.stations = stations;
        createView();
        model.printers().addListener((ListChangeListener<Printer>) c -> render());
        notice.textProperty().bind(model.noticeProperty());
        render();
    }

    private void createView() {
        getStylesheets().add(PrintersCard.class.getResource("printers.css").toExternalForm());
        getStyleClass().addAll("settings-card", "printers-card");
        setSpacing(10);
        setPrefWidth(340);
        setMinWidth(300);
        Label title = new Label("Printers");
        title.getStyleClass().add("settings-card-title");
        Label about = new Label("Kitchen tickets by station, and receipts, on network thermal printers.");
        about.getStyleClass().add("settings-card-text");
        about.setWrapText(true);
        list.getStyleClass().add("printer-list");
        notice.getStyleClass().add("settings-card-text");
        notice.setWrapText(true);
        Button add = new Button("Add a printer…");
        add.setId("printer-add");
        add.setMaxWidth(Double.MAX_VALUE);
        add.setOnAction(e -> edit(null));
        getChildren().setAll(title, about, list, add, notice);
    }

    private void render() {
        if (model.printers().isEmpty()) {
            Label none = new Label("No printer yet");
            none.getStyleClass().add("settings-card-text");
            list.getChildren().setAll(none);
            return;
        }
        list.getChildren().setAll(model.printers().stream().map(this::row).toList());
    }

    private VBox row(Printer p) {
        Label name = new Label(p.name());
        name.getStyleClass().add("printer-name");
        Label state = new Label("● " + p.state().words());
        state.getStyleClass().addAll("printer-state", "printer-" + p.state().name().toLowerCase(java.util.Locale.ROOT));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button edit = new Button("Edit…");
        edit.getStyleClass().add("small");
        edit.setOnAction(e -> edit(p));
        Button remove = new Button("Remove");
        remove.getStyleClass().addAll("small", "danger");
        remove.setOnAction(e -> model.remove(p));
        HBox top = new HBox(8, name, state, gap, edit, remove);
        top.setAlignment(Pos.CENTER_LEFT);
        String does = String.join(", ", p.setup().stations()) + (p.setup().receipts()
                ? (p.setup().stations().isEmpty() ? "" : " · ") + "receipts" : "")
                + (p.setup().screensDownOnly() ? " · when the screens stop" : "");
        Label what = new Label(p.setup().host() + ":" + p.setup().port() + " · " + p.setup().paperMm() + " mm · "
                + does);
        what.getStyleClass().add("settings-card-text");
        what.setWrapText(true);
        VBox row = new VBox(2, top, what);
        row.getStyleClass().add("printer-row");
        row.setId("printer-row-" + p.id());
        return row;
    }

    private void edit(Printer editing) {
        List<Printer> others = model.printers().stream().filter(p -> editing == null || p.id() != editing.id())
                .toList();
        PrinterForm form = new PrinterForm(getScene().getWindow(), editing, stations.get(), others);
        form.showAndWait().ifPresent(setup -> model.save(editing == null ? null : editing.id(), setup));
    }
}
