package com.bistro92.ui;

import com.bistro92.staff.Permission;
import com.bistro92.staff.Role;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Toggle;
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
 * event log is intact, and where the data is kept (and whether its database can be reached). Ctrl+1… opens a section; F11 toggles full screen.
 */
public final class Shell extends BorderPane {

    private final ToggleGroup sections = new ToggleGroup();
    private final VBox nav = new VBox(6);
    private final String address;
    private final Node data;
    private final Node logStatus;
    private final HBox status = new HBox(12);

    /**
     * One section of the suite: its name in the navigation, how its view is built, and what one
     * must be allowed to do to open it (null: anyone signed in). Ctrl+1… follow the order given.
     * A view is built the first time its section opens, or by {@link #buildNext()} before that.
     */
    public record Section(String name, Supplier<? extends Node> view, Permission needs) {
        public Section(String name, Supplier<? extends Node> view) {
            this(name, view, null);
        }
    }

    private final Label operator = new Label();
    private final Label refused = new Label();
    private final PauseTransition refusedFades = new PauseTransition(javafx.util.Duration.seconds(6));
    private final Button switchUser = new Button("Switch user  Ctrl+L");
    private final List<Section> all;
    private final Node[] views;

    /** The frame around {@code all}; no section is open (and none built) until {@link #allow} opens one. */
    /** @param data where the data is kept, and whether it can be reached ({@link DatabaseLabel}) */
    Shell(String address, Node data, Node logStatus, List<Section> all) {
        this.address = address;
        this.data = data;
        this.logStatus = logStatus;
        this.all = List.copyOf(all);
        this.views = new Node[all.size()];
        createView();
        for (int i = 0; i < all.size(); i++) {
            addSection(i);
        }
        Region gap = new Region();
        VBox.setVgrow(gap, Priority.ALWAYS);
        nav.getChildren().addAll(gap, bottomOfNav);
    }

    /** The view of section {@code i}, built now if it was not yet. */
    private Node view(int i) {
        if (views[i] == null) {
            views[i] = all.get(i).view().get();
        }
        return views[i];
    }

    /**
     * Builds the first section whose view is not built yet, so that opening it later is quick;
     * returns false once every view is built. Call it one section at a time on the FX thread, so
     * that input goes on being handled between two.
     */
    boolean buildNext() {
        for (int i = 0; i < views.length; i++) {
            if (views[i] == null) {
                view(i);
                return true;
            }
        }
        return false;
    }

    private void createView() {
        getStyleClass().add("shell");
        getStylesheets().add(Shell.class.getResource("shell.css").toExternalForm());
        Label brand = new Label("Bistro92");
        brand.getStyleClass().add("shell-brand");
        nav.getStyleClass().add("shell-nav");
        nav.getChildren().add(brand);
        setLeft(nav);
        operator.getStyleClass().add("shell-operator");
        operator.setWrapText(true);
        switchUser.getStyleClass().add("shell-switch-user");
        switchUser.setMaxWidth(Double.MAX_VALUE);
        switchUser.setId("switch-user");
        refused.getStyleClass().add("shell-refused");
        refused.setId("shell-refused");
        refused.setWrapText(true);
        refused.setVisible(false);
        refused.setManaged(false);
        refusedFades.setOnFinished(e -> showRefusal(""));
        bottomOfNav = new VBox(8, refused, operator, switchUser);

        Label pads = new Label("Pads connect to " + address);
        // the address pads need stays whole; where the data is kept gives way (its tooltip has it all)
        pads.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        status.getChildren().setAll(pads, logStatus, gap, data);
        status.setAlignment(Pos.CENTER_LEFT);
        status.getStyleClass().add("shell-status");
        setBottom(status);
    }

    private VBox bottomOfNav;
    private Runnable switchUserAction;

    private void addSection(int i) {
        String name = all.get(i).name();
        String key = String.valueOf(i + 1);
        ToggleButton button = new ToggleButton(name + "   Ctrl+" + key);
        button.setToggleGroup(sections);
        button.setMaxWidth(Double.MAX_VALUE);
        button.getStyleClass().add("shell-section");
        button.setUserData(new KeyCodeCombination(KeyCode.getKeyCode(key), KeyCombination.SHORTCUT_DOWN));
        button.selectedProperty().addListener((obs, was, selected) -> {
            if (selected) {
                Node view = view(i);
                setCenter(view);
                view.requestFocus();
            }
        });
        button.setOnAction(e -> button.setSelected(true));
        nav.getChildren().add(button);
    }

    /**
     * Shows the sections {@code may} allows and says who is signed in; selects the first allowed
     * section when the one shown is no longer allowed.
     */
    void allow(String who, Predicate<Permission> may) {
        operator.setText(who);
        Toggle firstAllowed = null;
        for (int i = 0; i < all.size(); i++) {
            Permission needs = all.get(i).needs();
            boolean allowed = needs == null || may.test(needs);
            ToggleButton button = (ToggleButton) sections.getToggles().get(i);
            button.setVisible(allowed);
            button.setManaged(allowed);
            if (allowed && firstAllowed == null) {
                firstAllowed = button;
            }
        }
        Toggle shown = sections.getSelectedToggle();
        if (shown == null || !((ToggleButton) shown).isVisible()) {
            if (firstAllowed != null) {
                firstAllowed.setSelected(true);
            }
        }
    }

    /** "managers", or "servers and managers": the roles that have {@code permission}. */
    private static String whoMay(Permission permission) {
        List<String> roles = java.util.Arrays.stream(Role.values()).filter(r -> r.may(permission))
                .map(r -> r.name().toLowerCase(java.util.Locale.ROOT) + "s").toList();
        return roles.size() == 1 ? roles.getFirst()
                : String.join(", ", roles.subList(0, roles.size() - 1)) + " and " + roles.getLast();
    }

    private void showRefusal(String text) {
        refused.setText(text);
        refused.setVisible(!text.isEmpty());
        refused.setManaged(!text.isEmpty());
    }

    /** What "Switch user" (and Ctrl+L) does. */
    void onSwitchUser(Runnable action, String label) {
        switchUser.setText(label + "  Ctrl+L");
        switchUser.setOnAction(e -> action.run());
        switchUserAction = action;
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

    /** Section shortcuts, Ctrl+L and F11 full screen; a section its user may not open stays shut. */
    void installShortcuts(Scene scene, Stage stage) {
        for (int i = 0; i < all.size(); i++) {
            Toggle t = sections.getToggles().get(i);
            String name = all.get(i).name();
            Permission needs = all.get(i).needs();
            scene.getAccelerators().put((KeyCombination) t.getUserData(), () -> {
                if (((ToggleButton) t).isVisible()) {
                    t.setSelected(true);
                } else {
                    showRefusal(name + " is for " + whoMay(needs)
                            + ". One of them can sign in with Switch user (Ctrl+L).");
                    refusedFades.playFromStart();
                }
            });
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN), () -> {
            if (switchUserAction != null) {
                switchUserAction.run();
            }
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F11), () -> stage.setFullScreen(!stage.isFullScreen()));
    }
}
