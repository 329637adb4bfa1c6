package com.bistro92.tableview;

import com.bistro92.problem.Failure;
import com.bistro92.bill.Bill;
import com.bistro92.bill.Payment;
import com.bistro92.money.Money;
import java.math.BigDecimal;
import java.util.Locale;
import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Gives money back from a table's bill: in the way it was paid (a way nothing was paid in cannot be
 * chosen, and the most that way allows is shown), how much, and why; a manager's PIN on the spot
 * when the member signed in may not refund alone, as for a void. Opened from a void or comp that
 * was refused because the bill was already paid, it makes that change once the money is back.
 */
final class RefundPanel extends VBox {

    private static final PseudoClass REFUSED = PseudoClass.getPseudoClass("refused");
    private static final String[] REASONS = {"Sent back", "Wrong item", "Charged twice", "Overcharged", "Long wait",
        "Quality", "Goodwill"};

    private final PartyModel model;
    private final Bill bill;
    private final Money money;
    private final PartyModel.Then then;
    private final Runnable done;
    private final ToggleGroup methods = new ToggleGroup();
    private final TextField amount = new TextField();
    private final Label limit = new Label();
    private final ComboBox<String> reason = new ComboBox<>();
    private final Label message = new Label();
    private final SimpleBooleanProperty busy = new SimpleBooleanProperty();
    private ManagerPin pin;

    /**
     * @param suggested what to give back at first (at least what a refused change overpays)
     * @param then      the void or comp to make once the money is back, or null
     */
    RefundPanel(PartyModel model, Bill bill, BigDecimal suggested, PartyModel.Then then, Runnable done) {
        this.model = model;
        this.bill = bill;
        this.money = model.money();
        this.then = then;
        this.done = done;
        createView(suggested);
    }

    private void createView(BigDecimal suggested) {
        getStyleClass().addAll("adjust-panel", "refund-panel");
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        setSpacing(12);
        Label title = new Label(then == null ? "Refund · " + bill.table() : "Refund first, then "
                + (then.line() == null ? "void order " + then.order().id()
                : "comp line " + then.line() + " of order " + then.order().id()));
        title.getStyleClass().add("adjust-title");
        Label what = new Label("Paid " + money.format(bill.paid()) + (bill.refunded().signum() == 0 ? ""
                : ", refunded " + money.format(bill.refunded())) + " of a bill of "
                + money.format(bill.amounts().total()) + (then == null ? "" : "; after the "
                + (then.line() == null ? "void" : "comp") + " it would be overpaid by " + money.format(suggested))
                + ". The money goes back the way it was paid.");
        what.getStyleClass().add("adjust-what");
        what.setWrapText(true);
        HBox methodButtons = new HBox();
        methodButtons.getStyleClass().add("segmented");
        Payment.Method best = null;
        for (Payment.Method m : Payment.Method.values()) {
            ToggleButton b = new ToggleButton(m == Payment.Method.CASH ? "Cash" : m == Payment.Method.CARD ? "Card"
                    : "Other");
            b.setUserData(m);
            b.setToggleGroup(methods);
            b.setId("refund-" + m.name().toLowerCase(Locale.ROOT));
            b.getStyleClass().add(m == Payment.Method.CASH ? "left-pill" : m == Payment.Method.OTHER ? "right-pill"
                    : "center-pill");
            b.setDisable(bill.refundable(m).signum() <= 0);
            if (!b.isDisable() && (best == null || bill.refundable(m).compareTo(bill.refundable(best)) > 0)) {
                best = m;
            }
            methodButtons.getChildren().add(b);
        }
        methods.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now == null && was != null) {
                was.setSelected(true);
            }
            showLimit();
        });
        amount.setId("refund-amount");
        amount.setPrefColumnCount(8);
        amount.setAlignment(Pos.CENTER_RIGHT);
        amount.setText(suggested.setScale(2).toPlainString());
        limit.getStyleClass().add("refund-limit");
        limit.setId("refund-limit");
        reason.getItems().setAll(REASONS);
        reason.setEditable(true);
        reason.setPromptText("Why, in a few words");
        reason.setMaxWidth(Double.MAX_VALUE);
        reason.setId("refund-reason");
        if (then != null) {
            reason.getEditor().setText(then.reason());
        }
        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(8);
        form.addRow(0, new Label("Amount (" + money.currency().getSymbol() + ")"), amount);
        form.add(limit, 1, 1);
        message.getStyleClass().add("adjust-message");
        message.setWrapText(true);
        message.setId("refund-message");
        Button cancel = new Button("Cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> done.run());
        Button confirm = new Button(then == null ? "Refund" : "Refund and " + (then.line() == null ? "void" : "comp"));
        confirm.getStyleClass().add("danger");
        confirm.setId("refund-confirm");
        confirm.disableProperty().bind(busy);
        confirm.setOnAction(e -> submit());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        getChildren().setAll(title, what, methodButtons, form, new VBox(4, new Label("Reason"), reason));
        boolean needsPin = model.needsManagerToRefund() || then != null && model.needsManager();
        if (needsPin) {
            pin = new ManagerPin("refund-pin", this::submit, busy);
            getChildren().add(pin);
            addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (!reason.getEditor().isFocused() && !amount.isFocused() || e.getCode() == KeyCode.ENTER) {
                    pin.key(e);
                }
            });
        }
        getChildren().addAll(message, new HBox(10, gap, cancel, confirm));
        if (best != null) {
            selectMethod(best);
        } else {
            refuse("Nothing paid is left to give back.");
            busy.set(true);
        }
    }

    private void selectMethod(Payment.Method method) {
        methods.getToggles().stream().filter(t -> t.getUserData() == method).findFirst()
                .ifPresent(t -> t.setSelected(true));
    }

    private Payment.Method method() {
        return methods.getSelectedToggle() == null ? null : (Payment.Method) methods.getSelectedToggle().getUserData();
    }

    private void showLimit() {
        Payment.Method m = method();
        limit.setText(m == null ? "" : "Up to " + money.format(bill.refundable(m)) + " by "
                + m.name().toLowerCase(Locale.ROOT));
    }

    void focus() {
        reason.requestFocus();
    }

    private void submit() {
        BigDecimal back = parse(amount.getText());
        String why = reason.getEditor().getText();
        if (back == null) {
            refuse("Type the amount as a number, such as 12.50.");
            return;
        }
        if (why == null || why.isBlank()) {
            refuse("Choose or type a reason first.");
            return;
        }
        if (pin != null && pin.isEmpty()) {
            refuse("A manager must enter their PIN.");
            return;
        }
        busy.set(true);
        message.pseudoClassStateChanged(REFUSED, false);
        message.setText(pin != null ? "Checking the PIN…" : "");
        model.refund(method(), back, why, pin != null ? pin.pin() : null, then)
                .whenComplete((refunded, failure) -> Platform.runLater(() -> {
                    busy.set(false);
                    if (pin != null) {
                        pin.clear();
                    }
                    if (failure == null) {
                        done.run();
                    } else {
                        refuse(Failure.say(failure, "That did not work; try again."));
                    }
                }));
    }

    private static BigDecimal parse(String text) {
        try {
            return text == null || text.isBlank() ? null : new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void refuse(String text) {
        message.setText(text);
        message.pseudoClassStateChanged(REFUSED, true);
    }
}
