package com.bistro92.tableview;

import com.bistro92.problem.Failure;
import com.bistro92.bill.Overpaid;
import com.bistro92.order.Order;
import com.bistro92.order.OrderItem;
import java.math.BigDecimal;
import java.util.function.BiConsumer;
import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.css.PseudoClass;
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
 * The PIN is never shown; a wrong one is said so, and nothing is written. A change refused because
 * the bill was already paid says by how much it would be overpaid and offers the refund first.
 */
final class AdjustPanel extends VBox {

    private static final PseudoClass REFUSED = PseudoClass.getPseudoClass("refused");
    private static final String[] REASONS = {"Sent back", "Wrong item", "Guest changed their mind", "Long wait",
        "Quality", "Staff meal", "On the house"};

    private final PartyModel model;
    private final Order order;
    private final Integer line;
    private final Runnable done;
    private final ComboBox<String> reason = new ComboBox<>();
    private final Label message = new Label();
    private final SimpleBooleanProperty busy = new SimpleBooleanProperty();
    private final Button refundFirst = new Button();
    private final BiConsumer<PartyModel.Then, BigDecimal> refund;
    private ManagerPin pin;

    /**
     * @param refund offers the refund that a void or comp refused as overpaying waits for: the change
     *               to make after it, and at least how much to give back
     */
    AdjustPanel(PartyModel model, Order order, Integer line, Runnable done,
                BiConsumer<PartyModel.Then, BigDecimal> refund) {
        this.model = model;
        this.order = order;
        this.line = line;
        this.done = done;
        this.refund = refund;
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
            pin = new ManagerPin("override-pin", this::submit, busy);
            getChildren().add(pin);
            addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (!reason.getEditor().isFocused() || e.getCode() == KeyCode.ENTER) {
                    pin.key(e);
                }
            });
        }
        refundFirst.setId("adjust-refund-first");
        refundFirst.getStyleClass().add("accent");
        refundFirst.setVisible(false);
        refundFirst.setManaged(false);
        getChildren().addAll(message, refundFirst, buttons);
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
        if (pin != null && pin.isEmpty()) {
            refuse("A manager must enter their PIN.");
            return;
        }
        busy.set(true);
        message.pseudoClassStateChanged(REFUSED, false);
        message.setText(pin != null ? "Checking the PIN…" : "");
        refundFirst.setVisible(false);
        refundFirst.setManaged(false);
        model.adjust(order, line, why, pin != null ? pin.pin() : null)
                .whenComplete((changed, failure) -> Platform.runLater(() -> {
                    busy.set(false);
                    if (pin != null) {
                        pin.clear();
                    }
                    if (failure == null) {
                        done.run();
                    } else if (Failure.cause(failure) instanceof Overpaid overpaid) {
                        offerRefund(overpaid, why);
                    } else {
                        refuse(Failure.say(failure, "That did not work; try again."));
                    }
                }));
    }

    /** The bill was paid: this change would leave it overpaid, so the money goes back first. */
    private void offerRefund(Overpaid overpaid, String why) {
        String excess = model.money().format(overpaid.excess());
        refuse(model.money().format(overpaid.paid()) + " was already paid: this " + (line == null ? "void" : "comp")
                + " would leave the bill overpaid by " + excess + ". Give " + excess + " back first.");
        refundFirst.setText("Refund " + excess + " and " + (line == null ? "void" : "comp") + "…");
        refundFirst.setOnAction(e -> refund.accept(new PartyModel.Then(order, line, why), overpaid.excess()));
        refundFirst.setVisible(true);
        refundFirst.setManaged(true);
    }

    private void refuse(String text) {
        message.setText(text);
        message.pseudoClassStateChanged(REFUSED, true);
    }
}
