package com.bistro92.tableview;

import com.bistro92.money.Money;
import com.bistro92.order.Order;
import com.bistro92.order.OrderItem;
import com.bistro92.order.OrderStatus;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.ToggleSwitch;

/**
 * One order in a table's orders panel: its number, time, status and total, with Void…; each line with
 * its price and Comp…. A rush is badged RUSH and a held line HELD. For a member who may hold and rush,
 * an open order has a Rush switch, each line still to cook a Hold or Fire button, and an order with
 * more than one held line a "Fire all held" button: a course is held or fired in a tap or two.
 */
final class OrderCard extends VBox {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** What the card's buttons do; lines are numbered from 1, a null line is the whole order. */
    /** @param reprint prints the order's ticket again; null when the restaurant has no kitchen printer */
    record Actions(BiConsumer<Order, Integer> adjust, BiConsumer<Order, Boolean> rush,
                   BiConsumer<Order, List<Integer>> hold, BiConsumer<Order, List<Integer>> fire,
                   java.util.function.Consumer<Order> reprint) {
    }

    private final Order order;
    private final Money money;
    private final Actions actions;
    /** Whether this card has the rush switch and the hold and fire buttons. */
    private final boolean tickets;
    private final List<Node> ticketControls = new ArrayList<>();

    /**
     * @param mayHoldAndRush whether the member signed in may rush, hold and fire
     * @param busy           whether a change of this order is on its way: its rush, hold and fire wait for it
     */
    OrderCard(Order order, Money money, ZoneId zone, boolean mayHoldAndRush, boolean busy, Actions actions) {
        this.order = order;
        this.money = money;
        this.actions = actions;
        this.tickets = mayHoldAndRush && order.status().isOpen();
        setSpacing(8);
        getStyleClass().add("party-order");
        if (voided()) {
            getStyleClass().add("party-order-voided");
        }
        if (order.urgent() && order.status().isOpen()) {
            getStyleClass().add("party-order-urgent");
        }
        setUserData(order);
        getChildren().add(head(zone));
        if (order.allergy().declared()) {
            Label allergy = new Label("⚠ Allergy: " + order.allergy().text());
            allergy.getStyleClass().add("party-allergy");
            allergy.setWrapText(true);
            getChildren().add(allergy);
        }
        getChildren().add(lines());
        long held = order.items().stream().filter(OrderItem::held).count();
        if (tickets && held > 1) {
            getChildren().add(fireAll(held));
        }
        ticketControls.forEach(n -> n.setDisable(busy));
    }

    private boolean voided() {
        return order.status() == OrderStatus.CANCELLED;
    }

    private Node head(ZoneId zone) {
        Label id = new Label("Order " + order.id());
        id.getStyleClass().add("party-order-id");
        Label when = new Label(TIME.format(order.createdAt().atZone(zone)));
        when.getStyleClass().add("party-order-time");
        Label status = new Label(voided() ? "VOIDED" : order.status().name());
        status.getStyleClass().addAll("party-status", "party-status-" + order.status().name().toLowerCase(Locale.ROOT));
        Label total = new Label(money.format(order.total()));
        total.getStyleClass().add("party-order-total");
        if (voided()) {
            total.getStyleClass().add("party-struck");
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(10, id, when, status);
        if (order.urgent() && order.status().isOpen()) {
            Label rush = new Label("RUSH");
            rush.getStyleClass().add("party-rush-badge");
            head.getChildren().add(rush);
        }
        head.getChildren().add(gap);
        if (tickets) {
            ToggleSwitch rush = new ToggleSwitch("Rush");
            rush.getStyleClass().add("party-rush-switch");
            ticketControls.add(rush);
            rush.setSelected(order.urgent());
            rush.selectedProperty().addListener((obs, was, now) -> actions.rush().accept(order, now));
            head.getChildren().add(rush);
        }
        head.getChildren().add(total);
        if (actions.reprint() != null && !voided()) {
            Button reprint = new Button("Reprint");
            reprint.getStyleClass().addAll("small", "party-reprint");
            reprint.setOnAction(e -> actions.reprint().accept(order));
            head.getChildren().add(reprint);
        }
        if (!voided()) {
            Button voidButton = new Button("Void…");
            voidButton.getStyleClass().addAll("small", "danger", "party-void");
            voidButton.setDisable(!order.status().canMoveTo(OrderStatus.CANCELLED));
            voidButton.setOnAction(e -> actions.adjust().accept(order, null));
            head.getChildren().add(voidButton);
        }
        head.setAlignment(Pos.CENTER_LEFT);
        return head;
    }

    private Node lines() {
        GridPane lines = new GridPane();
        lines.getStyleClass().add("party-lines");
        lines.setHgap(10);
        lines.setVgap(4);
        ColumnConstraints grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        lines.getColumnConstraints().addAll(new ColumnConstraints(), grow);
        for (int i = 0; i < order.items().size(); i++) {
            OrderItem item = order.items().get(i);
            int lineNo = i + 1;
            Label qty = new Label(item.quantity() + " ×");
            Label name = new Label(item.name() + describe(item));
            name.getStyleClass().add("party-line-name");
            name.setWrapText(true);
            name.setMinWidth(0);
            HBox what = new HBox(8, name);
            what.setAlignment(Pos.CENTER_LEFT);
            if (item.held()) {
                Label held = new Label("HELD");
                held.getStyleClass().add("party-held");
                what.getChildren().add(held);
                what.getStyleClass().add("party-line-held");
            }
            Label price = new Label(money.format(item.lineTotal()));
            price.getStyleClass().add("party-price");
            lines.addRow(i, qty, what, price, course(item, lineNo), adjust(item, lineNo, price));
        }
        return lines;
    }

    /** Hold or Fire for a line still to cook; Done once the kitchen marked it so. */
    private Node course(OrderItem item, int lineNo) {
        if (!tickets) {
            return new Region();
        }
        if (item.done()) {
            Label done = new Label("Done");
            done.getStyleClass().add("party-line-done");
            return done;
        }
        boolean inKitchen = OrderStatus.KITCHEN.contains(order.status());
        if (item.held()) {
            Button fire = new Button("Fire");
            fire.getStyleClass().addAll("small", "accent", "party-fire");
            ticketControls.add(fire);
            fire.setOnAction(e -> actions.fire().accept(order, List.of(lineNo)));
            return fire;
        }
        if (!inKitchen) {
            return new Region();
        }
        Button hold = new Button("Hold");
        hold.getStyleClass().addAll("small", "party-hold");
        ticketControls.add(hold);
        hold.setOnAction(e -> actions.hold().accept(order, List.of(lineNo)));
        return hold;
    }

    private Node adjust(OrderItem item, int lineNo, Label price) {
        if (voided()) {
            return new Region();
        }
        if (item.comped()) {
            price.getStyleClass().add("party-struck");
            Label comped = new Label("Comped");
            comped.getStyleClass().add("party-comped");
            return comped;
        }
        Button comp = new Button("Comp…");
        comp.getStyleClass().addAll("small", "party-comp");
        comp.setOnAction(e -> actions.adjust().accept(order, lineNo));
        return comp;
    }

    private Node fireAll(long held) {
        List<Integer> lines = IntStream.rangeClosed(1, order.items().size())
                .filter(n -> order.items().get(n - 1).held()).boxed().toList();
        Label waiting = new Label(held + " lines held · the kitchen waits for them");
        waiting.getStyleClass().add("party-held-note");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button fire = new Button("Fire all held");
        fire.getStyleClass().addAll("small", "accent", "party-fire-all");
        ticketControls.add(fire);
        fire.setOnAction(e -> actions.fire().accept(order, lines));
        HBox row = new HBox(10, waiting, gap, fire);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("party-held-row");
        return row;
    }

    private static String describe(OrderItem item) {
        String mods = item.modifiers().stream().map(OrderItem.ChosenModifier::name).collect(Collectors.joining(", "));
        String text = mods.isEmpty() ? "" : " (" + mods + ")";
        return item.instructions().isBlank() ? text : text + " · " + item.instructions();
    }
}
