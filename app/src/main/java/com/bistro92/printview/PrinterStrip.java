package com.bistro92.printview;

import com.bistro92.print.Printer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;

/**
 * Each printer's state in a line, as the kitchen and Tables & Pads show it: "Grill ● ready",
 * "Bar ● offline" in red, and a red note while the printers stand in for the kitchen screens.
 * Nothing at all when the restaurant has no printer.
 */
public final class PrinterStrip extends FlowPane {

    private final PrintersModel model;
    private final Label screens = new Label("Kitchen screens not following: tickets print");

    public PrinterStrip(PrintersModel model) {
        this.model = model;
        createView();
        model.printers().addListener((ListChangeListener<Printer>) c -> show());
        model.screensDownProperty().addListener((obs, was, now) -> show());
        show();
    }

    private void createView() {
        getStyleClass().add("printer-strip");
        getStylesheets().add(PrinterStrip.class.getResource("printers.css").toExternalForm());
        setHgap(12);
        setVgap(4);
        setAlignment(Pos.CENTER_LEFT);
        screens.getStyleClass().add("printer-screens-down");
        managedProperty().bind(visibleProperty());
    }

    private void show() {
        getChildren().clear();
        setVisible(!model.printers().isEmpty());
        if (model.screensDownProperty().get()) {
            getChildren().add(screens);
        }
        for (Printer p : model.printers()) {
            Label label = new Label("● " + p.name() + " " + p.state().words());
            label.getStyleClass().addAll("printer-state", "printer-" + p.state().name().toLowerCase(java.util.Locale.ROOT));
            label.setId("printer-" + p.id());
            getChildren().add(label);
        }
    }
}
