package com.bistro92.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The Z report as one CSV file: UTF-8 with a byte order mark (so that spreadsheets read it as
 * UTF-8), RFC 4180 (CRLF, quotes where needed), one header line, and every row naming its section
 * in the first column. Amounts are exact decimals with two places and no currency sign; the
 * currency is stated once, in the {@code report} section.
 */
public final class ZReportCsv {

    /** The columns; each section fills those that mean something for it. */
    public static final List<String> COLUMNS = List.of("section", "name", "detail", "quantity", "amount", "tips",
            "seconds", "time", "asked_by", "approved_by", "reason");

    private ZReportCsv() {
    }

    /** Writes {@code report} to {@code out}, amounts in {@code currency}; does not close {@code out}. */
    public static void write(ZReport report, Currency currency, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get().print(writer);
        new Rows(csv, report).write(currency);
        csv.flush();
    }

    /** One row: the section, then the named columns; the rest stay empty. */
    private record Rows(CSVPrinter csv, ZReport report) {

        void write(Currency currency) throws IOException {
            ZReport.Totals t = report.totals();
            row("report", "Day", "", "", "", "", "", report.day().toString());
            row("report", "Time zone", report.zone().getId());
            row("report", "Currency", currency.getCurrencyCode());
            row("report", "Generated", "", "", "", "", "", local(report.generatedAt()));
            row("report", "As of event", "", String.valueOf(report.asOfSeq()));

            row("summary", "Orders", "", count(t.orders()));
            row("summary", "Voided orders", "", count(t.voidedOrders()));
            row("summary", "Gross sales", "", "", money(t.gross()));
            row("summary", "Voids", "", count(report.voids().count()), money(t.voided()));
            row("summary", "Comps", "", count(report.comps().count()), money(t.comped()));
            row("summary", "Net sales", "", "", money(t.revenue()));
            row("summary", "Covers", "", count(t.covers()));
            row("summary", "Parties", "", count(t.parties()));
            row("summary", "Average check", "", "", money(t.averageCheck()));
            row("summary", "Net sales per cover", "", "", money(t.perCover()));
            row("summary", "Payments", "", count(report.payments().count()), money(report.payments().amount()),
                    money(report.payments().tips()));
            row("summary", "Refunds", "", count(report.refunds().count()), money(report.refunds().amount()));
            row("summary", "Cash in the drawer", "cash payments and tips less cash refunds", "",
                    money(report.cashInDrawer()));
            if (report.busiestHour() != null) {
                ZReport.HourSales h = report.busiestHour();
                row("summary", "Busiest hour", ReportFormat.hour(h.start()), count(h.orders()), money(h.revenue()));
            }

            for (ZReport.CategorySales c : report.categories()) {
                row("category", c.category(), "", count(c.quantity()), money(c.amount()));
            }
            for (ZReport.ItemSales i : report.items()) {
                row("item", i.item(), i.category(), count(i.quantity()), money(i.amount()));
            }
            for (ZReport.MethodTotal m : report.payments().methods()) {
                row("payment", m.method(), "", count(m.count()), money(m.amount()), money(m.tips()));
            }
            for (ZReport.Refund f : report.refunds().entries()) {
                row("refund", f.method(), f.table(), "", money(f.amount()), "", "", local(f.at()), f.refundedBy(),
                        f.approvedBy(), f.reason());
            }
            for (ZReport.Adjustment v : report.voids().entries()) {
                adjustment("void", "Order " + v.orderId(), v.table(), v);
            }
            for (ZReport.Adjustment c : report.comps().entries()) {
                adjustment("comp", c.item(), "Order " + c.orderId() + " line " + c.lineNo() + ", " + c.table(), c);
            }
            ZReport.TicketTimes times = report.ticketTimes();
            ticket("Average", times.tickets(), times.average());
            ticket("Median", times.tickets(), times.median());
            ticket("90th percentile", times.tickets(), times.p90());
            ticket("Longest", times.tickets(), times.longest());
            for (ZReport.HourSales h : report.hours()) {
                row("hour", ReportFormat.time(h.start()), "", count(h.orders()), money(h.revenue()));
            }
            ZReport.Reconciliation r = report.reconciliation();
            row("reconciliation", "Sum of categories", "", "", money(r.categoriesTotal()));
            row("reconciliation", "Sum of items", "", "", money(r.itemsTotal()));
            row("reconciliation", "Sum of order totals", "", "", money(r.orderTotals()));
            row("reconciliation", "Gross less voids and comps", "", "", money(r.grossLessAdjustments()));
            row("reconciliation", "Payments", "", "", money(r.payments()));
            row("reconciliation", "Refunds", "", "", money(r.refunds()));
            row("reconciliation", "Net sales less payments kept", "", "", money(r.difference()));
            row("reconciliation", "Balanced", r.balanced() ? "yes" : "no");
        }

        private void adjustment(String section, String name, String detail, ZReport.Adjustment a) throws IOException {
            row(section, name, detail, "", money(a.amount()), "", "", local(a.at()), a.askedBy(), a.approvedBy(),
                    a.reason());
        }

        /** An instant as the restaurant's local time with its offset, e.g. 2026-11-27T12:20:05+01:00. */
        private String local(java.time.Instant at) {
            return java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atZone(report.zone())
                    .toOffsetDateTime().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        }

        private void ticket(String name, int tickets, Duration d) throws IOException {
            if (d != null) {
                row("ticket_time", name, "placed to ready", count(tickets), "", "",
                        BigDecimal.valueOf(d.toMillis(), 3).toPlainString());
            }
        }

        private void row(String section, String... values) throws IOException {
            String[] cells = Arrays.copyOf(values, COLUMNS.size() - 1);
            csv.print(section);
            for (int i = 0; i < cells.length; i++) {
                // names and reasons are typed by staff: never let a spreadsheet run one as a formula
                csv.print(i == 0 || i == 1 || i >= 7 ? inert(cells[i]) : cells[i] == null ? "" : cells[i]);
            }
            csv.println();
        }
    }

    /** A cell that starts like a formula gets a leading apostrophe, as spreadsheets expect. */
    static String inert(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static String count(int n) {
        return Integer.toString(n);
    }

    private static String money(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
    }
}
