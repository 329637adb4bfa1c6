package com.bistro92.kitchen;

import com.bistro92.order.Order;
import com.bistro92.order.OrderItem;
import java.time.Duration;
import java.time.Instant;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** One ticket on the kitchen screen: table, number, status, age, and every line. */
final class TicketCard extends VBox {

    private final Label key = new Label();
    private final Label table = new Label();
    private final Label number = new Label();
    private final Label status = new Label();
    private final Label age = new Label();
    private final VBox lines = new VBox(4);
    private Ageing ageing;
    private Order order;
    private Ageing.Age shownAge;

    TicketCard(Ageing ageing) {
        this.ageing = ageing;
        createView();
    }

    /** Ages the card by new thresholds from its next {@code age} call on. */
    void ageing(Ageing newAgeing) {
        this.ageing = newAgeing;
    }

    private void createView() {
        getStyleClass().add("ticket");
        key.getStyleClass().add("ticket-key");
        table.getStyleClass().add("ticket-table");
        number.getStyleClass().add("ticket-number");
        status.getStyleClass().add("ticket-status");
        age.getStyleClass().add("ticket-age");
        // the age is what the kitchen must always see: it keeps its width, and a long table
        // label gives way and ends in "…"
        key.setMinWidth(Region.USE_PREF_SIZE);
        age.setMinWidth(Region.USE_PREF_SIZE);
        table.setMinWidth(0);
        table.setTextOverrun(OverrunStyle.ELLIPSIS);
        table.setEllipsisString("…");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(8, key, table, gap, age);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("ticket-header");
        HBox sub = new HBox(8, number, status);
        sub.getStyleClass().add("ticket-sub");
        lines.getStyleClass().add("ticket-lines");
        getChildren().setAll(top, sub, lines);
    }

    /** Shows {@code next}; rebuilds the lines only when they could have changed. */
    void show(Order next, int position) {
        key.setText(position <= 9 ? String.valueOf(position) : "");
        key.setVisible(position <= 9);
        if (order != null && order.id() == next.id() && order.version() == next.version()) {
            return;
        }
        boolean sameLines = order != null && order.id() == next.id();
        order = next;
        table.setText(next.table());
        number.setText("#" + next.id());
        status.setText(next.status().name());
        getStyleClass().removeIf(c -> c.startsWith("status-"));
        getStyleClass().add("status-" + next.status().name().toLowerCase(java.util.Locale.ROOT));
        if (!sameLines) {
            lines.getChildren().clear();
            for (OrderItem item : next.items()) {
                lines.getChildren().add(line(item));
            }
            if (!next.notes().isBlank()) {
                lines.getChildren().add(styled(new Label("Note: " + next.notes()), "ticket-note"));
            }
        }
    }

    /** Updates the age timer and colour for the moment {@code now}. */
    void age(Instant now) {
        if (order == null) {
            return;
        }
        Duration elapsed = Duration.between(order.createdAt(), now);
        age.setText(Ageing.clock(elapsed));
        Ageing.Age current = ageing.of(elapsed);
        if (current != shownAge) {
            if (shownAge != null) {
                getStyleClass().remove(shownAge.styleClass());
            }
            getStyleClass().add(current.styleClass());
            shownAge = current;
        }
    }

    Order order() {
        return order;
    }

    Ageing.Age shownAge() {
        return shownAge;
    }

    private static VBox line(OrderItem item) {
        Label name = styled(new Label(item.quantity() + "× " + item.name()), "ticket-item");
        VBox box = new VBox(1, name);
        if (item.openItem()) {
            name.getStyleClass().add("ticket-open-item");
            box.getChildren().add(styled(new Label("OPEN ITEM – not on the menu"), "ticket-flag"));
        }
        for (OrderItem.ChosenModifier m : item.modifiers()) {
            box.getChildren().add(styled(new Label("  + " + m.name()), "ticket-modifier"));
        }
        if (!item.instructions().isBlank()) {
            box.getChildren().add(styled(new Label("  » " + item.instructions()), "ticket-instructions"));
        }
        return box;
    }

    private static Label styled(Label label, String styleClass) {
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        return label;
    }
}
