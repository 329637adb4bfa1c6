package com.bistro92.tableview;

import com.bistro92.table.TableOverview.CallRow;
import com.bistro92.table.TableOverview.PadRow;
import com.bistro92.table.TableOverview.TableRow;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** One table on the floor plan: its party, its pads (online or not), open orders and calls for service. */
final class TableTile extends VBox {

    static final PseudoClass FLASH = PseudoClass.getPseudoClass("flash");

    /** What the tile's buttons do. */
    interface Actions {
        void seat(TableRow table);

        void closeBill(TableRow table);

        void pair(TableRow table);

        void revoke(PadRow pad);

        void acknowledge(CallRow call);

        /** Opens the table's orders, to void or comp. */
        void orders(TableRow table);
    }

    private final TableRow table;

    TableTile(TableRow table, Instant now, Actions actions) {
        this.table = table;
        getStyleClass().addAll("table-tile", table.seated() ? "table-seated" : "table-free");
        Label name = new Label(table.label());
        name.getStyleClass().add("table-name");
        Label state = new Label(table.seated()
                ? "Seated · " + table.guests() + " · " + minutes(Duration.between(table.seatedAt(), now))
                : "Free");
        state.getStyleClass().add("table-state");
        getChildren().addAll(name, state);

        for (CallRow call : table.calls()) {
            Label what = new Label((call.kind().equals("BILL") ? "Wants the bill" : "Calls a waiter")
                    + (call.timesAsked() > 1 ? " ×" + call.timesAsked() : ""));
            Button ack = new Button("Ack");
            ack.getStyleClass().add("small");
            ack.setMinWidth(Region.USE_PREF_SIZE);
            ack.setOnAction(e -> actions.acknowledge(call));
            HBox row = new HBox(8, what, ack);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("table-call");
            getChildren().add(row);
        }
        if (table.openOrders() > 0) {
            Label orders = new Label(table.openOrders() == 1 ? "1 open order" : table.openOrders() + " open orders");
            orders.getStyleClass().add("table-orders");
            getChildren().add(orders);
        }
        for (PadRow pad : table.pads()) {
            Label label = new Label((pad.online() ? "● " : "○ ") + pad.name() + (pad.online() ? " · online"
                    : " · offline" + (pad.lastSeenAt() == null ? ""
                    : ", seen " + minutes(Duration.between(pad.lastSeenAt(), now)) + " ago")));
            label.getStyleClass().add(pad.online() ? "pad-online" : "pad-offline");
            label.setWrapText(true);
            label.setMinWidth(0);
            Button revoke = new Button("Revoke");
            revoke.getStyleClass().add("small");
            revoke.setMinWidth(Region.USE_PREF_SIZE);
            revoke.setOnAction(e -> actions.revoke(pad));
            Region padGap = new Region();
            HBox.setHgrow(padGap, Priority.ALWAYS);
            HBox row = new HBox(6, label, padGap, revoke);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("table-pad");
            row.setUserData(pad);
            getChildren().add(row);
        }
        Button seat = new Button(table.seated() ? "Close bill" : "Seat");
        seat.setOnAction(e -> {
            if (table.seated()) {
                actions.closeBill(table);
            } else {
                actions.seat(table);
            }
        });
        Button pair = new Button("Pair pad");
        pair.setOnAction(e -> actions.pair(table));
        FlowPane buttons = new FlowPane(8, 8, seat, pair);
        if (table.seated() || table.openOrders() > 0) {
            Button orders = new Button("Bill");
            orders.getStyleClass().add("table-orders-button");
            orders.setOnAction(e -> actions.orders(table));
            buttons.getChildren().add(orders);
        }
        buttons.getStyleClass().add("table-buttons");
        getChildren().add(buttons);
    }

    TableRow table() {
        return table;
    }

    boolean hasCalls() {
        return !table.calls().isEmpty();
    }

    private static String minutes(Duration d) {
        long m = Math.max(0, d.toMinutes());
        return m < 60 ? m + " min" : String.format(Locale.ROOT, "%d h %02d", m / 60, m % 60);
    }
}
