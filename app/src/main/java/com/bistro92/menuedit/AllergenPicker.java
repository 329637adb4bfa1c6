package com.bistro92.menuedit;

import com.bistro92.menu.Allergen;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;

/**
 * The 14 allergens of EU law as a drop-down list of ticks (ControlsFX's {@code CheckComboBox}),
 * for an item's form and each modifier's row: what it contains, or what choosing it adds.
 */
final class AllergenPicker extends CheckComboBox<Allergen> {

    AllergenPicker(String tooltip) {
        super(FXCollections.observableArrayList(Allergen.values()));
        getStyleClass().add("allergen-picker");
        setConverter(new StringConverter<>() {
            @Override
            public String toString(Allergen allergen) {
                return allergen == null ? "" : allergen.label();
            }

            @Override
            public Allergen fromString(String text) {
                return Allergen.of(text);
            }
        });
        setShowCheckedCount(false);
        setTooltip(new Tooltip(tooltip));
    }

    /** Ticks exactly {@code allergens}. */
    void show(List<Allergen> allergens) {
        getCheckModel().clearChecks();
        allergens.forEach(a -> getCheckModel().check(a));
    }

    /** The ticked allergens, in {@link Allergen}'s order. */
    List<Allergen> ticked() {
        return Allergen.sorted(getCheckModel().getCheckedItems());
    }
}
