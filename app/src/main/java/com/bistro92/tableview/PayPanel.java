package com.bistro92.tableview;

import com.bistro92.bill.Payment;
import com.bistro92.money.Amounts;
import com.bistro92.money.Money;
import com.bistro92.problem.Failure;
import com.bistro92.problem.Problem;
import java.math.BigDecimal;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Takes one payment: cash (what the guest hands over, and the change worked out as it is typed),
 * card or other, with a tip. Amounts are typed as exact decimals; a refusal says why and writes
 * nothing.
 */
final class PayPanel extends VBox {

    private static final PseudoClass REFUSED = PseudoClass.getPseudoClass("refused");

    private final PartyModel model;
    private final Money money;
    private final Runnable done;
    private final ToggleGroup methods = new ToggleGroup();
    private final TextField amount = field("pay-amount");
    private final TextField tip = field("pay-tip");
    private final TextField tendered = field("pay-tendered");
    private final Label change = new Label();
    private final Label tenderedLabel = new Label("Cash handed over");
    private final Label changeLabel = new Label("Change");
    private final GridPane form = new GridPane();
    private final Label message = new Label();
    private final Button take = new Button("Take payment");

    PayPanel(PartyModel model, BigDecimal suggested, String forWhom, Runnable done) {
        this.model = model;
        this.money = model.money();
        this.done = done;
        createView(suggested, forWhom);
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(8);
        f.setAlignment(Pos.CENTER_RIGHT);
        return f;
    }

    private void createView(BigDecimal suggested, String forWhom) {
        getStyleClass().add("adjust-panel");
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        setSpacing(12);
        Label title = new Label("Take a payment" + (forWhom == null ? "" : " · " + forWhom));
        title.getStyleClass().add("adjust-title");
        HBox methodButtons = new HBox();
        methodButtons.getStyleClass().add("segmented");
        for (Payment.Method m : Payment.Method.values()) {
            ToggleButton b = new ToggleButton(m == Payment.Method.CASH ? "Cash" : m == Payment.Method.CARD ? "Card"
                    : "Other");
            b.setUserData(m);
            b.setToggleGroup(methods);
            b.setId("pay-" + m.name().toLowerCase(java.util.Locale.ROOT));
            b.getStyleClass().add(m == Payment.Method.CASH ? "left-pill" : m == Payment.Method.OTHER ? "right-pill"
                    : "center-pill");
            methodButtons.getChildren().add(b);
        }
        methods.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now == null) {
                was.setSelected(true);
            }
            showCash();
        });
        amount.setText(suggested.setScale(2).toPlainString());
        tip.setText("0.00");
        form.setHgap(12);
        form.setVgap(8);
        form.addRow(0, new Label("Amount (" + money.currency().getSymbol() + ")"), amount);
        form.addRow(1, new Label("Tip"), tip);
        tenderedLabel.setId("pay-tendered-label");
        changeLabel.setId("pay-change-label");
        change.getStyleClass().add("pay-change");
        change.setId("pay-change");
        amount.textProperty().addListener((obs, was, now) -> showChange());
        tip.textProperty().addListener((obs, was, now) -> showChange());
        tendered.textProperty().addListener((obs, was, now) -> showChange());
        message.getStyleClass().add("adjust-message");
        message.setWrapText(true);
        message.setId("pay-message");
        Button cancel = new Button("Cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> done.run());
        take.getStyleClass().add("accent");
        take.setDefaultButton(true);
        take.setId("pay-take");
        take.setOnAction(e -> submit());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        getChildren().setAll(title, methodButtons, form, message, new HBox(10, gap, cancel, take));
        methods.getToggles().get(1).setSelected(true);
    }

    private Payment.Method method() {
        return (Payment.Method) methods.getSelectedToggle().getUserData();
    }

    /**
     * The cash rows are in the form only while Cash is chosen: out of it, not merely hidden, so that
     * the panel closes up around card and other payments.
     */
    private void showCash() {
        boolean cash = method() == Payment.Method.CASH;
        boolean shown = form.getChildren().contains(tendered);
        if (cash && !shown) {
            form.addRow(2, tenderedLabel, tendered);
            form.addRow(3, changeLabel, change);
        } else if (!cash && shown) {
            form.getChildren().removeAll(tenderedLabel, tendered, changeLabel, change);
            tendered.clear();
        }
        showChange();
    }

    private void showChange() {
        BigDecimal a = parse(amount.getText());
        BigDecimal t = parse(tip.getText());
        BigDecimal given = parse(tendered.getText());
        if (method() != Payment.Method.CASH || a == null || t == null || given == null) {
            change.setText("—");
            return;
        }
        BigDecimal back = given.subtract(a).subtract(t);
        change.setText(back.signum() < 0 ? money.format(back.negate()) + " short" : money.format(back));
    }

    /** What is typed, as a plain decimal (no exponent: "1e9" is no amount), or null. */
    private static BigDecimal parse(String text) {
        return Amounts.parse(text);
    }

    private void submit() {
        BigDecimal a = parse(amount.getText());
        BigDecimal t = tip.getText().isBlank() ? BigDecimal.ZERO : parse(tip.getText());
        BigDecimal given = method() == Payment.Method.CASH ? parse(tendered.getText()) : null;
        if (a == null || t == null || (method() == Payment.Method.CASH && given == null)) {
            refuse(method() == Payment.Method.CASH && given == null && a != null && t != null
                    ? "Type the cash handed over." : "Type amounts as numbers, such as 12.50.");
            return;
        }
        take.setDisable(true);
        model.pay(method(), a, t, given).whenComplete((paid, failure) -> Platform.runLater(() -> {
            take.setDisable(false);
            if (failure == null) {
                done.run();
                return;
            }
            Throwable cause = Failure.cause(failure);
            refuse(cause instanceof Problem p ? p.detail() : "That did not work: " + cause.getMessage());
        }));
    }

    private void refuse(String text) {
        message.setText(text);
        message.pseudoClassStateChanged(REFUSED, true);
    }
}
