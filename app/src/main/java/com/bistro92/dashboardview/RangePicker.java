package com.bistro92.dashboardview;

import atlantafx.base.theme.Styles;
import com.bistro92.dashboard.DateRange;
import java.time.LocalDate;
import javafx.geometry.Pos;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;

/**
 * Today, Yesterday, This week, This month, or Custom with a first and a last day: whichever is
 * chosen goes to the model, and every tile follows.
 */
final class RangePicker extends HBox {

    private final DashboardModel model;
    private final ToggleGroup group = new ToggleGroup();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final HBox days;

    RangePicker(DashboardModel model) {
        super(8);
        this.model = model;
        HBox buttons = new HBox();
        DateRange.Kind[] kinds = DateRange.Kind.values();
        for (int i = 0; i < kinds.length; i++) {
            DateRange.Kind kind = kinds[i];
            ToggleButton button = new ToggleButton(kind.label());
            button.setId("range-" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            button.setUserData(kind);
            button.setToggleGroup(group);
            button.getStyleClass().add(i == 0 ? Styles.LEFT_PILL : i == kinds.length - 1 ? Styles.RIGHT_PILL
                    : Styles.CENTER_PILL);
            button.setFocusTraversable(false);
            buttons.getChildren().add(button);
        }
        from.setId("range-from");
        to.setId("range-to");
        from.setPrefWidth(140);
        to.setPrefWidth(140);
        days = new HBox(6, from, new Label("to"), to);
        days.setAlignment(Pos.CENTER_LEFT);
        days.setId("range-days");
        days.managedProperty().bind(days.visibleProperty());
        getChildren().addAll(buttons, days);
        setAlignment(Pos.CENTER_LEFT);
        init();
    }

    private void init() {
        model.rangeProperty().subscribe(range -> {
            group.getToggles().stream().filter(t -> t.getUserData() == range.kind()).findFirst()
                    .ifPresent(t -> t.setSelected(true));
            days.setVisible(range.kind() == DateRange.Kind.CUSTOM);
            from.setValue(range.from());
            to.setValue(range.to());
        });
        group.selectedToggleProperty().addListener((obs, before, now) -> {
            if (now == null) {
                // a pill stays pressed: clicking the chosen one again keeps it
                before.setSelected(true);
                return;
            }
            DateRange.Kind kind = (DateRange.Kind) now.getUserData();
            if (kind == model.rangeProperty().get().kind()) {
                return;
            }
            if (kind == DateRange.Kind.CUSTOM) {
                DateRange shown = model.rangeProperty().get();
                model.select(DateRange.custom(shown.from(), shown.to()));
            } else {
                model.select(kind);
            }
        });
        from.valueProperty().addListener((obs, was, day) -> custom());
        to.valueProperty().addListener((obs, was, day) -> custom());
    }

    /** Both days set, in order, and different from what is shown: show them. */
    private void custom() {
        LocalDate first = from.getValue();
        LocalDate last = to.getValue();
        DateRange shown = model.rangeProperty().get();
        if (shown.kind() != DateRange.Kind.CUSTOM || first == null || last == null || last.isBefore(first)
                || (first.equals(shown.from()) && last.equals(shown.to()))) {
            return;
        }
        model.select(DateRange.custom(first, last));
    }
}
