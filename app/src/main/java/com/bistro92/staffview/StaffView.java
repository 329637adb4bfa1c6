package com.bistro92.staffview;

import com.bistro92.staff.Role;
import com.bistro92.staff.Staff;
import com.bistro92.staff.StaffMember;
import com.bistro92.uikit.ScreenHeader;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Staff (managers only): every account with its role and whether it is active; add one, rename
 * it, change its role, deactivate it, or give it a new one-time PIN. A one-time PIN is shown once.
 */
public final class StaffView extends BorderPane {

    private final StaffModel model;
    private final TableView<StaffMember> table = new TableView<>();
    private final TextField name = new TextField();
    private final ComboBox<Role> role = new ComboBox<>();
    private final CheckBox active = new CheckBox("Active");
    private final Button add = new Button("Add");
    private final Button save = new Button("Save");
    private final Button resetPin = new Button("New one-time PIN");
    private final Label notice = new Label();

    public StaffView(StaffModel model) {
        this.model = model;
        createView();
        init();
    }

    private void createView() {
        getStyleClass().add("staff");
        getStylesheets().add(StaffView.class.getResource("staff.css").toExternalForm());
        notice.getStyleClass().add("staff-notice");
        setTop(new ScreenHeader("Staff", "staff-bar").beside(notice));

        TableColumn<StaffMember, String> names = column("Name", m -> m.name());
        names.setPrefWidth(260);
        TableColumn<StaffMember, String> roles = column("Role", m -> title(m.role()));
        TableColumn<StaffMember, String> state = column("Status", m -> !m.active() ? "Inactive"
                : m.mustChangePin() ? "Must choose a PIN" : "Active");
        state.setPrefWidth(180);
        table.getColumns().setAll(java.util.List.of(names, roles, state));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getStyleClass().add("staff-table");
        setCenter(table);

        role.getItems().setAll(Role.values());
        name.setPromptText("Name");
        name.setId("staff-name");
        role.setId("staff-role");
        add.setId("staff-add");
        save.setId("staff-save");
        resetPin.setId("staff-reset-pin");
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(12);
        form.addRow(0, new Label("Name"), name);
        form.addRow(1, new Label("Role"), role);
        form.add(active, 1, 2);
        Label hint = new Label("A new member gets a one-time PIN, shown once; they choose their own at the first"
                + " sign-in. PINs are never shown again.");
        hint.setWrapText(true);
        hint.getStyleClass().add("staff-hint");
        HBox buttons = new HBox(10, add, save, resetPin);
        VBox side = new VBox(16, label("Account"), form, buttons, hint);
        side.getStyleClass().add("staff-form");
        side.setPrefWidth(380);
        setRight(side);
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("staff-form-title");
        return l;
    }

    private static TableColumn<StaffMember, String> column(String title,
                                                           java.util.function.Function<StaffMember, String> value) {
        TableColumn<StaffMember, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setSortable(false);
        return c;
    }

    /** "MANAGER" as "Manager". */
    static String title(Role role) {
        return role.name().charAt(0) + role.name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    private void init() {
        table.setItems(model.members());
        notice.textProperty().bind(model.noticeProperty());
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> show(now));
        save.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        resetPin.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        add.setOnAction(e -> model.add(name.getText(), role.getValue(), this::showPin));
        save.setOnAction(e -> model.update(table.getSelectionModel().getSelectedItem(), name.getText(),
                role.getValue(), active.isSelected()));
        resetPin.setOnAction(e -> model.resetPin(table.getSelectionModel().getSelectedItem(), this::showPin));
        role.setValue(Role.SERVER);
        active.setSelected(true);
    }

    private void show(StaffMember member) {
        if (member != null) {
            name.setText(member.name());
            role.setValue(member.role());
            active.setSelected(member.active());
        }
    }

    private void showPin(Staff.OneTimePin pin) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(getScene() == null ? null : getScene().getWindow());
        alert.setTitle("One-time PIN");
        alert.setHeaderText(pin.member().name() + "'s one-time PIN: " + pin.pin());
        alert.setContentText("Give it to " + pin.member().name() + " now: it is shown only this once. They choose"
                + " their own PIN at the first sign-in.");
        alert.show();
    }
}
