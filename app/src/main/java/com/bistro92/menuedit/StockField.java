package com.bistro92.menuedit;

import com.bistro92.stock.StockLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;

/**
 * How an item is counted, in its form: not counted, a count of its own, or a count it shares with
 * other items ("Salmon portions"), and how many are on hand. Orders take from the count; at zero the
 * item is 86'd by itself.
 */
final class StockField extends HBox {

    /** A choice of count: none, the item's own (id null, own true), or a shared one. */
    record Choice(Integer stockId, boolean own, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** What to set: the count to take from ({@code stockId} null for its own) and how many; both null for none. */
    record Count(Integer stockId, Integer onHand) {
    }

    private static final Choice NONE = new Choice(null, false, "Not counted");
    private static final Choice OWN = new Choice(null, true, "Its own count");

    private final ComboBox<Choice> which = new ComboBox<>();
    private final TextField onHand = new TextField();
    private final Label left = new Label("on hand");
    private Count shown = new Count(null, null);

    StockField() {
        super(8);
        setAlignment(Pos.CENTER_LEFT);
        which.setId("item-stock");
        onHand.setId("item-on-hand");
        onHand.setPrefColumnCount(5);
        left.getStyleClass().add("menu-hint");
        which.valueProperty().addListener((obs, was, now) -> {
            boolean counted = now != null && now != NONE;
            onHand.setDisable(!counted);
            left.setDisable(!counted);
        });
        getChildren().setAll(which, onHand, left);
    }

    /** Shows how {@code itemId} is counted now (null for a new item), among {@code counts}. */
    void show(Integer itemId, List<StockLevel> counts) {
        List<Choice> choices = new ArrayList<>(List.of(NONE, OWN));
        StockLevel current = null;
        for (StockLevel level : counts) {
            boolean mine = itemId != null && level.itemIds().contains(itemId);
            if (mine) {
                current = level;
            }
            boolean own = mine && level.itemIds().size() == 1;
            if (!own) {
                choices.add(new Choice(level.id(), false, "Shared: " + level.name()));
            }
        }
        which.getItems().setAll(choices);
        if (current == null) {
            which.setValue(NONE);
            onHand.setText("");
            shown = new Count(null, null);
        } else {
            int id = current.id();
            Choice pick = current.itemIds().size() == 1 ? OWN
                    : choices.stream().filter(c -> Objects.equals(c.stockId(), id)).findFirst().orElse(NONE);
            which.setValue(pick);
            onHand.setText(String.valueOf(current.onHand()));
            shown = new Count(pick.own() ? null : id, current.onHand());
        }
    }

    /** Whether someone is changing the count here now. */
    boolean editing() {
        return onHand.isFocused() || which.isFocused() || which.isShowing();
    }

    /**
     * What the form says, when it differs from what was shown; a count that is not a whole number is
     * sent as -1, which the suite refuses with a reason.
     */
    Optional<Count> change() {
        Choice pick = which.getValue() == null ? NONE : which.getValue();
        Count now;
        if (pick == NONE) {
            now = new Count(null, null);
        } else {
            Integer typed;
            try {
                typed = onHand.getText().isBlank() && !pick.own() ? null : Integer.valueOf(onHand.getText().strip());
            } catch (NumberFormatException e) {
                typed = -1;
            }
            now = new Count(pick.stockId(), typed);
        }
        return now.equals(shown) ? Optional.empty() : Optional.of(now);
    }
}
