package com.bistro92.historyview;

import com.bistro92.history.OrderDetail;
import com.bistro92.money.Money;
import com.bistro92.order.OrderItem.ChosenModifier;
import com.bistro92.order.OrderSource;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The selected order: its lines as placed, its notes, its timeline with who did what, its payments and refunds. */
final class DetailPane extends ScrollPane {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Money money;
    private final DateTimeFormatter day;
    private final DateTimeFormatter time;
    private final VBox content = new VBox(18);

    DetailPane(Money money, ZoneId zone) {
        this.money = money;
        this.day = DAY.withZone(zone);
        this.time = TIME.withZone(zone);
        getStyleClass().add("history-detail-scroll");
        content.getStyleClass().add("history-detail");
        setContent(content);
        setFitToWidth(true);
        show(null);
    }

    void show(OrderDetail order) {
        if (order == null) {
            Label empty = new Label("Select an order to see its items, its timeline and its payments.");
            empty.setWrapText(true);
            empty.getStyleClass().add("history-empty");
            content.getChildren().setAll(empty);
            return;
        }
        Label title = new Label("Order #" + order.id());
        title.getStyleClass().add("history-detail-title");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(12, title, gap, HistoryView.statusPill(order.status()));
        head.setAlignment(Pos.CENTER_LEFT);
        Label sub = new Label(order.table() + " · " + day.format(order.createdAt()) + " · " + source(order.source()));
        sub.getStyleClass().add("history-muted");
        content.getChildren().setAll(new VBox(4, head, sub), section("Items", lines(order)));
        if (!order.allergy().isEmpty()) {
            Label allergy = new Label("⚠ " + order.allergy());
            allergy.setWrapText(true);
            allergy.setId("history-allergy-note");
            allergy.getStyleClass().add("history-allergy");
            content.getChildren().add(section("Allergy", allergy));
        }
        if (!order.notes().isBlank()) {
            Label notes = new Label(order.notes());
            notes.setWrapText(true);
            notes.getStyleClass().add("history-notes");
            content.getChildren().add(section("Notes", notes));
        }
        content.getChildren().add(section("Timeline", timeline(order)));
        content.getChildren().add(section("Payments", payments(order)));
    }

    private GridPane lines(OrderDetail order) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("history-lines");
        grid.setHgap(12);
        grid.setVgap(8);
        ColumnConstraints what = new ColumnConstraints();
        what.setHgrow(Priority.ALWAYS);
        ColumnConstraints price = new ColumnConstraints();
        price.setHalignment(HPos.RIGHT);
        grid.getColumnConstraints().setAll(what, price);
        int row = 0;
        for (OrderDetail.Line line : order.lines()) {
            Label name = new Label(line.quantity() + "× " + line.name());
            name.getStyleClass().add("history-line-name");
            VBox left = new VBox(2, name);
            if (!line.modifiers().isEmpty()) {
                left.getChildren().add(muted(line.modifiers().stream().map(this::modifier)
                        .collect(Collectors.joining(", "))));
            }
            if (!line.instructions().isBlank()) {
                left.getChildren().add(muted("“" + line.instructions() + "”"));
            }
            if (line.openItem()) {
                left.getChildren().add(tag("Open item, not on the menu", "history-tag-warning"));
            }
            Label total = new Label(money.format(line.lineTotal()));
            total.getStyleClass().add("history-money");
            if (line.comped()) {
                total.getStyleClass().add("history-comped");
                left.getChildren().add(tag("Comped", "history-tag-comp"));
            }
            grid.addRow(row++, left, total);
        }
        Label sum = new Label("Total");
        sum.getStyleClass().add("history-total");
        Label amount = new Label(money.format(order.total()));
        amount.getStyleClass().addAll("history-total", "history-money");
        grid.addRow(row, sum, amount);
        return grid;
    }

    private String modifier(ChosenModifier m) {
        String delta = money.formatDelta(m.priceDelta());
        return delta.isEmpty() ? m.name() : m.name() + " " + delta;
    }

    private VBox timeline(OrderDetail order) {
        VBox steps = new VBox(0);
        steps.getStyleClass().add("history-timeline");
        for (OrderDetail.TimelineEntry entry : order.timeline()) {
            Label when = new Label(time.format(entry.at()));
            when.setMinWidth(Region.USE_PREF_SIZE);
            when.getStyleClass().add("history-step-time");
            Region dot = new Region();
            dot.getStyleClass().addAll("history-step-dot", "history-step-" + entry.step().name().toLowerCase(Locale.ROOT));
            Label what = new Label(entry.text() + (entry.amount() == null ? "" : " · " + money.format(entry.amount())));
            what.setWrapText(true);
            what.getStyleClass().add("history-step-text");
            HBox.setHgrow(what, Priority.ALWAYS);
            HBox step = new HBox(10, when, dot, what);
            step.setAlignment(Pos.CENTER_LEFT);
            step.getStyleClass().add("history-step");
            steps.getChildren().add(step);
        }
        return steps;
    }

    private Node payments(OrderDetail order) {
        if (!order.paid()) {
            return tag("Not paid", "history-tag-unpaid");
        }
        VBox list = new VBox(6);
        for (OrderDetail.Payment p : order.payments()) {
            Label paid = new Label(money.format(p.amount()) + " by " + p.method().toLowerCase(Locale.ROOT)
                    + (p.tip().signum() > 0 ? ", tip " + money.format(p.tip()) : "")
                    + (p.forWholeTable() ? " (the table's bill)" : ""));
            paid.getStyleClass().add("history-line-name");
            list.getChildren().add(new VBox(2, paid,
                    muted(day.format(p.paidAt()) + (p.takenBy() == null ? "" : " · taken by " + p.takenBy()))));
        }
        for (OrderDetail.Refund r : order.refunds()) {
            Label back = new Label(money.format(r.amount()) + " refunded by " + r.method().toLowerCase(Locale.ROOT)
                    + ": " + r.reason());
            back.setWrapText(true);
            back.getStyleClass().add("history-line-name");
            list.getChildren().add(new VBox(2, back, muted(day.format(r.at())
                    + (r.givenBy() == null ? "" : " · given by " + r.givenBy())
                    + (r.approvedBy() == null ? "" : ", approved by " + r.approvedBy()))));
        }
        return list;
    }

    private static VBox section(String name, Node body) {
        Label title = new Label(name.toUpperCase(Locale.ROOT));
        title.getStyleClass().add("history-section-title");
        VBox box = new VBox(8, title, body);
        box.getStyleClass().add("history-section");
        return box;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("history-muted");
        return label;
    }

    private static Label tag(String text, String style) {
        Label label = new Label(text);
        label.getStyleClass().addAll("history-tag", style);
        return label;
    }

    private static String source(OrderSource source) {
        return switch (source) {
            case PAD -> "ordered on the table's pad";
            case SEED -> "ordered through the API";
            case STAFF -> "entered by staff";
        };
    }
}
