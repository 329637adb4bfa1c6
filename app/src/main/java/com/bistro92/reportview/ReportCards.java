package com.bistro92.reportview;

import com.bistro92.money.Money;
import com.bistro92.report.ReportFormat;
import com.bistro92.report.ZReport;
import com.bistro92.report.ZReportRows;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The report's sections as cards: a title over a small table, figures right-aligned, a bold total row. */
final class ReportCards {

    private final Money money;

    ReportCards(Money money) {
        this.money = money;
    }

    /** A card: a title, and what goes under it. */
    static VBox card(String title, String id, Node body) {
        Label heading = new Label(title);
        heading.getStyleClass().add("report-card-title");
        VBox card = new VBox(10, heading, body);
        card.getStyleClass().add("report-card");
        card.setId(id);
        return card;
    }

    Node categories(ZReport report) {
        List<List<String>> rows = new ArrayList<>();
        BigDecimal total = report.reconciliation().categoriesTotal();
        int quantity = 0;
        for (ZReport.CategorySales c : report.categories()) {
            rows.add(List.of(c.category(), String.valueOf(c.quantity()), money.format(c.amount()), share(c.amount(), total)));
            quantity += c.quantity();
        }
        return card("Sales by category", "report-categories", table(List.of("Category", "Qty", "Net sales", "Share"),
                1, rows, List.of("Total", String.valueOf(quantity), money.format(total), "")));
    }

    Node items(ZReport report) {
        List<List<String>> rows = new ArrayList<>();
        int quantity = 0;
        for (ZReport.ItemSales i : report.items()) {
            rows.add(List.of(i.item(), i.category(), String.valueOf(i.quantity()), money.format(i.amount())));
            quantity += i.quantity();
        }
        return card("Sales by item", "report-items", table(List.of("Item", "Category", "Qty", "Net sales"), 2, rows,
                List.of("Total", "", String.valueOf(quantity), money.format(report.reconciliation().itemsTotal()))));
    }

    Node payments(ZReport report) {
        List<List<String>> rows = new ArrayList<>();
        for (ZReport.MethodTotal m : report.payments().methods()) {
            rows.add(List.of(ReportFormat.method(m.method()), String.valueOf(m.count()), money.format(m.amount()),
                    money.format(m.tips())));
        }
        ZReport.Payments p = report.payments();
        Label drawer = muted("Cash in the drawer: " + money.format(report.cashInDrawer())
                + " (cash payments and their tips, less cash refunds)");
        drawer.setId("report-cash-drawer");
        drawer.setWrapText(true);
        return card("Payments by method", "report-payments", new VBox(8, table(List.of("Method", "Payments", "Amount",
                "Tips"), 1, rows, List.of("Total", String.valueOf(p.count()), money.format(p.amount()),
                money.format(p.tips()))), drawer));
    }

    /** The money given back, each refund with its reason and who gave and approved it. */
    Node refunds(ZReport report) {
        ZReport.Refunds list = report.refunds();
        List<List<String>> rows = new ArrayList<>();
        for (ZReport.Refund r : list.entries()) {
            rows.add(List.of(ReportFormat.time(r.at().atZone(report.zone()).toLocalTime()),
                    r.table() + " · " + ReportFormat.method(r.method()), r.reason(),
                    r.refundedBy() == null ? "—" : r.refundedBy(), r.approvedBy() == null ? "—" : r.approvedBy(),
                    money.format(r.amount())));
        }
        return card("Refunds · " + list.count() + " · " + money.format(list.amount()), "report-refunds",
                table(List.of("Time", "Table", "Reason", "Given by", "Approved by", "Amount"), 5, rows, null));
    }

    Node ticketTimes(ZReport report) {
        List<ZReportRows.Row> times = new ZReportRows(report, money).ticketTimes();
        List<List<String>> rows = times.isEmpty() ? List.of() : List.of(times.stream().map(ZReportRows.Row::value)
                .toList());
        return card("Ticket times, placed to ready", "report-ticket-times",
                table(ZReportRows.ticketTimeLabels(), 0, rows, null));
    }

    /** Orders by hour as bars; the busiest hour stands out. Its figures' columns are as wide as their widest figure. */
    Node hours(ZReport report) {
        GridPane bars = new GridPane();
        bars.setHgap(10);
        bars.setVgap(4);
        ColumnConstraints track = new ColumnConstraints();
        track.setHgrow(Priority.ALWAYS);
        bars.getColumnConstraints().setAll(new ColumnConstraints(), new ColumnConstraints(), new ColumnConstraints(),
                track);
        int most = report.hours().stream().mapToInt(ZReport.HourSales::orders).max().orElse(1);
        int row = 0;
        for (ZReport.HourSales h : report.hours()) {
            boolean busiest = h.equals(report.busiestHour());
            Label hour = whole(ReportFormat.hour(h.start()), Pos.CENTER_LEFT);
            Label orders = whole(h.orders() + (h.orders() == 1 ? " order" : " orders"), Pos.CENTER_RIGHT);
            Label sales = whole(money.format(h.revenue()), Pos.CENTER_RIGHT);
            Region bar = new Region();
            bar.getStyleClass().addAll("report-bar", busiest ? "report-bar-busiest" : "report-bar-plain");
            bar.setMaxWidth(Region.USE_PREF_SIZE);
            StackPane line = new StackPane(bar);
            line.setAlignment(Pos.CENTER_LEFT);
            line.setMinWidth(0);
            bar.prefWidthProperty().bind(line.widthProperty().multiply(h.orders() / (double) most));
            bars.addRow(row++, hour, orders, sales, line);
            if (busiest) {
                for (Label l : List.of(hour, orders, sales)) {
                    l.getStyleClass().add("report-busiest");
                }
            }
        }
        Node body = bars;
        if (report.hours().isEmpty()) {
            body = muted("No orders on this day");
        }
        String title = report.busiestHour() == null ? "Orders by hour"
                : "Orders by hour · busiest " + ReportFormat.hour(report.busiestHour().start());
        return card(title, "report-hours", body);
    }

    /** The voids or comps, each with its reason and who asked and approved. */
    Node adjustments(ZReport report, boolean voids) {
        ZReport.Adjustments list = voids ? report.voids() : report.comps();
        List<List<String>> rows = new ArrayList<>();
        for (ZReport.Adjustment a : list.entries()) {
            rows.add(List.of(ReportFormat.time(a.at().atZone(report.zone()).toLocalTime()),
                    voids ? "#" + a.orderId() + " " + a.table() : a.item() + " (#" + a.orderId() + ")", a.reason(),
                    a.askedBy() == null ? "—" : a.askedBy(), a.approvedBy() == null ? "—" : a.approvedBy(),
                    money.format(a.amount())));
        }
        String title = (voids ? "Voids" : "Comps") + " · " + list.count() + " · " + money.format(list.amount());
        return card(title, voids ? "report-voids" : "report-comps", table(List.of("Time",
                voids ? "Order" : "Item", "Reason", "Asked by", "Approved by", "Amount"), 5, rows, null));
    }

    Node reconciliation(ZReport report) {
        ZReport.Reconciliation r = report.reconciliation();
        List<List<String>> rows = new ZReportRows(report, money).reconciliation().stream()
                .map(c -> List.of(c.label(), c.value())).toList();
        Label verdict = new Label(r.balanced() ? "✓  Balanced to the cent"
                : "✗  Not balanced: the breakdowns differ from the order totals");
        verdict.setWrapText(true);
        verdict.getStyleClass().add(r.balanced() ? "report-balanced" : "report-unbalanced");
        verdict.setId("report-verdict");
        verdict.setMaxWidth(Double.MAX_VALUE);
        Label open = muted("Categories, items, and gross less voids and comps all equal the sum of the order"
                + " totals. " + (r.difference().signum() > 0 ? "The net sales not paid are bills still open, or"
                + " paid on another day." : r.difference().signum() < 0 ? "More was paid than sold: payments for"
                + " another day's orders." : "Every sale is paid."));
        open.setWrapText(true);
        return card("Reconciliation", "report-reconciliation", new VBox(10, verdict,
                table(List.of("Check", "Amount"), 1, rows, null), open));
    }

    /**
     * A grid: a header row, one row per entry (columns from {@code firstFigure} on hold figures and
     * are right-aligned), and a bold total row when {@code total} is not null.
     */
    static GridPane table(List<String> headers, int firstFigure, List<List<String>> rows, List<String> total) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("report-table");
        for (int c = 0; c < headers.size(); c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setHgrow(c == 0 ? Priority.ALWAYS : Priority.SOMETIMES);
            column.setFillWidth(true);
            grid.getColumnConstraints().add(column);
            grid.add(cell(headers.get(c), "report-th", c >= firstFigure), c, 0);
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < headers.size(); c++) {
                grid.add(cell(rows.get(r).get(c), r % 2 == 0 ? "report-td" : "report-td-shaded", c >= firstFigure), c,
                        r + 1);
            }
        }
        if (rows.isEmpty()) {
            grid.add(cell("None", "report-none", false), 0, 1, headers.size(), 1);
        }
        if (total != null) {
            int at = Math.max(rows.size(), 1) + 1;
            for (int c = 0; c < headers.size(); c++) {
                grid.add(cell(total.get(c), "report-total", c >= firstFigure), c, at);
            }
        }
        return grid;
    }

    /**
     * A cell: headers and figures are never cut (their column is at least as wide as they are); text
     * such as a reason wraps when its column is narrow.
     */
    private static Label cell(String text, String style, boolean figure) {
        Label l = new Label(text);
        l.getStyleClass().add(style);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setAlignment(figure ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
        if (figure || "report-th".equals(style) || "report-total".equals(style)) {
            l.setMinWidth(Region.USE_PREF_SIZE);
        } else {
            l.setWrapText(true);
        }
        return l;
    }

    /** A label as wide as its text, never less. */
    private static Label whole(String text, Pos alignment) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setAlignment(alignment);
        return l;
    }

    static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("report-muted");
        return l;
    }

    private static String share(BigDecimal amount, BigDecimal total) {
        return total.signum() == 0 ? "" : amount.multiply(BigDecimal.valueOf(100))
                .divide(total, 1, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
