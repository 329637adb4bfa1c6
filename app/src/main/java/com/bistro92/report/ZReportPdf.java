package com.bistro92.report;

import static com.bistro92.report.PdfPages.ACCENT;
import static com.bistro92.report.PdfPages.BAD;
import static com.bistro92.report.PdfPages.CONTENT;
import static com.bistro92.report.PdfPages.INK;
import static com.bistro92.report.PdfPages.MARGIN;
import static com.bistro92.report.PdfPages.MUTED;
import static com.bistro92.report.PdfPages.SHADE;
import static com.bistro92.report.PdfPages.WIDTH;

import com.bistro92.money.Money;
import com.bistro92.report.PdfPages.Column;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Z report as a PDF, A4, in the standard Helvetica: the day's figures at a glance, then sales
 * by category, payments, ticket times, orders by hour, voids and comps with who made and approved
 * them, sales by item, and the reconciliation. Long tables carry on over the next pages.
 */
public final class ZReportPdf {

    private final ZReport report;
    private final Money money;
    private final Locale locale;
    private final PdfPages pages;
    private final ZReportRows shared;

    private ZReportPdf(ZReport report, Money money, Locale locale) {
        this.report = report;
        this.money = money;
        this.locale = locale;
        this.shared = new ZReportRows(report, money);
        this.pages = new PdfPages("End-of-day report " + report.day(), money.currency().getCurrencyCode());
    }

    /** Writes {@code report} as a PDF to {@code out}, amounts shown by {@code money}; does not close {@code out}. */
    public static void write(ZReport report, Money money, Locale locale, OutputStream out) throws IOException {
        ZReportPdf pdf = new ZReportPdf(report, money, locale);
        try (PdfPages pages = pdf.pages) {
            pdf.write();
            pages.finish("Bistro92 · End-of-day report " + report.day() + " · printed "
                    + stamp(report.generatedAt(), report), out);
        }
    }

    private void write() throws IOException {
        top();
        glance();
        categories();
        payments();
        ticketTimes();
        hours();
        adjustments("Voids", report.voids(), true);
        adjustments("Comps", report.comps(), false);
        refunds();
        items();
        reconciliation();
    }

    private void top() throws IOException {
        pages.newPage();
        float y = pages.y();
        pages.text("BISTRO92", MARGIN, y - 8, pages.bold, 9, ACCENT);
        pages.text("End-of-day report (Z)", MARGIN, y - 32, pages.bold, 22, INK);
        String day = report.day().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale));
        pages.textRight(day, WIDTH - MARGIN, y - 14, pages.bold, 12, INK);
        pages.textRight("Time zone " + report.zone().getId(), WIDTH - MARGIN, y - 28, pages.regular, 8, MUTED);
        pages.textRight("Printed " + stamp(report.generatedAt(), report) + " · as of event " + report.asOfSeq(),
                WIDTH - MARGIN, y - 39, pages.regular, 8, MUTED);
        pages.down(50);
        pages.rule(MARGIN, pages.y(), CONTENT, ACCENT, 2);
        pages.down(10);
    }

    private void glance() throws IOException {
        List<ZReportRows.Figure> figures = shared.glance();
        tiles(figures.subList(0, 4));
        tiles(figures.subList(4, figures.size()));
    }

    private void tiles(List<ZReportRows.Figure> tiles) throws IOException {
        float gap = 8;
        float w = (CONTENT - gap * (tiles.size() - 1)) / tiles.size();
        float h = 50;
        float bottom = pages.y() - h;
        for (int i = 0; i < tiles.size(); i++) {
            float x = MARGIN + i * (w + gap);
            ZReportRows.Figure tile = tiles.get(i);
            pages.box(x, bottom, w, h, SHADE);
            pages.box(x, bottom, 2.5f, h, ACCENT);
            pages.text(tile.label().toUpperCase(locale), x + 10, bottom + h - 14, pages.bold, 7.5f, MUTED);
            pages.text(pages.fit(tile.value(), pages.bold, 15, w - 16), x + 10, bottom + 18, pages.bold, 15, INK);
            pages.text(pages.fit(tile.detail(), pages.regular, 8, w - 16), x + 10, bottom + 6, pages.regular, 8,
                    MUTED);
        }
        pages.down(h + gap);
    }

    private void categories() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        int quantity = 0;
        for (ZReport.CategorySales c : report.categories()) {
            rows.add(List.of(c.category(), String.valueOf(c.quantity()), money.format(c.amount()), share(c.amount())));
            quantity += c.quantity();
        }
        pages.table("Sales by category", List.of(new Column("Category", 0.46f, false), new Column("Qty", 0.14f, true),
                        new Column("Net sales", 0.24f, true), new Column("Share", 0.16f, true)), rows,
                List.of("Total", String.valueOf(quantity), money.format(report.reconciliation().categoriesTotal()),
                        report.categories().isEmpty() ? "" : "100.0%"));
    }

    private void payments() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (ZReport.MethodTotal m : report.payments().methods()) {
            rows.add(List.of(ReportFormat.method(m.method()), String.valueOf(m.count()), money.format(m.amount()),
                    money.format(m.tips()), money.format(m.amount().add(m.tips()))));
        }
        ZReport.Payments p = report.payments();
        pages.table("Payments by method", List.of(new Column("Method", 0.32f, false),
                        new Column("Payments", 0.14f, true), new Column("Amount", 0.18f, true),
                        new Column("Tips", 0.18f, true), new Column("With tips", 0.18f, true)), rows,
                List.of("Total", String.valueOf(p.count()), money.format(p.amount()), money.format(p.tips()),
                        money.format(p.amount().add(p.tips()))));
    }

    private void ticketTimes() throws IOException {
        List<ZReportRows.Row> times = shared.ticketTimes();
        List<Column> columns = ZReportRows.ticketTimeLabels().stream().map(l -> new Column(l, 0.2f, true)).toList();
        pages.table("Ticket times, placed to ready", columns,
                times.isEmpty() ? List.of() : List.of(times.stream().map(ZReportRows.Row::value).toList()), null);
    }

    private void hours() throws IOException {
        List<ZReport.HourSales> hours = report.hours();
        pages.heading("Orders by hour", 16 * Math.min(hours.size(), 4));
        if (hours.isEmpty()) {
            pages.down(15);
            pages.text("No orders", MARGIN + 4, pages.y() + 4, pages.regular, 9, MUTED);
            return;
        }
        int most = hours.stream().mapToInt(ZReport.HourSales::orders).max().orElse(1);
        float barLeft = MARGIN + 190;
        float barWidth = CONTENT - 190 - 60;
        for (ZReport.HourSales h : hours) {
            pages.keep(16);
            pages.down(16);
            boolean busiest = h.equals(report.busiestHour());
            var font = busiest ? pages.bold : pages.regular;
            float base = pages.y() + 4;
            pages.text(ReportFormat.hour(h.start()), MARGIN + 4, base, font, 9, INK);
            pages.textRight(h.orders() + (h.orders() == 1 ? " order" : " orders"), MARGIN + 110, base, font, 9, INK);
            pages.textRight(money.format(h.revenue()), MARGIN + 180, base, font, 9, INK);
            float w = Math.max(h.orders() == 0 ? 0 : 2, barWidth * h.orders() / most);
            pages.box(barLeft, pages.y() + 2, w, 10, busiest ? ACCENT : PdfPages.RULE);
            if (busiest) {
                pages.text("busiest", barLeft + w + 6, base, pages.bold, 8, ACCENT);
            }
        }
    }

    private void adjustments(String title, ZReport.Adjustments adjustments, boolean voids) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (ZReport.Adjustment a : adjustments.entries()) {
            rows.add(List.of(ReportFormat.time(a.at().atZone(report.zone()).toLocalTime()), "#" + a.orderId(),
                    voids ? a.table() : a.item() + " (" + a.table() + ")", a.reason(), orDash(a.askedBy()),
                    orDash(a.approvedBy()), money.format(a.amount())));
        }
        pages.table(title, List.of(new Column("Time", 0.08f, false), new Column("Order", 0.08f, false),
                        new Column(voids ? "Table" : "Item", 0.2f, false), new Column("Reason", 0.22f, false),
                        new Column("Asked by", 0.14f, false), new Column("Approved by", 0.14f, false),
                        new Column("Amount", 0.14f, true)), rows,
                List.of("Total", "", adjustments.count() + (voids ? " orders" : " lines"), "", "", "",
                        money.format(adjustments.amount())));
    }

    private void refunds() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (ZReport.Refund r : report.refunds().entries()) {
            rows.add(List.of(ReportFormat.time(r.at().atZone(report.zone()).toLocalTime()), r.table(),
                    ReportFormat.method(r.method()), r.reason(), orDash(r.refundedBy()), orDash(r.approvedBy()),
                    money.format(r.amount())));
        }
        pages.table("Refunds", List.of(new Column("Time", 0.08f, false), new Column("Table", 0.12f, false),
                        new Column("Method", 0.1f, false), new Column("Reason", 0.26f, false),
                        new Column("Given by", 0.15f, false), new Column("Approved by", 0.15f, false),
                        new Column("Amount", 0.14f, true)), rows,
                List.of("Total", "", report.refunds().count() + " refunds", "", "", "",
                        money.format(report.refunds().amount())));
        pages.keep(24);
        pages.down(22);
        pages.text("Cash in the drawer: " + money.format(report.cashInDrawer())
                + " (cash payments and their tips, less cash refunds)", MARGIN + 4, pages.y(), pages.bold, 9, INK);
        pages.down(12);
    }

    private void items() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        int quantity = 0;
        for (ZReport.ItemSales i : report.items()) {
            rows.add(List.of(i.item(), i.category(), String.valueOf(i.quantity()), money.format(i.amount())));
            quantity += i.quantity();
        }
        pages.table("Sales by item", List.of(new Column("Item", 0.44f, false), new Column("Category", 0.24f, false),
                        new Column("Qty", 0.12f, true), new Column("Net sales", 0.2f, true)), rows,
                List.of("Total", "", String.valueOf(quantity), money.format(report.reconciliation().itemsTotal())));
    }

    private void reconciliation() throws IOException {
        ZReport.Reconciliation r = report.reconciliation();
        List<List<String>> checks = shared.reconciliation().stream().map(c -> List.of(c.label(), c.value())).toList();
        pages.table("Reconciliation", List.of(new Column("Check", 0.7f, false), new Column("Amount", 0.3f, true)),
                checks, null);
        pages.keep(24);
        pages.down(22);
        if (r.balanced()) {
            pages.text("Balanced: categories, items, and gross less voids and comps all equal the order totals.",
                    MARGIN + 4, pages.y(), pages.bold, 9, ACCENT);
        } else {
            pages.text("NOT BALANCED: the breakdowns differ from the order totals; check the data.", MARGIN + 4,
                    pages.y(), pages.bold, 9, BAD);
        }
    }

    private String share(BigDecimal amount) {
        BigDecimal total = report.reconciliation().categoriesTotal();
        if (total.signum() == 0) {
            return "";
        }
        return amount.multiply(BigDecimal.valueOf(100)).divide(total, 1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    private static String orDash(String name) {
        return name == null ? "—" : name;
    }

    private static String stamp(Instant at, ZReport report) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(at.atZone(report.zone()));
    }
}
