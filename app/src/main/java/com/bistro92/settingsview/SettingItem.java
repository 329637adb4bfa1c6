package com.bistro92.settingsview;

import java.util.Optional;
import javafx.beans.value.ObservableValue;
import org.controlsfx.control.PropertySheet;

/** One row of the property sheet, reading and writing the model's draft. */
final class SettingItem implements PropertySheet.Item {

    private final SettingField field;
    private final SettingsModel model;

    SettingItem(SettingField field, SettingsModel model) {
        this.field = field;
        this.model = model;
    }

    SettingField field() {
        return field;
    }

    @Override
    public Class<?> getType() {
        return field.type;
    }

    @Override
    public String getCategory() {
        return field.category;
    }

    @Override
    public String getName() {
        return field.label + (field.restart ? "  ⟳" : "");
    }

    @Override
    public String getDescription() {
        return field.description + (field.restart ? " (takes effect after a restart)" : "");
    }

    @Override
    public Object getValue() {
        return model.value(field);
    }

    @Override
    public void setValue(Object value) {
        model.set(field, value);
    }

    @Override
    public Optional<ObservableValue<? extends Object>> getObservableValue() {
        return Optional.empty();
    }
}
