package com.bistro92.menuedit;

import com.bistro92.menu.ItemDraft;
import com.bistro92.menu.Menu;
import com.bistro92.menu.MenuRules;
import com.bistro92.problem.Failure;
import com.bistro92.problem.Problem;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.IntConsumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.controlsfx.control.ToggleSwitch;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

/**
 * One item's fields, its photo and its availability. The menu's own rules decorate a field as the
 * manager types; what the server refuses is shown under the field it names. Saving a new item
 * adds it; saving an item on the menu changes it.
 */
final class ItemForm extends VBox {

    private final MenuEditorModel model;
    private final IntConsumer saved;
    private final Label heading = new Label("Item");
    private final TextField name = new TextField();
    private final TextArea description = new TextArea();
    private final TextField price = new TextField();
    private final Spinner<Integer> prep = new Spinner<>(0, MenuRules.PREP_MINUTES_MAX, 10);
    private final ComboBox<String> station = new ComboBox<>();
    private final AllergenPicker allergens = new AllergenPicker("Tick every allergen the item contains, as EU law lists them");
    private final ComboBox<Menu.Category> category = new ComboBox<>();
    private final ToggleSwitch available = new ToggleSwitch("On the menu");
    private final StockField stock = new StockField();
    private final ImageView photo = new ImageView();
    private final Label noPhoto = new Label("No photo");
    private final Button choosePhoto = new Button("Choose photo…");
    private final Button removePhoto = new Button("Remove photo");
    private final Button save = new Button("Save");
    private final Button revert = new Button("Revert");
    private final Button remove = new Button("Remove item");
    private final Label errors = new Label();
    private final ValidationSupport validation = new ValidationSupport();
    private Menu.Item item;

    /** @param saved told the id of an item once it is saved, so the editor can select it */
    ItemForm(MenuEditorModel model, IntConsumer saved) {
        this.model = model;
        this.saved = saved;
        createView();
        init();
    }

    private void createView() {
        getStyleClass().add("menu-form");
        heading.getStyleClass().add("menu-pane-title");
        name.setId("item-name");
        price.setId("item-price");
        description.setId("item-description");
        description.setPrefRowCount(3);
        description.setWrapText(true);
        prep.setEditable(true);
        prep.setPrefWidth(110);
        station.setEditable(true);
        station.setPrefWidth(160);
        allergens.setId("item-allergens");
        allergens.setMaxWidth(Double.MAX_VALUE);
        category.setMaxWidth(Double.MAX_VALUE);
        category.setButtonCell(new CategoryCell());
        category.setCellFactory(c -> new CategoryCell());
        Label currency = new Label(model.money().currency().getSymbol());
        currency.getStyleClass().add("menu-currency");
        HBox priceBox = new HBox(6, currency, price);
        priceBox.setAlignment(Pos.CENTER_LEFT);
        price.setPrefColumnCount(8);

        GridPane grid = new GridPane();
        grid.getStyleClass().add("menu-form-grid");
        grid.setHgap(12);
        grid.setVgap(10);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(84);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        int row = 0;
        grid.addRow(row++, label("Name"), name);
        grid.addRow(row++, label("Description"), description);
        grid.addRow(row++, label("Price"), priceBox);
        grid.addRow(row++, label("Prep time"), new HBox(8, prep, new Label("minutes")));
        grid.addRow(row++, label("Station"), station);
        grid.addRow(row++, label("Allergens"), allergens);
        grid.addRow(row++, label("Category"), category);
        grid.addRow(row++, label("Available"), available);
        grid.addRow(row, label("Count"), stock);

        photo.setFitWidth(132);
        photo.setFitHeight(98);
        photo.setPreserveRatio(true);
        noPhoto.getStyleClass().add("menu-hint");
        StackPane frame = new StackPane(noPhoto, photo);
        frame.getStyleClass().add("menu-photo");
        frame.setMinSize(140, 106);
        frame.setMaxSize(140, 106);
        VBox photoButtons = new VBox(8, choosePhoto, removePhoto, hint("PNG or JPEG; scaled to 480 px"));
        HBox photoRow = new HBox(14, frame, photoButtons);

        save.getStyleClass().add("accent");
        save.setDefaultButton(true);
        remove.getStyleClass().addAll("danger", "flat");
        HBox buttons = new HBox(8, save, revert, new StackPane(), remove);
        HBox.setHgrow(buttons.getChildren().get(2), Priority.ALWAYS);
        errors.getStyleClass().add("menu-errors");
        errors.setWrapText(true);
        errors.managedProperty().bind(errors.visibleProperty());
        errors.setVisible(false);
        getChildren().addAll(heading, grid, photoRow, errors, buttons);
        setSpacing(14);
    }

    private void init() {
        validation.registerValidator(name, false, Validator.createPredicateValidator(
                (String s) -> MenuRules.name(s, MenuRules.ITEM_NAME_MAX) == null, "Enter a name of up to 120 characters"));
        validation.registerValidator(price, false, Validator.createPredicateValidator(
                (String s) -> MenuRules.price(s) == null, "A price such as 12.50: at least 0, two decimals at most"));
        validation.registerValidator(station, false, Validator.createPredicateValidator(
                (String s) -> MenuRules.station(s) == null, "A station such as GRILL, FRY or BAR"));
        save.disableProperty().bind(validation.invalidProperty());
        save.setOnAction(e -> save());
        // an order or the kitchen changed a count: shown, unless someone is typing one here
        model.countsProperty().addListener((obs, was, now) -> {
            if (item != null && !stock.editing()) {
                stock.show(item.id(), now);
            }
        });
        revert.setOnAction(e -> edit(item, category.getValue()));
        remove.setOnAction(e -> {
            if (item != null) {
                model.removeItem(item);
            }
        });
        choosePhoto.setOnAction(e -> choosePhoto());
        removePhoto.setOnAction(e -> model.removePhoto(item.id()));
        model.menuProperty().addListener((obs, old, menu) -> categories(menu));
        categories(model.menuProperty().get());
        edit(null, null);
    }

    private void categories(Menu menu) {
        Menu.Category chosen = category.getValue();
        category.getItems().setAll(menu.categories());
        if (chosen != null) {
            menu.categories().stream().filter(c -> c.id() == chosen.id()).findFirst().ifPresent(category::setValue);
        }
        TreeSet<String> stations = new TreeSet<>(List.of("KITCHEN", "GRILL", "FRY", "BAR"));
        menu.categories().forEach(c -> c.items().forEach(i -> stations.add(i.station())));
        String typed = station.getEditor().getText();
        station.getItems().setAll(stations);
        station.getEditor().setText(typed);
    }

    /** Shows {@code shown} for editing, or an empty form for a new item in {@code in}. */
    void edit(Menu.Item shown, Menu.Category in) {
        item = shown;
        errors.setVisible(false);
        heading.setText(shown == null ? "New item" : shown.name());
        name.setText(shown == null ? "" : shown.name());
        description.setText(shown == null ? "" : shown.description());
        price.setText(shown == null ? "" : shown.price().toPlainString());
        prep.getValueFactory().setValue(shown == null ? 10 : shown.prepMinutes());
        station.setValue(shown == null ? "KITCHEN" : shown.station());
        station.getEditor().setText(station.getValue());
        category.setValue(in);
        allergens.show(shown == null ? List.of() : shown.allergens());
        available.setSelected(shown == null || shown.available());
        stock.show(shown == null ? null : shown.id(), model.countsProperty().get());
        remove.setDisable(shown == null);
        choosePhoto.setDisable(shown == null);
        removePhoto.setDisable(shown == null || !shown.hasPhoto());
        photo.setImage(null);
        noPhoto.setText(shown == null ? "Save the item first" : "No photo");
        if (shown != null && shown.hasPhoto()) {
            int id = shown.id();
            model.photo(id).thenAccept(p -> p.ifPresent(bytes -> {
                if (item != null && item.id() == id) {
                    photo.setImage(new Image(new ByteArrayInputStream(bytes.bytes())));
                }
            }));
        }
    }

    private void save() {
        BigDecimal amount = MenuRules.decimal(price.getText());
        if (category.getValue() == null) {
            showErrors(List.of(new Problem.FieldError("category", "Choose a category")));
            return;
        }
        ItemDraft draft = new ItemDraft(category.getValue().id(), name.getText(), description.getText(), amount,
                prep.getValue(), station.getEditor().getText(), available.isSelected(),
                allergens.ticked());
        var done = item == null ? model.addItem(draft) : model.saveItem(item.id(), draft).thenApply(v -> item.id());
        done.whenComplete((id, error) -> {
            Throwable failure = Failure.cause(error);
            if (failure instanceof Problem p) {
                showErrors(p.errors().isEmpty() ? List.of(new Problem.FieldError("", p.detail())) : p.errors());
            } else if (failure == null) {
                errors.setVisible(false);
                saved.accept(id);
                stock.change().ifPresent(count -> model.countItem(id, count.stockId(), count.onHand()));
            }
        });
    }

    private void showErrors(List<Problem.FieldError> found) {
        Map<String, String> labels = Map.of("name", "Name", "price", "Price", "description", "Description",
                "prep_minutes", "Prep time", "station", "Station", "category", "Category", "by", "Staff");
        errors.setText(String.join("\n", found.stream().map(e -> (e.field().isEmpty() ? ""
                : labels.getOrDefault(e.field(), e.field()) + ": ") + e.message()).toList()));
        errors.setVisible(true);
    }

    private void choosePhoto() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Photo of " + item.name());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Photos (PNG, JPEG)", "*.png", "*.jpg",
                "*.jpeg", "*.PNG", "*.JPG", "*.JPEG"));
        File file = chooser.showOpenDialog(getScene().getWindow());
        if (file != null) {
            model.setPhoto(item.id(), file.toPath());
        }
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("menu-field-label");
        return l;
    }

    private static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("menu-hint");
        l.setWrapText(true);
        return l;
    }

    /** For tests: the form's fields by name. */
    Control field(String which) {
        return switch (which) {
            case "name" -> name;
            case "price" -> price;
            default -> throw new IllegalArgumentException(which);
        };
    }

    private static final class CategoryCell extends ListCell<Menu.Category> {
        @Override
        protected void updateItem(Menu.Category c, boolean empty) {
            super.updateItem(c, empty);
            setText(empty || c == null ? null : c.name());
        }
    }
}
