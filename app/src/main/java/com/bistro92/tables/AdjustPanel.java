package com.bistro92.tables;

import com.bistro92.order.Order;
import com.bistro92.order.OrderItem;
import com.bistro92.problem.Problem;
import com.bistro92.signin.PinPad;
import java.util.concurrent.CompletionException;
import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Asks why an order is voided or a line comped and, when the member signed in may not do it alone,
 * for a manager's PIN on the spot: a manager steps up to the screen and types it, by touch or keys.
 * The PIN is never shown; a wrong one is said so, and nothing is written.
 */
final class AdjustPanel extends VBox {

    private static final PseudoClass REFUSED = PseudoClass.getPseudoClass("refused");
    private static final int MAX_PIN = 8;
    private static final String[] REASONS = {"Sent back", "Wrong item", "Guest changed their mind", "Long wait",
        "Quality", "Staff meal", "On the house"};

    private final PartyModel model;
    private final Order order;
    private final Integer line;
    private final Runnable done;
    private final ComboBox<String> reason = new ComboBox<>();
    private final Label message = new Label();
    private final StringBuilder pin = new StringBuilder();
    private final SimpleBooleanProperty busy = new SimpleBooleanProperty();
    private PinPad pad;

    AdjustPanel(PartyModel model, Order order, Integer line, Runnable done) {
        this.model = model;
        this.order = order;
        this.line = line;
        this.done = done;
        createView();
    }

    private void createView() {
        getStyleClass().add("adjust-panel");
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        setSpacing(12);
        boolean isVoid = line == null;
        Label title = new Label(isVoid ? "Void order " + order.id() : "Comp a line of order " + order.id());
        title.getStyleClass().add("adjust-title");
        Label what = new Label(isVoid ? order.items().size() + (order.items().size() == 1 ? " line, " : " lines, ")
                + model.money().format(order.total()) + " off the bill" : describe(order.items().get(line - 1)));
        what.getStyleClass().add("adjust-what");
        what.setWrapText(true);
        Label reasonLabel = new Label("Reason");
        reason.getItems().setAll(REASONS);
        reason.setEditable(true);
        reason.setPromptText("Why, in a few words");
        reason.setMaxWidth(Double.MAX_VALUE);
        reason.setId("adjust-reason");
        message.getStyleClass().add("adjust-message");
        message.setWrapText(true);
        message.setId("adjust-message");
        Button cancel = new Button("Cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> done.run());
        Button confirm = new Button(isVoid ? "Void order" : "Comp line");
        confirm.getStyleClass().add(isVoid ? "danger" : "accent");
        confirm.setId("adjust-confirm");
        confirm.disableProperty().bind(busy);
        confirm.setOnAction(e -> submit());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(10, gap, cancel, confirm);
        getChildren().setAll(title, what, new VBox(4, reasonLabel, reason));
        if (model.needsManager()) {
            Label who = new Label("A manager approves with their PIN");
            who.getStyleClass().add("adjust-manager");
            pad = new PinPad("override-pin", new PinPad.Keys() {
                @Override
                public void digit(int digit) {
                    if (pin.length() < MAX_PIN) {
                        pin.append(digit);
                        pad.showDots(pin.length());
                    }
                }

                @Override
                public void backspace() {
                    if (!pin.isEmpty()) {
                        pin.setLength(pin.length() - 1);
                        pad.showDots(pin.length());
                    }
                }

                @Override
                public void submit() {
                    AdjustPanel.this.submit();
                }
            }, busy);
            VBox manager = new VBox(10, who, pad.dots(), pad);
            manager.setAlignment(Pos.CENTER);
            manager.getStyleClass().add("adjust-override");
            getChildren().add(manager);
            addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (!reason.getEditor().isFocused() || e.getCode() == KeyCode.ENTER) {
                    pad.key(e);
                }
            });
        }
        getChildren().addAll(message, buttons);
    }

    private String describe(OrderItem item) {
        return item.quantity() + " × " + item.name() + ", " + model.money().format(item.lineTotal()) + " off the bill";
    }

    void focus() {
        reason.requestFocus();
    }

    private void submit() {
        String why = reason.getEditor().getText();
        if (why == null || why.isBlank()) {
            refuse("Choose or type a reason first.");
            return;
        }
        if (model.needsManager() && pin.isEmpty()) {
            refuse("A manager must enter their PIN.");
            return;
        }
        busy.set(true);
        message.pseudoClassStateChanged(REFUSED, false);
        message.setText(model.needsManager() ? "Checking the PIN…" : "");
        model.adjust(order, line, why, model.needsManager() ? pin.toString() : null)
                .whenComplete((changed, failure) -> Platform.runLater(() -> {
                    busy.set(false);
                    pin.setLength(0);
                    if (pad != null) {
                        pad.showDots(0);
                    }
                    if (failure == null) {
                        done.run();
                    } else {
                        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                                ? failure.getCause() : failure;
                        refuse(cause instanceof Problem p ? p.detail() : "That did not work: " + cause.getMessage());
                    }
                }));
    }

    private void refuse(String text) {
        message.setText(text);
        message.pseudoClassStateChanged(REFUSED, true);
    }
}
