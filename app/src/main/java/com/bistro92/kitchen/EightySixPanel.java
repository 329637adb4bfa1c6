package com.bistro92.kitchen;

import com.bistro92.menu.Menu;
import com.bistro92.money.Money;
import com.bistro92.stock.StockLevel;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.ToggleSwitch;

/**
 * The kitchen's 86 panel, in place of the all-day panel while it is open (F8): every item with
 * its switch, 86'd items first, and a filter to find one fast. Large enough to read and touch.
 */
final class EightySixPanel extends VBox {

    private final EightySixModel model;
    private final Money money;
    private final VBox rows = new VBox(2);
    private final TextField filter = new TextField();
    private final Label notice = new Label();

    EightySixPanel(EightySixModel model, Money money) {
        this.model = model;
        this.money = money;
        createView();
        init();
    }

    private void createView() {
        getStyleClass().add("eighty-six");
        Label title = new Label("86");
        title.getStyleClass().add("eighty-six-title");
        Label hint = new Label("Off = sold out on every pad");
        hint.getStyleClass().add("eighty-six-hint");
        filter.setPromptText("Find an item");
        notice.getStyleClass().add("eighty-six-hint");
        notice.setWrapText(true);
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("eighty-six-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        // an overloaded kitchen takes its long dishes off every pad at once, and brings them back together
        Button pause = new Button("Pause dishes of " + EightySixModel.LONG_MINUTES + "+ min");
        pause.setId("pause-long");
        pause.setOnAction(e -> model.pauseLong(true));
        Button resume = new Button("Bring paused dishes back");
        resume.setId("resume-long");
        resume.setOnAction(e -> model.pauseLong(false));
        for (Button b : List.of(pause, resume)) {
            b.setFocusTraversable(false);
            b.setMaxWidth(Double.MAX_VALUE);
        }
        getChildren().addAll(title, hint, filter, scroll, new VBox(6, pause, resume), notice);
    }

    private void init() {
        notice.textProperty().bind(model.noticeProperty());
        model.itemsProperty().addListener((obs, old, items) -> render(items));
        model.countsProperty().addListener((obs, old, counts) -> render(model.itemsProperty().get()));
        filter.textProperty().addListener((obs, old, text) -> render(model.itemsProperty().get()));
        render(model.itemsProperty().get());
    }

    private void render(List<Menu.Item> items) {
        String wanted = filter.getText() == null ? "" : filter.getText().strip().toLowerCase(Locale.ROOT);
        rows.getChildren().setAll(items.stream()
                .filter(i -> wanted.isEmpty() || i.name().toLowerCase(Locale.ROOT).contains(wanted))
                .sorted(java.util.Comparator.comparing(Menu.Item::available))
                .map(this::row).toList());
    }

    /** The count on hand, to set by typing a number and Enter: "9 left" of the salmon portions. */
    private Node count(StockLevel level) {
        TextField field = new TextField(String.valueOf(level.onHand()));
        field.setPrefColumnCount(3);
        field.getStyleClass().add("eighty-six-count");
        field.setTooltip(new javafx.scene.control.Tooltip(level.name() + ": type how many are on hand, then Enter"));
        field.setOnAction(e -> {
            try {
                model.setCount(level, Integer.parseInt(field.getText().strip()));
            } catch (NumberFormatException ex) {
                field.setText(String.valueOf(level.onHand()));
            }
        });
        Label left = new Label("left · " + level.name());
        left.getStyleClass().add("eighty-six-hint");
        left.setMinWidth(0);
        HBox box = new HBox(4, field, left);
        box.setAlignment(Pos.CENTER_LEFT);
        if (level.onHand() <= 3) {
            box.getStyleClass().add("eighty-six-low");
        }
        return box;
    }

    private HBox row(Menu.Item item) {
        Label name = new Label(item.name());
        name.getStyleClass().add("eighty-six-name");
        // a long name wraps onto a second line rather than losing its end in the narrow panel
        name.setWrapText(true);
        name.setMinWidth(0);
        Label price = new Label(money.format(item.price()));
        price.getStyleClass().add("eighty-six-price");
        ToggleSwitch on = new ToggleSwitch();
        // every switch the same width, so that they stand in one column whatever the names beside them
        on.setMinWidth(Region.USE_PREF_SIZE);
        on.setMaxWidth(Region.USE_PREF_SIZE);
        on.setSelected(item.available());
        on.selectedProperty().addListener((obs, was, now) -> model.setAvailable(item, now));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        // a counted item shows its count under its name: the panel is narrow, and the name comes first
        StockLevel count = model.countsProperty().get().get(item.id());
        Node what = count == null ? name : new VBox(2, name, count(count));
        HBox row = new HBox(10, on, what, gap, price);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().addAll("eighty-six-row", item.available() ? "eighty-six-on" : "eighty-six-off");
        row.setUserData(item);
        return row;
    }
}
