package com.bistro92.kitchen;

import com.bistro92.menu.Allergen;
import com.bistro92.menu.Stations;
import com.bistro92.order.Order;
import com.bistro92.order.OrderItem;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One ticket on the kitchen screen: table, number, status, age, and its lines: every line, or on a
 * station display that station's lines with the others counted ({@link StationChips}).
 */
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
    private final Label rush = new Label("RUSH");
    private final Label allergy = new Label();
    private Map<Integer, List<Allergen>> allergyLines = Map.of();
    private final LineTap onLine;
    private final StationChips chips = new StationChips();
    private final Map<Integer, Node> lineBoxes = new HashMap<>();
    private Stations stations = Stations.ALL;
    private boolean restation;
    private int cursorLine;

    /** What a tap on one of the card's lines does: the order as shown, and the line's number (from 1). */
    interface LineTap {
        void tapped(Order order, int lineNo);
    }

    TicketCard(Ageing ageing, LineTap onLine) {
        this.ageing = ageing;
        this.onLine = onLine;
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
        rush.getStyleClass().add("ticket-rush");
        rush.managedProperty().bind(rush.visibleProperty());
        rush.setVisible(false);
        HBox sub = new HBox(8, number, status, rush);
        sub.getStyleClass().add("ticket-sub");
        lines.getStyleClass().add("ticket-lines");
        // the guest's allergy: a red band under the header that no cook can miss
        allergy.getStyleClass().add("ticket-allergy");
        allergy.setWrapText(true);
        allergy.setMaxWidth(Double.MAX_VALUE);
        allergy.managedProperty().bind(allergy.visibleProperty());
        allergy.setVisible(false);
        getChildren().setAll(top, allergy, sub, chips, lines);
    }

    /** Shows the lines for these stations from the next {@code show} on. */
    void stations(Stations shown) {
        if (!shown.equals(stations)) {
            stations = shown;
            restation = true;
        }
    }

    /** Shows {@code next}; rebuilds the lines only when they could have changed. */
    void show(Order next, int position) {
        key.setText(position <= 9 ? String.valueOf(position) : "");
        key.setVisible(position <= 9);
        if (!restation && order != null && order.id() == next.id() && order.version() == next.version()) {
            return;
        }
        boolean sameLines = !restation && order != null && order.id() == next.id()
                && order.items().equals(next.items()) && order.notes().equals(next.notes());
        order = next;
        rush.setVisible(next.urgent());
        if (next.urgent() != getStyleClass().contains("ticket-urgent")) {
            if (next.urgent()) {
                getStyleClass().add("ticket-urgent");
            } else {
                getStyleClass().remove("ticket-urgent");
            }
        }
        table.setText(next.table());
        number.setText("#" + next.id());
        status.setText(next.status().name());
        getStyleClass().removeIf(c -> c.startsWith("status-"));
        getStyleClass().add("status-" + next.status().name().toLowerCase(java.util.Locale.ROOT));
        if (!sameLines) {
            restation = false;
            StationTicket ticket = new StationTicket(next, stations);
            showAllergy(next);
            lines.getChildren().clear();
            lineBoxes.clear();
            for (int lineNo : ticket.shownLines()) {
                Node box = line(next.items().get(lineNo - 1), lineNo);
                lineBoxes.put(lineNo, box);
                lines.getChildren().add(box);
            }
            chips.show(ticket);
            // expo reads the stations first; a station display counts the others after its own lines
            int place = stations.expo() ? 3 : 4;
            if (getChildren().indexOf(chips) != place) {
                getChildren().remove(chips);
                getChildren().add(place, chips);
            }
            cursor(cursorLine);
            if (!next.notes().isBlank()) {
                lines.getChildren().add(styled(new Label("Note: " + next.notes()), "ticket-note"));
            }
        }
    }

    /** The allergy band: shown when the guest declared an allergy, with what it is. */
    private void showAllergy(Order next) {
        allergyLines = next.allergyLines();
        boolean declared = next.allergy().declared();
        allergy.setVisible(declared);
        if (declared != getStyleClass().contains("ticket-has-allergy")) {
            if (declared) {
                getStyleClass().add("ticket-has-allergy");
            } else {
                getStyleClass().remove("ticket-has-allergy");
            }
        }
        if (declared) {
            // the lines that contain it say so themselves
            allergy.setText("⚠ ALLERGY: " + next.allergy().text().toUpperCase(java.util.Locale.ROOT));
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

    /** The numbers (from 1) of the lines shown in full, top to bottom: where the line cursor may go. */
    List<Integer> shownLines() {
        return List.copyOf(lineBoxes.keySet().stream().sorted().toList());
    }

    /** Marks line {@code lineNo} as the one the keys act on; 0 for none. */
    void cursor(int lineNo) {
        cursorLine = lineNo;
        lineBoxes.forEach((n, box) -> {
            box.getStyleClass().remove("ticket-line-cursor");
            if (n == lineNo) {
                box.getStyleClass().add("ticket-line-cursor");
            }
        });
    }

    Ageing.Age shownAge() {
        return shownAge;
    }

    /** One line; a tap marks it done, or not done again (a held line only says so). */
    private VBox line(OrderItem item, int lineNo) {
        Label name = styled(new Label(item.quantity() + "× " + item.name()), "ticket-item");
        VBox box = new VBox(1, name);
        box.getStyleClass().add("ticket-line");
        if (item.done()) {
            box.getStyleClass().add("ticket-line-done");
        }
        if (item.held()) {
            box.getStyleClass().add("ticket-line-held");
            box.getChildren().add(styled(styled(new Label("HELD – waiting to be fired"), "ticket-flag"), "ticket-held-flag"));
        }
        box.setOnMouseClicked(e -> {
            onLine.tapped(order, lineNo);
            e.consume();
        });
        if (item.openItem()) {
            name.getStyleClass().add("ticket-open-item");
            box.getChildren().add(styled(new Label("OPEN ITEM – not on the menu"), "ticket-flag"));
        }
        List<Allergen> involved = allergyLines.getOrDefault(lineNo, List.of());
        if (!involved.isEmpty()) {
            box.getStyleClass().add("ticket-line-allergy");
            box.getChildren().add(styled(new Label("⚠ CONTAINS " + involved.stream().map(Allergen::label)
                    .map(l -> l.toUpperCase(java.util.Locale.ROOT)).collect(java.util.stream.Collectors.joining(", "))),
                    "ticket-allergy-flag"));
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
