package com.bistro92.tableview;

import com.bistro92.bill.Bill;
import com.bistro92.bill.Payment;
import com.bistro92.bill.Receipt;
import com.bistro92.bill.Refund;
import com.bistro92.bill.Tax;
import com.bistro92.money.Money;
import com.bistro92.order.Order;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * A table's orders over the floor: each order with its lines ({@link OrderCard}), what the party owes,
 * and a void or comp on each. Voiding or comping opens {@link AdjustPanel} on top, which asks for a
 * manager's PIN when the member signed in may not void alone; one refused because the bill was
 * already paid offers the refund ({@link RefundPanel}), which <b>Refund…</b> on the bill also opens. A rush, a hold or a fire is sent at
 * once, and shows when its event comes back.
 */
final class PartyPanel extends StackPane {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final PartyModel model;
    private final Runnable done;
    private final VBox list = new VBox(10);
    private final Label due = new Label();
    private final Label message = new Label();
    private final VBox summary = new VBox(4);
    private final HBox billButtons = new HBox(8);
    private final ZoneId zone;
    private final OrderCard.Actions cardActions;

    PartyPanel(PartyModel model, ZoneId zone, Runnable done) {
        this.model = model;
        this.zone = zone;
        this.done = done;
        this.cardActions = new OrderCard.Actions(this::openAdjust, this::rush, this::hold, this::fire,
                model.hasTicketPrinter() ? model::reprint : null);
        createView();
        model.orders().addListener((ListChangeListener<Order>) change -> render());
        model.billProperty().addListener((obs, was, now) -> render());
        message.textProperty().bind(model.messageProperty());
        render();
    }

    private void createView() {
        getStyleClass().add("party-panel");
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        var table = model.table();
        Label title = new Label(table.label() + (table.seated() ? " · bill" : " · orders"));
        title.getStyleClass().add("party-title");
        Label party = new Label(table.seated() ? table.guests() + (table.guests() == 1 ? " guest" : " guests")
                + " · seated " + TIME.format(table.seatedAt().atZone(zone))
                : "Nobody seated · today's open orders");
        party.getStyleClass().add("party-subtitle");
        Label hint = new Label(model.needsManager() ? "Voids, comps and refunds need a manager's PIN" : "");
        hint.getStyleClass().add("party-hint");
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("party-scroll");
        scroll.setPrefViewportHeight(440);
        list.getStyleClass().add("party-list");
        due.getStyleClass().add("party-due");
        due.setId("party-due");
        message.getStyleClass().add("party-message");
        message.setWrapText(true);
        Button close = new Button("Done");
        close.setDefaultButton(true);
        close.setId("party-done");
        close.setOnAction(e -> done.run());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox foot = new HBox(12, due, gap, close);
        foot.setAlignment(Pos.CENTER_LEFT);
        summary.getStyleClass().add("bill-summary");
        summary.setId("bill-summary");
        Button split = new Button("Split…");
        split.setId("bill-split");
        split.setOnAction(e -> openSplit());
        Button pay = new Button("Take payment…");
        pay.getStyleClass().add("accent");
        pay.setId("bill-pay");
        pay.setOnAction(e -> openPay(model.billProperty().get().balance(), null));
        Button print = new Button("Print receipt");
        print.setOnAction(e -> printReceipt());
        Button onPrinter = new Button("Receipt printer");
        onPrinter.setId("bill-printer");
        onPrinter.setOnAction(e -> model.printOnReceiptPrinter());
        onPrinter.managedProperty().bind(onPrinter.visibleProperty());
        onPrinter.setVisible(model.hasReceiptPrinter());
        Button pdf = new Button("Save PDF…");
        pdf.setId("bill-pdf");
        pdf.setOnAction(e -> saveReceipt());
        Button refund = new Button("Refund…");
        refund.setId("bill-refund");
        refund.setOnAction(e -> openRefund(BigDecimal.ZERO, null));
        Region apart = new Region();
        HBox.setHgrow(apart, Priority.ALWAYS);
        billButtons.getChildren().setAll(split, pay, print, onPrinter, pdf, apart, refund);
        VBox card = new VBox(10, new VBox(2, title, party, hint), scroll, summary, billButtons, message, foot);
        card.getStyleClass().add("party-card");
        getChildren().setAll(card);
    }

    private void render() {
        Money money = model.money();
        if (model.orders().isEmpty()) {
            Label none = new Label("No orders yet");
            none.getStyleClass().add("party-empty");
            list.getChildren().setAll(none);
        } else {
            list.getChildren().setAll(model.orders().stream().map(o -> new OrderCard(o, money, zone,
                    model.tickets().allowed(), model.tickets().busy(o), cardActions)).toList());
        }
        Bill bill = model.billProperty().get();
        boolean billed = bill != null;
        summary.setVisible(billed);
        summary.setManaged(billed);
        billButtons.setVisible(billed);
        billButtons.setManaged(billed);
        if (billed) {
            summary.getChildren().setAll(summaryRows(bill, money));
            for (Node b : billButtons.getChildren()) {
                if ("bill-split".equals(b.getId()) || "bill-pay".equals(b.getId())) {
                    b.setDisable(bill.balance().signum() <= 0);
                } else if ("bill-refund".equals(b.getId())) {
                    b.setDisable(bill.kept().signum() <= 0);
                }
            }
        }
        due.setText(billed && bill.balance().signum() <= 0 && !bill.payments().isEmpty() ? "Paid in full"
                : "To pay " + money.format(billed ? bill.balance() : model.due()));
    }

    private static List<Node> summaryRows(Bill bill, Money money) {
        List<Node> rows = new ArrayList<>();
        if (bill.comps().signum() != 0) {
            rows.add(summaryRow("Comps", money.format(bill.comps().negate()), "bill-comps"));
        }
        Tax tax = bill.tax();
        String rate = tax.ratePercent().stripTrailingZeros().toPlainString() + "%";
        if (tax.ratePercent().signum() != 0 && !tax.included()) {
            rows.add(summaryRow("Subtotal", money.format(bill.amounts().subtotal()), "bill-subtotal"));
            rows.add(summaryRow("Tax " + rate, money.format(bill.amounts().tax()), "bill-tax"));
        }
        rows.add(summaryRow("Total", money.format(bill.amounts().total()), "bill-total"));
        if (tax.ratePercent().signum() != 0 && tax.included()) {
            rows.add(summaryRow("  incl. tax " + rate, money.format(bill.amounts().tax()), "bill-tax"));
        }
        for (Payment p : bill.payments()) {
            String method = p.method().name().charAt(0) + p.method().name().substring(1).toLowerCase(Locale.ROOT);
            rows.add(summaryRow("Paid · " + method + (p.tip().signum() > 0 ? " (tip " + money.format(p.tip()) + ")"
                    : ""), money.format(p.amount().negate()), "bill-payment"));
        }
        for (Refund r : bill.refunds()) {
            String method = r.method().name().charAt(0) + r.method().name().substring(1).toLowerCase(Locale.ROOT);
            rows.add(summaryRow("Refunded · " + method + " · " + r.reason(), money.format(r.amount()),
                    "bill-refund"));
        }
        return rows;
    }

    private static Node summaryRow(String name, String amount, String style) {
        Label left = new Label(name);
        Label right = new Label(amount);
        right.getStyleClass().add("party-price");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(8, left, gap, right);
        row.getStyleClass().addAll("bill-row", style);
        return row;
    }

    private void openSplit() {
        Bill bill = model.billProperty().get();
        StackPane veil = veil();
        veil.getChildren().add(new SplitPanel(bill, model.money(), (share, who) -> {
            getChildren().remove(veil);
            openPay(share, who);
        }, () -> getChildren().remove(veil)));
    }

    /** Opens the refund, offering {@code suggested} (or, with nothing suggested, all that may go back). */
    private void openRefund(BigDecimal suggested, PartyModel.Then then) {
        Bill bill = model.billProperty().get();
        if (bill == null) {
            return;
        }
        StackPane veil = veil();
        BigDecimal offer = suggested.signum() > 0 ? suggested : Arrays.stream(Payment.Method.values())
                .map(bill::refundable).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        RefundPanel panel = new RefundPanel(model, bill, offer, then, () -> getChildren().remove(veil));
        veil.getChildren().add(panel);
        panel.focus();
    }

    private void openPay(java.math.BigDecimal amount, String who) {
        StackPane veil = veil();
        veil.getChildren().add(new PayPanel(model, amount, who, () -> getChildren().remove(veil)));
    }

    private StackPane veil() {
        StackPane veil = new StackPane();
        veil.getStyleClass().add("pair-veil");
        getChildren().add(veil);
        return veil;
    }

    private Receipt receipt() {
        return Receipt.of(model.billProperty().get(), model.money(), java.time.Instant.now(), zone);
    }

    private void printReceipt() {
        if (model.billProperty().get() != null) {
            message.textProperty().unbind();
            message.setText(ReceiptView.print(receipt(), getScene().getWindow()));
            message.textProperty().bind(model.messageProperty());
        }
    }

    private void saveReceipt() {
        Bill bill = model.billProperty().get();
        if (bill == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the receipt as PDF");
        chooser.setInitialFileName("receipt-" + bill.table().replaceAll("\\W+", "-").toLowerCase(Locale.ROOT) + ".pdf");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        java.io.File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            model.saveReceipt(receipt(), file.toPath());
        }
    }

    private void rush(Order order, boolean urgent) {
        changing(model.tickets().rush(order, urgent));
    }

    private void hold(Order order, List<Integer> lines) {
        changing(model.tickets().hold(order, lines));
    }

    private void fire(Order order, List<Integer> lines) {
        changing(model.tickets().fire(order, lines));
    }

    /**
     * Shows the order busy while its change is on its way, and as it was if the change is refused;
     * a change made shows when its event arrives. Rendered after the tap's own handling is over.
     */
    private void changing(CompletableFuture<Order> change) {
        Platform.runLater(this::render);
        change.whenComplete((order, failure) -> render());
    }

    private void openAdjust(Order order, Integer line) {
        StackPane veil = veil();
        AdjustPanel panel = new AdjustPanel(model, order, line, () -> getChildren().remove(veil), (then, excess) -> {
            getChildren().remove(veil);
            openRefund(excess, then);
        });
        veil.getChildren().add(panel);
        panel.focus();
    }
}
