package com.bistro92.printview;

import com.bistro92.print.Printer;
import com.bistro92.print.PrinterSetup;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.SegmentedButton;
import org.controlsfx.control.ToggleSwitch;

/**
 * The form of one printer, in a dialog: its name, address and port, paper width, the stations it
 * prints, whether it prints receipts, whether it prints only while the kitchen screens are not
 * following, and its fallback. The suite checks what is typed when it is saved (422 says what is
 * wrong, and the form stays open with what was typed).
 */
final class PrinterForm extends Dialog<PrinterSetup> {

    private final TextField name = new TextField();
    private final TextField host = new TextField();
    private final TextField port = new TextField(String.valueOf(PrinterSetup.DEFAULT_PORT));
    private final javafx.scene.control.ToggleButton paper58 = new javafx.scene.control.ToggleButton("58 mm");
    private final javafx.scene.control.ToggleButton paper80 = new javafx.scene.control.ToggleButton("80 mm");
    private final CheckComboBox<String> stations = new CheckComboBox<>();
    private final ToggleSwitch receipts = new ToggleSwitch();
    private final ToggleSwitch screensDownOnly = new ToggleSwitch();
    private final ComboBox<Choice> fallback = new ComboBox<>();
    private final Spinner<Integer> fallbackAfter = new Spinner<>(1, 600, 20, 5);

    /** A printer to fall back to, or none. */
    private record Choice(Integer id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /**
     * @param editing the printer to change, or null to add one
     * @param known   the stations the menu names, to choose from
     * @param others  the other printers, for the fallback
     */
    PrinterForm(Window owner, Printer editing, Collection<String> known, List<Printer> others) {
        initOwner(owner);
        setTitle(editing == null ? "Add a printer" : "Printer " + editing.name());
        setHeaderText(editing == null ? "A network thermal printer (ESC/POS on its raw port)" : null);
        createView(known, others);
        if (editing != null) {
            fill(editing.setup(), others);
        }
        setResultConverter(button -> button.getButtonData() == ButtonBar.ButtonData.OK_DONE ? setup() : null);
    }

    private void createView(Collection<String> known, List<Printer> others) {
        name.setId("printer-name");
        name.setPromptText("Grill");
        host.setId("printer-host");
        host.setPromptText("192.168.1.40");
        port.setId("printer-port");
        port.setPrefColumnCount(6);
        paper80.setSelected(true);
        SegmentedButton paper = new SegmentedButton(paper58, paper80);
        stations.setId("printer-stations");
        stations.getItems().setAll(known.stream().sorted().toList());
        stations.setTitle("Stations");
        stations.setShowCheckedCount(true);
        stations.setPrefWidth(240);
        receipts.setId("printer-receipts");
        screensDownOnly.setId("printer-screens-down");
        fallback.setId("printer-fallback");
        fallback.setItems(FXCollections.observableArrayList(new Choice(null, "None")));
        others.forEach(p -> fallback.getItems().add(new Choice(p.id(), p.name())));
        fallback.getSelectionModel().selectFirst();
        fallbackAfter.setEditable(true);
        fallbackAfter.setPrefWidth(90);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.setPadding(new Insets(12));
        int row = 0;
        grid.addRow(row++, new Label("Name"), name);
        grid.addRow(row++, new Label("Address"), host);
        grid.addRow(row++, new Label("Port"), port);
        grid.addRow(row++, new Label("Paper"), paper);
        grid.addRow(row++, new Label("Prints the lines of"), stations);
        grid.addRow(row++, new Label("Prints receipts"), receipts);
        grid.addRow(row++, new Label("Only while the kitchen\nscreens are not following"), screensDownOnly);
        grid.addRow(row++, new Label("When it is offline,\nits tickets go to"), fallback);
        grid.addRow(row, new Label("after (seconds)"), fallbackAfter);
        getDialogPane().setContent(grid);
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL);
        getDialogPane().lookupButton(save).setId("printer-save");
        getDialogPane().getStyleClass().add("printer-form");
        getDialogPane().getStylesheets().add(PrinterForm.class.getResource("printers.css").toExternalForm());
    }

    private void fill(PrinterSetup setup, List<Printer> others) {
        name.setText(setup.name());
        host.setText(setup.host());
        port.setText(String.valueOf(setup.port()));
        paper58.setSelected(setup.paperMm() == 58);
        paper80.setSelected(setup.paperMm() != 58);
        for (String station : setup.stations()) {
            if (!stations.getItems().contains(station)) {
                stations.getItems().add(station);
            }
            stations.getCheckModel().check(station);
        }
        receipts.setSelected(setup.receipts());
        screensDownOnly.setSelected(setup.screensDownOnly());
        fallback.getItems().stream().filter(c -> java.util.Objects.equals(c.id(), setup.fallbackId())).findFirst()
                .ifPresent(fallback.getSelectionModel()::select);
        fallbackAfter.getValueFactory().setValue(setup.fallbackAfterS());
    }

    /** What the form says now; a port that is not a number is sent as 0, which the suite refuses with a reason. */
    PrinterSetup setup() {
        Integer typed;
        try {
            typed = Integer.valueOf(port.getText().strip());
        } catch (NumberFormatException e) {
            typed = 0;
        }
        return new PrinterSetup(name.getText(), host.getText(), typed, paper58.isSelected() ? 58 : 80,
                List.copyOf(stations.getCheckModel().getCheckedItems()), receipts.isSelected(),
                screensDownOnly.isSelected(), Optional.ofNullable(fallback.getValue()).map(Choice::id).orElse(null),
                fallbackAfter.getValue());
    }
}
