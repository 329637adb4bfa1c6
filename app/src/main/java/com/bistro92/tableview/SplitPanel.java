package com.bistro92.tableview;

import com.bistro92.bill.Bill;
import com.bistro92.bill.Split;
import com.bistro92.money.Amounts;
import com.bistro92.money.Money;
import com.bistro92.problem.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Splits what is left to pay between guests: evenly, by item (drag each line to a guest, or select
 * it and press the guest's number; lines left unassigned are shared evenly), or by amount. Each
 * share has its own Pay, which opens the payment with that amount. The shares always add up to
 * what is left, to the cent.
 */
final class SplitPanel extends VBox {

    private final Bill bill;
    private final Money money;
    private final BiConsumer<BigDecimal, String> pay;
    private final Spinner<Integer> guests;
    private final VBox evenShares = new VBox(6);
    private final VBox amountShares = new VBox(6);
    private final VBox amountFields = new VBox(6);
    private final FlowPane itemGuests = new FlowPane(10, 10);
    private final Map<Bill.Line, Integer> assigned = new LinkedHashMap<>();
    private final ListView<Bill.Line> unassigned = new ListView<>();
    private final Label problem = new Label();

    SplitPanel(Bill bill, Money money, BiConsumer<BigDecimal, String> pay, Runnable done) {
        this.bill = bill;
        this.money = money;
        this.pay = pay;
        this.guests = new Spinner<>(1, Split.MAX_GUESTS, Math.max(2, Math.min(bill.guests(), Split.MAX_GUESTS)));
        bill.lines().stream().filter(l -> !l.comped()).forEach(l -> assigned.put(l, 0));
        createView(done);
        guests.valueProperty().addListener((obs, was, now) -> render());
        render();
    }

    private void createView(Runnable done) {
        getStyleClass().addAll("adjust-panel", "split-panel");
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        setSpacing(12);
        Label title = new Label("Split " + money.format(bill.balance()));
        title.getStyleClass().add("adjust-title");
        guests.setEditable(true);
        guests.setPrefWidth(90);
        guests.setId("split-guests");
        HBox guestRow = new HBox(10, new Label("Guests"), guests);
        guestRow.setAlignment(Pos.CENTER_LEFT);

        unassigned.setId("split-unassigned");
        configure(unassigned, 0);
        unassigned.setPrefHeight(160);
        Label hint = new Label("Drag each line to a guest, or select it and press the guest's number."
                + " Lines left here are shared evenly.");
        hint.setWrapText(true);
        hint.getStyleClass().add("adjust-what");
        VBox byItem = new VBox(8, hint, unassigned, itemGuests);

        Tab even = new Tab("Evenly", evenShares);
        Tab items = new Tab("By item", byItem);
        Tab amounts = new Tab("By amount", new VBox(10, amountFields, amountShares));
        TabPane tabs = new TabPane(even, items, amounts);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setPrefWidth(620);
        tabs.setPrefHeight(420);
        tabs.setId("split-tabs");
        problem.getStyleClass().add("adjust-message");
        problem.setWrapText(true);
        Button close = new Button("Done");
        close.setCancelButton(true);
        close.setOnAction(e -> done.run());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        getChildren().setAll(title, guestRow, tabs, problem, new HBox(gap, close));
    }

    private void render() {
        int n = guests.getValue();
        assigned.replaceAll((line, guest) -> guest > n ? 0 : guest);
        evenShares.getChildren().setAll(shareRows(Split.evenly(bill.balance(), n), "even"));
        renderItems(n);
        renderAmountFields(n);
    }

    private void renderItems(int n) {
        unassigned.getItems().setAll(linesOf(0));
        List<BigDecimal> weights = new ArrayList<>();
        BigDecimal shared = linesOf(0).stream().map(Bill.Line::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(n), 6, java.math.RoundingMode.HALF_EVEN);
        for (int g = 1; g <= n; g++) {
            weights.add(linesOf(g).stream().map(Bill.Line::lineTotal).reduce(shared, BigDecimal::add));
        }
        List<BigDecimal> shares = weights.stream().allMatch(w -> w.signum() == 0) ? Split.evenly(bill.balance(), n)
                : Split.proportionally(bill.balance(), weights);
        List<Node> boxes = new ArrayList<>();
        for (int g = 1; g <= n; g++) {
            ListView<Bill.Line> list = new ListView<>();
            configure(list, g);
            list.getItems().setAll(linesOf(g));
            list.setPrefSize(190, 110);
            list.setId("split-guest-" + g);
            Label name = new Label("Guest " + g);
            name.getStyleClass().add("split-guest-name");
            VBox box = new VBox(4, name, list, shareRow(g, shares.get(g - 1), "item"));
            box.getStyleClass().add("split-guest");
            boxes.add(box);
        }
        itemGuests.getChildren().setAll(boxes);
    }

    private List<Bill.Line> linesOf(int guest) {
        return assigned.entrySet().stream().filter(e -> e.getValue() == guest).map(Map.Entry::getKey).toList();
    }

    private void configure(ListView<Bill.Line> list, int guest) {
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Bill.Line line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty || line == null ? null
                        : line.quantity() + " × " + line.name() + "   " + money.format(line.lineTotal()));
                setOnDragDetected(e -> {
                    if (getItem() != null) {
                        var board = startDragAndDrop(TransferMode.MOVE);
                        ClipboardContent content = new ClipboardContent();
                        content.putString(getItem().orderId() + "/" + getItem().lineNo());
                        board.setContent(content);
                        e.consume();
                    }
                });
            }
        });
        list.setOnDragOver(e -> {
            if (e.getDragboard().hasString()) {
                e.acceptTransferModes(TransferMode.MOVE);
            }
            e.consume();
        });
        list.setOnDragDropped(e -> {
            boolean moved = e.getDragboard().hasString() && move(e.getDragboard().getString(), guest);
            e.setDropCompleted(moved);
            e.consume();
        });
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Bill.Line selected = list.getSelectionModel().getSelectedItem();
            if (selected != null && e.getCode().isDigitKey()) {
                int to = e.getCode().getChar().charAt(0) - '0';
                if (to <= guests.getValue()) {
                    move(selected.orderId() + "/" + selected.lineNo(), to);
                    e.consume();
                }
            }
        });
    }

    /** Moves the line named "order/line" to {@code guest} (0: nobody yet). */
    boolean move(String key, int guest) {
        for (Bill.Line line : assigned.keySet()) {
            if ((line.orderId() + "/" + line.lineNo()).equals(key)) {
                assigned.put(line, guest);
                renderItems(guests.getValue());
                return true;
            }
        }
        return false;
    }

    private void renderAmountFields(int n) {
        while (amountFields.getChildren().size() < n - 1) {
            TextField field = new TextField();
            field.setPromptText("0.00");
            field.setPrefColumnCount(8);
            field.setId("split-amount-" + (amountFields.getChildren().size() + 1));
            field.textProperty().addListener((obs, was, now) -> renderAmounts());
            HBox row = new HBox(10, new Label("Guest " + (amountFields.getChildren().size() + 1) + " pays"), field);
            row.setAlignment(Pos.CENTER_LEFT);
            amountFields.getChildren().add(row);
        }
        amountFields.getChildren().remove(Math.max(0, n - 1), amountFields.getChildren().size());
        renderAmounts();
    }

    private void renderAmounts() {
        List<BigDecimal> named = new ArrayList<>();
        for (Node row : amountFields.getChildren()) {
            String text = ((TextField) ((HBox) row).getChildren().get(1)).getText();
            if (text != null && !text.isBlank()) {
                BigDecimal amount = Amounts.parse(text);
                if (amount == null) {
                    problem.setText("Type amounts as numbers, such as 12.50");
                    return;
                }
                named.add(amount);
            }
        }
        try {
            amountShares.getChildren().setAll(shareRows(Split.byAmounts(bill.balance(), named), "amount"));
            problem.setText("");
        } catch (Problem p) {
            amountShares.getChildren().clear();
            problem.setText(p.errors().isEmpty() ? p.detail() : p.errors().getFirst().message());
        }
    }

    private List<Node> shareRows(List<BigDecimal> shares, String kind) {
        List<Node> rows = new ArrayList<>();
        for (int i = 0; i < shares.size(); i++) {
            Label who = new Label("Guest " + (i + 1));
            who.setMinWidth(80);
            rows.add(new HBox(10, who, shareRow(i + 1, shares.get(i), kind)));
        }
        return rows;
    }

    private HBox shareRow(int guest, BigDecimal share, String kind) {
        Label amount = new Label(money.format(share));
        amount.getStyleClass().addAll("split-share", "split-share-" + kind);
        Button payShare = new Button("Pay");
        payShare.getStyleClass().add("small");
        payShare.setDisable(share.signum() <= 0);
        payShare.setOnAction(e -> pay.accept(share, "Guest " + guest));
        HBox row = new HBox(10, amount, payShare);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
