package com.bistro92.kitchen;

import com.bistro92.menu.Stations;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;

/**
 * The stations of one ticket at a glance. At expo, a chip per station: "GRILL ✓" in green,
 * "BAR 1 left" in amber, "PASTRY held" in grey. On a station display, the other stations' lines
 * in grey: "+2 at BAR". Hidden on a display of every station.
 */
final class StationChips extends FlowPane {

    StationChips() {
        super(6, 4);
        getStyleClass().add("station-chips");
        managedProperty().bind(visibleProperty());
    }

    void show(StationTicket ticket) {
        Stations stations = ticket.stations();
        List<StationTicket.Progress> shown = stations.expo() ? ticket.progress() : ticket.elsewhere();
        getChildren().clear();
        getStyleClass().remove("station-chips-below");
        if (!stations.expo()) {
            getStyleClass().add("station-chips-below");
        }
        for (StationTicket.Progress p : shown) {
            Label chip = new Label(stations.expo() ? p.chip() : p.elsewhere());
            chip.getStyleClass().addAll("station-chip", stations.expo() ? state(p) : "station-chip-elsewhere");
            getChildren().add(chip);
        }
        setVisible(!shown.isEmpty());
    }

    private static String state(StationTicket.Progress p) {
        return p.left() > 0 ? "station-chip-left" : p.held() > 0 ? "station-chip-held" : "station-chip-done";
    }
}
