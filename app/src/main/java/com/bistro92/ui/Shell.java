package com.bistro92.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The main window's frame: one navigation for the suite's sections (only those that exist are
 * shown), the section in the middle, and a status line with the address pads use, whether the
 * event log is intact, and the data folder in use. Ctrl+1… opens a section; F11 toggles full screen.
 */
public final class Shell extends BorderPane {

    private final ToggleGroup sections = new ToggleGroup();
    private final VBox nav = new VBox(6);
    private final String address;
    private final Path data;
    private final Node logStatus;
    private final HBox status = new HBox(12);

    /** One section of the suite: its name in the navigation and its view. Ctrl+1… follow the order given. */
    public record Section(String name, Node view) {
    }

    Shell(String address, Path data, Node logStatus, List<Section> all) {
        this.address = address;
        this.data = data;
        this.logStatus = logStatus;
        createView();
        for (int i = 0; i < all.size(); i++) {
            addSection(all.get(i).name(), String.valueOf(i + 1), all.get(i).view());
        }
        sections.getToggles().getFirst().setSelected(true);
    }

    private void createView() {
        getStyleClass().add("shell");
        getStylesheets().add(Shell.class.getResource("shell.css").toExternalForm());
        Label brand = new Label("Bistro92");
        brand.getStyleClass().add("shell-brand");
        nav.getStyleClass().add("shell-nav");
        nav.getChildren().add(brand);
        setLeft(nav);

        Label pads = new Label("Pads connect to " + address);
        Label folder = new Label("Data: " + data.toAbsolutePath());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        status.getChildren().setAll(pads, logStatus, gap, folder);
        status.setAlignment(Pos.CENTER_LEFT);
        status.getStyleClass().add("shell-status");
        setBottom(status);
    }

    private void addSection(String name, String key, Node view) {
        ToggleButton button = new ToggleButton(name + "   Ctrl+" + key);
        button.setToggleGroup(sections);
        button.setMaxWidth(Double.MAX_VALUE);
        button.getStyleClass().add("shell-section");
        button.setUserData(new KeyCodeCombination(KeyCode.getKeyCode(key), KeyCombination.SHORTCUT_DOWN));
        button.selectedProperty().addListener((obs, was, selected) -> {
            if (selected) {
                setCenter(view);
                view.requestFocus();
            }
        });
        button.setOnAction(e -> button.setSelected(true));
        nav.getChildren().add(button);
    }

    /** Adds {@code part} to the status line, after the event log's state. */
    public void addStatus(Node part) {
        status.getChildren().add(status.getChildren().indexOf(logStatus) + 1, part);
    }

    /** Opens the section named {@code name}, if there is one. */
    public void select(String name) {
        sections.getToggles().stream().filter(t -> ((ToggleButton) t).getText().startsWith(name + " "))
                .findFirst().ifPresent(t -> t.setSelected(true));
    }

    /** Section shortcuts and F11 full screen. */
    void installShortcuts(Scene scene, Stage stage) {
        sections.getToggles().forEach(t -> scene.getAccelerators().put((KeyCombination) t.getUserData(),
                () -> t.setSelected(true)));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F11), () -> stage.setFullScreen(!stage.isFullScreen()));
    }
}
