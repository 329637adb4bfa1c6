package com.bistro92.historyview;

import atlantafx.base.theme.Styles;
import com.bistro92.history.HistoryFilter;
import com.bistro92.history.TableChoice;
import com.bistro92.menu.Allergen;
import com.bistro92.money.Amounts;
import com.bistro92.order.OrderStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.util.Duration;

/**
 * The history's filters: a date range, a table, a status, an item, an amount range and text in the
 * notes. A pick applies at once; typing applies after a short pause, so one word is one query.
 */
final class FilterBar extends FlowPane {

    private static final Duration TYPING_PAUSE = Duration.millis(300);

    private final ZoneId zone;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final ComboBox<Choice<Integer>> table = new ComboBox<>();
    private final ComboBox<Choice<OrderStatus>> status = new ComboBox<>();
    private final TextField item = new TextField();
    private final TextField min = new TextField();
    private final TextField max = new TextField();
    private final TextField notes = new TextField();
    private final ComboBox<Choice<HistoryFilter.AllergyMatch>> allergy = new ComboBox<>();
    private final Button clear = new Button("Clear filters");
    private final PauseTransition typing = new PauseTransition(TYPING_PAUSE);
    private Runnable onChange = () -> { };
    private boolean quiet;

    FilterBar(ZoneId zone) {
        this.zone = zone;
        createView();
        init();
    }

    private void createView() {
        getStyleClass().add("history-filters");
        setHgap(14);
        setVgap(10);
        from.setPromptText("From");
        to.setPromptText("To");
        for (DatePicker d : List.of(from, to)) {
            d.setPrefWidth(140);
            d.getStyleClass().add("history-date");
        }
        from.setId("history-from");
        to.setId("history-to");
        table.setId("history-table");
        status.setId("history-status");
        item.setId("history-item");
        min.setId("history-min");
        max.setId("history-max");
        notes.setId("history-notes");
        allergy.setId("history-allergy");
        List<Choice<HistoryFilter.AllergyMatch>> allergies = new ArrayList<>();
        allergies.add(new Choice<>("Any order", null));
        allergies.add(new Choice<>("Any allergy", HistoryFilter.AllergyMatch.ANY));
        for (Allergen a : Allergen.values()) {
            allergies.add(new Choice<>(a.label(), new HistoryFilter.AllergyMatch(a)));
        }
        allergy.getItems().setAll(allergies);
        allergy.getSelectionModel().selectFirst();
        allergy.setPrefWidth(140);
        clear.setId("history-clear");
        table.setPrefWidth(150);
        status.setPrefWidth(150);
        List<Choice<OrderStatus>> statuses = new ArrayList<>();
        statuses.add(new Choice<>("All statuses", null));
        for (OrderStatus s : OrderStatus.values()) {
            statuses.add(new Choice<>(words(s), s));
        }
        status.getItems().setAll(statuses);
        status.getSelectionModel().selectFirst();
        tables(List.of());
        item.setPromptText("Item, e.g. burger");
        item.setPrefColumnCount(12);
        min.setPromptText("Min");
        max.setPromptText("Max");
        min.setPrefColumnCount(5);
        max.setPrefColumnCount(5);
        notes.setPromptText("Text in notes");
        notes.setPrefColumnCount(12);
        clear.getStyleClass().add("flat");
        getChildren().setAll(group("Dates", from, new Label("–"), to), group("Table", table),
                group("Status", status), group("Item", item), group("Total", min, new Label("–"), max),
                group("Notes", notes), group("Allergy", allergy), clear);
        setAlignment(Pos.CENTER_LEFT);
    }

    private void init() {
        from.valueProperty().addListener((obs, was, now) -> changed());
        to.valueProperty().addListener((obs, was, now) -> changed());
        table.valueProperty().addListener((obs, was, now) -> changed());
        status.valueProperty().addListener((obs, was, now) -> changed());
        allergy.valueProperty().addListener((obs, was, now) -> changed());
        for (TextField field : List.of(item, min, max, notes)) {
            field.textProperty().addListener((obs, was, now) -> typing.playFromStart());
            field.setOnAction(e -> {
                typing.stop();
                changed();
            });
        }
        typing.setOnFinished(e -> changed());
        clear.setOnAction(e -> clear());
    }

    /** Runs {@code action} whenever the filter changes. */
    void onChange(Runnable action) {
        onChange = action;
    }

    /** The tables to choose from; the chosen one stays chosen if it is still there. */
    void tables(List<TableChoice> choices) {
        Integer chosen = table.getValue() == null ? null : table.getValue().value();
        List<Choice<Integer>> items = new ArrayList<>();
        items.add(new Choice<>("All tables", null));
        choices.forEach(t -> items.add(new Choice<>(t.label(), t.id())));
        quiet = true;
        table.getItems().setAll(items);
        table.getSelectionModel().select(items.stream().filter(c -> java.util.Objects.equals(c.value(), chosen))
                .findFirst().orElse(items.getFirst()));
        quiet = false;
    }

    /** The filter the controls describe now; an amount that is not a number is left out, and marked. */
    HistoryFilter filter() {
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        return new HistoryFilter(
                start == null ? null : start.atStartOfDay(zone).toInstant(),
                end == null ? null : end.plusDays(1).atStartOfDay(zone).toInstant(),
                table.getValue() == null ? null : table.getValue().value(),
                status.getValue() == null ? null : status.getValue().value(),
                item.getText(), amount(min), amount(max), notes.getText(),
                allergy.getValue() == null ? null : allergy.getValue().value());
    }

    private void clear() {
        quiet = true;
        from.setValue(null);
        to.setValue(null);
        table.getSelectionModel().selectFirst();
        status.getSelectionModel().selectFirst();
        allergy.getSelectionModel().selectFirst();
        List.of(item, min, max, notes).forEach(TextField::clear);
        typing.stop();
        quiet = false;
        changed();
    }

    private void changed() {
        if (!quiet) {
            onChange.run();
        }
    }

    private static BigDecimal amount(TextField field) {
        String text = field.getText().strip().replace(',', '.');
        field.pseudoClassStateChanged(Styles.STATE_DANGER, false);
        if (text.isEmpty()) {
            return null;
        }
        BigDecimal amount = Amounts.parse(text);
        if (amount == null) {
            field.pseudoClassStateChanged(Styles.STATE_DANGER, true);
        }
        return amount;
    }

    private static HBox group(String name, javafx.scene.Node... controls) {
        Label label = new Label(name);
        label.getStyleClass().add("history-filter-label");
        HBox box = new HBox(6, label);
        box.getChildren().addAll(controls);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    static String words(OrderStatus s) {
        return s.name().charAt(0) + s.name().substring(1).toLowerCase(Locale.ROOT);
    }
}
