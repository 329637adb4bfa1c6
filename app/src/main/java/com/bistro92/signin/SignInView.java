package com.bistro92.signin;

import com.bistro92.staff.StaffMember;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The sign-in screen: the staff by name on the left, a PIN pad on the right. It works by touch,
 * mouse and keyboard: digits, Backspace, Enter; Up and Down choose the name. The PIN shows as dots.
 */
public final class SignInView extends StackPane {

    private static final javafx.css.PseudoClass REFUSED = javafx.css.PseudoClass.getPseudoClass("refused");

    private final SignInModel model;
    private final ListView<StaffMember> names = new ListView<>();
    private final Label title = new Label();
    private final HBox dots = new HBox(12);
    private final Label message = new Label();

    public SignInView(SignInModel model) {
        this.model = model;
        createView();
        init();
    }

    private void createView() {
        getStyleClass().add("sign-in");
        getStylesheets().add(SignInView.class.getResource("sign-in.css").toExternalForm());
        Label brand = new Label("Bistro92");
        brand.getStyleClass().add("sign-in-brand");
        Label who = new Label("Who is signing in?");
        who.getStyleClass().add("sign-in-who");
        names.getStyleClass().add("sign-in-names");
        names.setCellFactory(list -> new NameCell());
        names.setFocusTraversable(false);
        VBox left = new VBox(14, brand, who, names);
        left.getStyleClass().add("sign-in-left");

        title.getStyleClass().add("sign-in-title");
        dots.getStyleClass().add("sign-in-dots");
        dots.setAlignment(Pos.CENTER);
        message.getStyleClass().add("sign-in-message");
        message.setWrapText(true);
        VBox right = new VBox(18, title, dots, pad(), message);
        right.setAlignment(Pos.TOP_CENTER);
        right.getStyleClass().add("sign-in-right");

        HBox card = new HBox(0, left, right);
        card.getStyleClass().add("sign-in-card");
        card.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        getChildren().setAll(card);
        setFocusTraversable(true);
    }

    private GridPane pad() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("pin-pad");
        grid.setHgap(10);
        grid.setVgap(10);
        for (int d = 1; d <= 9; d++) {
            grid.add(key(String.valueOf(d), d), (d - 1) % 3, (d - 1) / 3);
        }
        Button back = button("⌫", "pin-key-back");
        back.setOnAction(e -> model.backspace());
        grid.add(back, 0, 3);
        grid.add(key("0", 0), 1, 3);
        Button ok = button("OK", "pin-key-ok");
        ok.setOnAction(e -> model.submit());
        ok.disableProperty().bind(model.busyProperty());
        grid.add(ok, 2, 3);
        grid.setAlignment(Pos.CENTER);
        return grid;
    }

    private Button key(String text, int digit) {
        Button key = button(text, "pin-key-digit");
        key.setOnAction(e -> model.digit(digit));
        return key;
    }

    private static Button button(String text, String style) {
        Button b = new Button(text);
        b.getStyleClass().addAll("pin-key", style);
        b.setFocusTraversable(false);
        b.setId("pin-" + (text.equals("⌫") ? "back" : text.toLowerCase()));
        return b;
    }

    private void init() {
        names.setItems(model.members());
        names.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null && now != model.selectedProperty().get()) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((obs, was, now) -> {
            names.getSelectionModel().select(now);
            showStep();
        });
        model.stepProperty().addListener((obs, was, now) -> showStep());
        model.digitsProperty().addListener((obs, was, now) -> showDots(now.intValue()));
        message.textProperty().bind(model.messageProperty());
        model.refusedProperty().addListener((obs, was, now) -> message.pseudoClassStateChanged(REFUSED, now));
        addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        showStep();
        showDots(0);
    }

    private void key(KeyEvent e) {
        KeyCode code = e.getCode();
        if (code.isDigitKey()) {
            model.digit(code.getChar().charAt(0) - '0');
        } else if (code.isKeypadKey() && code.getName().startsWith("Numpad ")) {
            model.digit(code.getName().charAt(7) - '0');
        } else if (code == KeyCode.BACK_SPACE) {
            model.backspace();
        } else if (code == KeyCode.ENTER) {
            model.submit();
        } else if (code == KeyCode.UP || code == KeyCode.DOWN) {
            int i = names.getSelectionModel().getSelectedIndex() + (code == KeyCode.UP ? -1 : 1);
            if (i >= 0 && i < names.getItems().size()) {
                model.selectedProperty().set(names.getItems().get(i));
            }
        } else {
            return;
        }
        e.consume();
    }

    private void showStep() {
        StaffMember member = model.selectedProperty().get();
        String name = member == null ? "" : member.name();
        title.setText(switch (model.stepProperty().get()) {
            case PIN -> name.isEmpty() ? "Choose your name" : name + ", your PIN";
            case NEW_PIN -> "Your new PIN";
            case REPEAT_PIN -> "Your new PIN, again";
        });
    }

    private void showDots(int typed) {
        dots.getChildren().clear();
        for (int i = 0; i < Math.max(typed, 4); i++) {
            Label dot = new Label();
            dot.getStyleClass().addAll("pin-dot", i < typed ? "pin-dot-on" : "pin-dot-off");
            dots.getChildren().add(dot);
        }
    }

    /** The view's own key handling wants focus whenever it is shown. */
    public void focus() {
        requestFocus();
    }

    private static final class NameCell extends ListCell<StaffMember> {
        @Override
        protected void updateItem(StaffMember member, boolean empty) {
            super.updateItem(member, empty);
            setText(empty || member == null ? null : member.name());
            getStyleClass().remove("sign-in-name");
            if (!empty) {
                getStyleClass().add("sign-in-name");
            }
        }
    }
}
