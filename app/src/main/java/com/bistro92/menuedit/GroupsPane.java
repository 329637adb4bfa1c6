package com.bistro92.menuedit;

import com.bistro92.menu.GroupDraft;
import com.bistro92.menu.Menu;
import com.bistro92.menu.MenuRules;
import com.bistro92.menu.ModifierDraft;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The modifier groups an item offers, each with its min and max choices and its modifiers with
 * their price deltas. A group may be offered by several items: changing it changes it for all.
 */
final class GroupsPane extends VBox {

    private final MenuEditorModel model;
    private final VBox cards = new VBox(10);
    private final ComboBox<Menu.Group> existing = new ComboBox<>();
    private Menu.Item item;

    GroupsPane(MenuEditorModel model) {
        this.model = model;
        createView();
    }

    private void createView() {
        getStyleClass().add("menu-groups");
        setSpacing(10);
        Label title = new Label("Modifier groups");
        title.getStyleClass().add("menu-pane-title");
        TextField name = new TextField();
        name.setPromptText("New group, e.g. Sauce");
        Spinner<Integer> min = spinner(0, 0);
        Spinner<Integer> max = spinner(1, 1);
        Button add = new Button("Add group");
        add.setOnAction(e -> model.addGroup(item.id(), new GroupDraft(name.getText(), min.getValue(), max.getValue()))
                .thenRun(name::clear));
        HBox choices = new HBox(6, new Label("Guests choose from"), min, new Label("to"), max, add);
        choices.setAlignment(Pos.CENTER_LEFT);
        VBox addRow = new VBox(6, name, choices);
        existing.setPromptText("Offer a group other items have");
        existing.setMaxWidth(Double.MAX_VALUE);
        existing.setCellFactory(c -> new GroupCell());
        existing.setButtonCell(new GroupCell());
        Button offer = new Button("Offer");
        offer.disableProperty().bind(existing.valueProperty().isNull());
        offer.setOnAction(e -> model.linkGroup(item.id(), existing.getValue().id()));
        HBox offerRow = new HBox(6, existing, offer);
        HBox.setHgrow(existing, Priority.ALWAYS);
        getChildren().addAll(title, cards, addRow, offerRow);
    }

    /** Shows the groups {@code shown} offers; nothing for a new item. */
    void show(Menu.Item shown) {
        item = shown;
        setDisable(shown == null);
        cards.getChildren().clear();
        if (shown == null) {
            cards.getChildren().add(hint("Save the item to give it modifier groups."));
            return;
        }
        shown.modifierGroups().forEach(g -> cards.getChildren().add(card(g)));
        if (shown.modifierGroups().isEmpty()) {
            cards.getChildren().add(hint("No choices for this item."));
        }
        existing.getItems().setAll(model.groupsProperty().get().stream()
                .filter(g -> shown.modifierGroups().stream().noneMatch(o -> o.id() == g.id())).toList());
    }

    private VBox card(Menu.Group group) {
        TextField name = new TextField(group.name());
        Spinner<Integer> min = spinner(0, group.minChoices());
        Spinner<Integer> max = spinner(1, group.maxChoices());
        Button save = new Button("Save");
        save.setOnAction(e -> model.updateGroup(group.id(), new GroupDraft(name.getText(), min.getValue(), max.getValue())));
        Button drop = new Button("Remove");
        drop.getStyleClass().add("flat");
        drop.setTooltip(new javafx.scene.control.Tooltip("Stop offering this group with this item; other items keep it"));
        drop.setOnAction(e -> model.unlinkGroup(item.id(), group.id()));
        HBox head = new HBox(6, name, drop);
        head.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(name, Priority.ALWAYS);
        name.getStyleClass().add("menu-group-name");
        HBox choices = new HBox(6, new Label("From"), min, new Label("to"), max, save);
        choices.setAlignment(Pos.CENTER_LEFT);
        VBox card = new VBox(6, head, choices);
        card.getStyleClass().add("menu-group-card");
        for (Menu.Modifier m : group.modifiers()) {
            card.getChildren().add(modifierRow(m));
        }
        TextField newName = new TextField();
        newName.setPromptText("New choice");
        TextField newDelta = new TextField("0.00");
        newDelta.setPrefColumnCount(6);
        Button add = new Button("Add");
        add.setOnAction(e -> model.addModifier(group.id(), new ModifierDraft(newName.getText(),
                MenuRules.decimal(newDelta.getText()), true)));
        Label plus = new Label("+" + model.money().currency().getSymbol());
        for (Region fixed : List.of(plus, add)) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox addRow = new HBox(6, newName, plus, newDelta, add);
        addRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(newName, Priority.ALWAYS);
        card.getChildren().add(addRow);
        return card;
    }

    private VBox modifierRow(Menu.Modifier m) {
        TextField name = new TextField(m.name());
        TextField delta = new TextField(m.priceDelta().toPlainString());
        delta.setPrefColumnCount(6);
        CheckBox on = new CheckBox();
        on.setSelected(m.available());
        Label shown = new Label(m.priceDelta().signum() == 0 ? "no charge" : model.money().formatDelta(m.priceDelta()));
        shown.getStyleClass().add("menu-hint");
        shown.setMinWidth(70);
        AllergenPicker adds = new AllergenPicker("Allergens this choice adds to the item, such as nuts for walnuts");
        adds.show(m.allergens());
        Button save = new Button("Save");
        save.setOnAction(e -> model.updateModifier(m.id(), new ModifierDraft(name.getText(),
                MenuRules.decimal(delta.getText()), on.isSelected(), adds.ticked())));
        Button remove = new Button("✕");
        remove.getStyleClass().addAll("flat", "danger");
        remove.setOnAction(e -> model.removeModifier(m.id()));
        on.setTooltip(new javafx.scene.control.Tooltip("Unticked: this choice is sold out"));
        // three short lines rather than one long one: the pane is narrow beside the item's list
        for (Region fixed : List.of(delta, shown, on, save, remove)) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox named = new HBox(6, name, remove);
        named.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(name, Priority.ALWAYS);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox priced = new HBox(6, delta, shown, on, gap, save);
        priced.setAlignment(Pos.CENTER_LEFT);
        Label addsLabel = new Label("Adds allergens");
        addsLabel.getStyleClass().add("menu-hint");
        addsLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox allergens = new HBox(6, addsLabel, adds);
        allergens.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(adds, Priority.ALWAYS);
        adds.setMaxWidth(Double.MAX_VALUE);
        VBox row = new VBox(4, named, priced, allergens);
        row.getStyleClass().add("menu-modifier-row");
        return row;
    }

    private static Spinner<Integer> spinner(int least, int value) {
        Spinner<Integer> s = new Spinner<>(least, MenuRules.CHOICES_MAX, Math.max(least, value));
        s.setPrefWidth(72);
        s.setEditable(true);
        return s;
    }

    private static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("menu-hint");
        return l;
    }

    private static final class GroupCell extends ListCell<Menu.Group> {
        @Override
        protected void updateItem(Menu.Group g, boolean empty) {
            super.updateItem(g, empty);
            setText(empty || g == null ? null : g.name() + "  (" + g.minChoices() + "–" + g.maxChoices() + ", "
                    + g.modifiers().size() + " choices)");
        }
    }
}
