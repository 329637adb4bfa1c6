package com.bistro92.kitchen;

import com.bistro92.menu.Stations;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/**
 * The kitchen bar's station choice: "All stations", any number of stations (the menu stays open
 * while they are ticked), or "Expo". The stations offered are the menu's and those on open tickets,
 * read each time the list opens.
 */
final class StationPicker extends MenuButton {

    private final KitchenModel model;
    private final Supplier<Collection<String>> known;
    private final Consumer<Stations> chosen;

    /**
     * @param known  the stations to offer besides those on open tickets (the menu's)
     * @param chosen what a choice does besides showing it: it is remembered
     */
    StationPicker(KitchenModel model, Supplier<Collection<String>> known, Consumer<Stations> chosen) {
        this.model = model;
        this.known = known;
        this.chosen = chosen;
        getStyleClass().add("kitchen-stations");
        setFocusTraversable(false);
        // the bar's title names the choice, large; the button only offers to change it
        setText("Stations");
        setOnShowing(e -> fill());
        fill();
    }

    private void fill() {
        Stations now = model.stationsProperty().get();
        Set<String> names = new TreeSet<>(known.get());
        names.addAll(model.stationsOnTickets());
        names.addAll(now.names());
        CheckMenuItem all = new CheckMenuItem("All stations");
        all.setSelected(now.all());
        all.setOnAction(e -> choose(Stations.ALL));
        List<MenuItem> items = new ArrayList<>(List.of(all, new SeparatorMenuItem()));
        for (String name : names) {
            CheckBox box = new CheckBox(name);
            box.setSelected(now.names().contains(name));
            box.setMaxWidth(Double.MAX_VALUE);
            box.getStyleClass().add("kitchen-station-choice");
            box.setOnAction(e -> toggle(name, box.isSelected()));
            CustomMenuItem item = new CustomMenuItem(box, false);
            item.setId("station-" + name);
            items.add(item);
        }
        CheckMenuItem expo = new CheckMenuItem("Expo – whole tickets, bump sends them out");
        expo.setSelected(now.expo());
        expo.setOnAction(e -> choose(Stations.EXPO));
        items.add(new SeparatorMenuItem());
        items.add(expo);
        getItems().setAll(items);
    }

    private void toggle(String name, boolean on) {
        Set<String> names = new LinkedHashSet<>(model.stationsProperty().get().names());
        if (on) {
            names.add(name);
        } else {
            names.remove(name);
        }
        choose(Stations.of(names));
        // the other entries' ticks follow, with the menu still open
        getItems().stream().filter(i -> i instanceof CheckMenuItem).map(CheckMenuItem.class::cast)
                .forEach(i -> i.setSelected(false));
        ((CheckMenuItem) getItems().getFirst()).setSelected(names.isEmpty());
    }

    private void choose(Stations stations) {
        model.stations(stations);
        chosen.accept(stations);
    }
}
