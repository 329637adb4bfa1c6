package com.bistro92.signin;

import com.bistro92.staff.StaffMember;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
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
    private final PinPad pad;
    private final Label message = new Label();

    public SignInView(SignInModel model) {
        this.model = model;
        this.pad = new PinPad("pin", new PinPad.Keys() {
            @Override
            public void digit(int digit) {
                model.digit(digit);
            }

            @Override
            public void backspace() {
                model.backspace();
            }

            @Override
            public void submit() {
                model.submit();
            }
        }, model.busyProperty());
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
        message.getStyleClass().add("sign-in-message");
        message.setWrapText(true);
        VBox right = new VBox(18, title, pad.dots(), pad, message);
        right.setAlignment(Pos.TOP_CENTER);
        right.getStyleClass().add("sign-in-right");

        HBox card = new HBox(0, left, right);
        card.getStyleClass().add("sign-in-card");
        card.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        getChildren().setAll(card);
        setFocusTraversable(true);
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
        model.digitsProperty().addListener((obs, was, now) -> pad.showDots(now.intValue()));
        message.textProperty().bind(model.messageProperty());
        model.refusedProperty().addListener((obs, was, now) -> message.pseudoClassStateChanged(REFUSED, now));
        addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        showStep();
    }

    private void key(KeyEvent e) {
        KeyCode code = e.getCode();
        if (code == KeyCode.UP || code == KeyCode.DOWN) {
            int i = names.getSelectionModel().getSelectedIndex() + (code == KeyCode.UP ? -1 : 1);
            if (i >= 0 && i < names.getItems().size()) {
                model.selectedProperty().set(names.getItems().get(i));
            }
            e.consume();
        } else {
            pad.key(e);
        }
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
